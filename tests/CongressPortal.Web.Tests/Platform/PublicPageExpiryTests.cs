using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Legislation;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Stations;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>How long a cached public page may live when what it shows moves with the clock, and which saves evict which pages.</summary>
public sealed class PublicPageExpiryTests
{
    private static readonly DateTimeOffset MondayNine = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero); // 09:00 in Beijing

    private static ReceptionNoticeQueries.NoticeView Notice(DateOnly date, int startHour, int endHour) =>
        new(1, "青山路街道人大代表联络站", "人民路88号", date, new TimeOnly(startHour, 0), new TimeOnly(endHour, 0), []);

    [Fact]
    public void A_page_listing_receptions_changes_when_the_next_one_starts_or_ends_in_China_time()
    {
        var monday = new DateOnly(2026, 3, 2);
        var thursday = new DateOnly(2026, 3, 5);
        // 09:00—11:00 today is under way at 09:00: the list changes when it ends, 11:00 Beijing = 03:00 UTC.
        ReceptionNoticeQueries.NextChange([Notice(thursday, 9, 11), Notice(monday, 9, 11)], MondayNine)
            .Should().Be(new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero));
        // Not yet started: it changes when it starts, 14:00 Beijing.
        ReceptionNoticeQueries.NextChange([Notice(monday, 14, 16)], MondayNine)
            .Should().Be(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));
        ReceptionNoticeQueries.NextChange([], MondayNine).Should().BeNull("then only midnight and the minute's lifetime bound the page");
    }

    [Fact]
    public void Every_public_page_expires_at_the_next_midnight_in_China_not_in_UTC()
    {
        PublicPageCache.NextChinaMidnight(MondayNine).Should().Be(new DateTimeOffset(2026, 3, 2, 16, 0, 0, TimeSpan.Zero));
        // 23:59:59 Beijing is 15:59:59 UTC: a second to go.
        PublicPageCache.NextChinaMidnight(new DateTimeOffset(2026, 3, 2, 15, 59, 59, TimeSpan.Zero)).Should().Be(new DateTimeOffset(2026, 3, 2, 16, 0, 0, TimeSpan.Zero));
        PublicPageCache.NextChinaMidnight(new DateTimeOffset(2026, 3, 2, 16, 0, 0, TimeSpan.Zero)).Should().Be(new DateTimeOffset(2026, 3, 3, 16, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_save_evicts_the_tags_of_its_area_and_the_pages_that_show_it_across_areas()
    {
        PublicPageCache.TagsOf(typeof(Deputy)).Should().Equal(PublicPageCache.Deputies);
        PublicPageCache.TagsOf(typeof(ReceptionSchedule)).Should().Equal(PublicPageCache.Stations);
        PublicPageCache.TagsOf(typeof(Suggestion)).Should().Equal(PublicPageCache.Suggestions);
        PublicPageCache.TagsOf(typeof(CalendarDay)).Should().Equal(PublicPageCache.Reference);
        PublicPageCache.TagsOf(typeof(RegulationVersion)).Should().Equal(PublicPageCache.Regulations);
        PublicPageCache.TagsOf(typeof(LegislationRecord)).Should().BeEquivalentTo([PublicPageCache.Legislation, PublicPageCache.Drafts]);
        PublicPageCache.TagsOf(typeof(DraftComment)).Should().BeEmpty("a comment is on no public page (ADR 0019)");
        PublicPageCache.TagsOf(typeof(Web.Identity.AppUser)).Should().BeEmpty();
        // The directory counts suggestions, proposals and receptions; the stations list the holiday calendar's notices.
        PublicPageCache.Policies[PublicPageCache.DeputyPages].Should().Contain([PublicPageCache.Suggestions, PublicPageCache.Proposals, PublicPageCache.Stations]);
        PublicPageCache.Policies[PublicPageCache.StationPages].Should().Contain([PublicPageCache.Reference, PublicPageCache.Deputies]);
        PublicPageCache.Policies[PublicPageCache.Home].Should().BeEquivalentTo(PublicPageCache.AllTags);
    }
}
