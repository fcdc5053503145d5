using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;

namespace CongressPortal.Web.Tests.Data.Queries;

/// <summary>
/// This node's copy of the drafts' windows (ADR 0019), on its own clock: kept for its lifetime and read again after it,
/// never kept for a draft that does not exist, cleared by the drafts' cache tag only, and never keeping a window that was
/// read while a clearing happened (it would be the state from before a staff change).
/// </summary>
public sealed class DraftWindowCacheTests
{
    /// <summary>A clock whose monotonic timestamp moves only when told.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks = 1_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    private static DraftWindow Window(int id, DraftPhase status = DraftPhase.Open) =>
        new(id, status, new DateTimeOffset(2027, 1, 31, 16, 0, 0, TimeSpan.Zero), ["第一条", "第二条"]);

    private sealed class Reader(Func<DraftWindow?> answer)
    {
        public int Reads { get; private set; }

        public Task<DraftWindow?> ReadAsync()
        {
            Reads++;
            return Task.FromResult(answer());
        }
    }

    [Fact]
    public async Task A_window_is_read_once_within_its_lifetime_and_again_after_it()
    {
        var clock = new SteppedClock();
        var cache = new DraftWindowCache(clock);
        var reader = new Reader(() => Window(7));

        (await cache.GetAsync(7, reader.ReadAsync)).Should().BeEquivalentTo(Window(7));
        clock.Advance(DraftWindowCache.Lifetime - TimeSpan.FromMilliseconds(1));
        (await cache.GetAsync(7, reader.ReadAsync))!.DraftId.Should().Be(7);
        reader.Reads.Should().Be(1, "the second comment within the lifetime uses the kept window");

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await cache.GetAsync(7, reader.ReadAsync);
        reader.Reads.Should().Be(2, "a window is never used longer than its lifetime");
    }

    [Fact]
    public async Task A_draft_that_does_not_exist_is_read_every_time_and_nothing_is_kept()
    {
        var cache = new DraftWindowCache(new SteppedClock());
        var reader = new Reader(() => null);
        for (var i = 0; i < 3; i++) (await cache.GetAsync(404, reader.ReadAsync)).Should().BeNull();
        reader.Reads.Should().Be(3);
    }

    [Fact]
    public async Task The_drafts_tag_clears_every_window_and_the_other_tags_clear_none()
    {
        var cache = new DraftWindowCache(new SteppedClock());
        var status = DraftPhase.Open;
        var reader = new Reader(() => Window(7, status));
        await cache.GetAsync(7, reader.ReadAsync);

        foreach (var other in new[] { PublicPageCache.Reports, PublicPageCache.Regulations }) cache.Evicted(other);
        await cache.GetAsync(7, reader.ReadAsync);
        reader.Reads.Should().Be(1);

        status = DraftPhase.Closed;
        cache.Evicted(PublicPageCache.Drafts);
        (await cache.GetAsync(7, reader.ReadAsync))!.Status.Should().Be(DraftPhase.Closed, "the early close is seen at once");
        reader.Reads.Should().Be(2);
    }

    [Fact]
    public async Task A_window_read_while_the_windows_were_cleared_is_used_once_and_not_kept()
    {
        var cache = new DraftWindowCache(new SteppedClock());
        var reads = 0;
        // The read sees the draft as it was; staff close it early (and the windows are cleared) before the read returns.
        Task<DraftWindow?> ReadRacingAClearing()
        {
            reads++;
            var before = Window(7, reads == 1 ? DraftPhase.Open : DraftPhase.Closed);
            if (reads == 1) cache.Clear();
            return Task.FromResult<DraftWindow?>(before);
        }

        (await cache.GetAsync(7, ReadRacingAClearing))!.Status.Should().Be(DraftPhase.Open);
        (await cache.GetAsync(7, ReadRacingAClearing))!.Status.Should().Be(DraftPhase.Closed, "the window from before the clearing was not kept");
        reads.Should().Be(2);
    }
}
