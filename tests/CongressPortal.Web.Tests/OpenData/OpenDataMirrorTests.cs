using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>
/// A mirror that followed the API since the first day, catching up with modified_since alone after new, changed,
/// withdrawn and deleted objects, holds exactly what a fresh mirror made afterwards holds.
/// </summary>
public sealed class OpenDataMirrorTests(PortalAppFactory app) : OpenDataTest(app), IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "open-data-mirror-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_mirror_catching_up_with_modified_since_ends_identical_to_a_fresh_one()
    {
        var world = await SeedWorldAsync();
        var doomed = await Data.CommitteeAsync("临时委员会");
        var renamed = await Data.CommitteeAsync("民族宗教侨务外事委员会");
        var following = Mirror("following");
        await following.SyncAsync();
        var everything = following.Written;
        everything.Should().BeGreaterThan(8);

        // A quiet day: nothing is fetched again.
        await following.SyncAsync();
        following.Written.Should().BeLessThan(everything);

        // Changes: a new published reply, an edit, a reply withdrawn from publication, a deletion.
        var second = await RepliedAsync(world, title: "关于增设社区养老服务站的建议");
        var withdrawn = await RepliedAsync(world, title: "关于改造背街小巷的建议");
        await Data.ActAsync(withdrawn.Id, (s, rules, now, letter) =>
        {
            s.Rate(LatestReply(s).Id, Satisfaction.Unsatisfied, "没有落实", Actor.Deputy(world.Lead.Id, "王建华"), now, rules);
            s.Reply(TestData.ReplyA(Today, letter(), publishable: false), UnitActor(world.Unit.Id), now, rules);
        });
        await Data.ReviewRepliesAsync(withdrawn.Id);
        await DbAsync(async db =>
        {
            (await db.Committees.SingleAsync(c => c.Id == renamed.Id)).Update("民族宗教侨务外事委员会（更名）", "民宗侨外委", CommitteeKind.Special, 3);
            db.Committees.Remove(await db.Committees.SingleAsync(c => c.Id == doomed.Id));
            await db.SaveChangesAsync();
        });

        await following.SyncAsync();
        following.Written.Should().BeLessThan(everything, "catching up reads what changed, not everything again");

        var fresh = Mirror("fresh");
        await fresh.SyncAsync();
        var caughtUp = following.Files();
        caughtUp.Keys.Should().BeEquivalentTo(fresh.Files().Keys);
        foreach (var (path, content) in fresh.Files()) caughtUp[path].Should().Be(content, path);

        caughtUp[$"suggestions/{second.Id}.json"].Should().Contain("关于增设社区养老服务站的建议");
        caughtUp[$"suggestions/{withdrawn.Id}.json"].Should().Contain("\"deleted\": true").And.NotContain("关于改造背街小巷的建议");
        caughtUp[$"committees/{doomed.Id}.json"].Should().Contain("\"deleted\": true");
        caughtUp[$"committees/{renamed.Id}.json"].Should().Contain("民族宗教侨务外事委员会（更名）");
    }

    private OpenDataMirror Mirror(string name)
    {
        var http = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return new OpenDataMirror(http, Path.Combine(_root, name));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
