using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Proposals;

/// <summary>The staff list of proposals: filters by status, committee, overdue committee reports and text.</summary>
public sealed class IndexTests(PortalAppFactory app) : StaffProposalTest(app)
{
    private async Task ReferAsync(int id, int committeeId, DateOnly due) =>
        await ServiceAsync<ProposalStore, bool>(async store =>
        {
            var calendar = await store.CalendarAsync(default);
            var version = await store.All.AsNoTracking().Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
            var c = await DbAsync(db => db.Committees.AsNoTracking().SingleAsync(x => x.Id == committeeId));
            var result = await store.ActAsync(store.All, id, version,
                (p, now) => p.ReferToCommittee(new DecisionDraft(Today, "交委员会审议"), c, due, calendar, Clerk, now), default);
            return result.IsSuccess ? true : throw new InvalidOperationException(result.Error);
        });

    [Fact]
    public async Task The_overdue_filter_lists_referred_proposals_whose_report_is_late_with_a_badge()
    {
        var world = await WorldAsync();
        var late = await RegisteredAsync(world, "关于制定《示例市养老服务条例》的议案");
        var onTime = await RegisteredAsync(world, "关于修改《示例市物业管理条例》的议案");
        var undecided = await RegisteredAsync(world, "关于加强饮用水水源保护的议案");
        await ReferAsync(late.Id, world.Committee.Id, new DateOnly(2026, 3, 10));
        await ReferAsync(onTime.Id, world.Committee.Id, new DateOnly(2026, 6, 30));
        App.Clock.Set(new DateTimeOffset(2026, 3, 12, 1, 0, 0, TimeSpan.Zero));
        using var staff = await StaffAsync();

        var all = await staff.GetDocumentAsync("/Staff/Proposals");
        all.QuerySelectorAll("#proposals tbody tr").Should().HaveCount(3);
        Text(all, $"#proposal-{late.Id}").Should().Contain("李建国等10人").And.Contain("逾期").And.Contain("法制委员会");
        Text(all, $"#proposal-{onTime.Id}").Should().NotContain("逾期");

        var overdue = await staff.GetDocumentAsync("/Staff/Proposals?overdue=true");
        overdue.QuerySelectorAll("#proposals tbody tr").Select(r => r.Id).Should().Equal($"proposal-{late.Id}");

        var referred = await staff.GetDocumentAsync($"/Staff/Proposals?status={nameof(ProposalStatus.ReferredToCommittee)}&committee={world.Committee.Id}");
        referred.QuerySelectorAll("#proposals tbody tr").Should().HaveCount(2);
        var waiting = await staff.GetDocumentAsync($"/Staff/Proposals?status={nameof(ProposalStatus.Registered)}");
        waiting.QuerySelectorAll("#proposals tbody tr").Select(r => r.Id).Should().Equal($"proposal-{undecided.Id}");
        all.QuerySelector("#export-register")!.GetAttribute("href").Should().Be("/Staff/Proposals/Export");
        var ofSession = await staff.GetDocumentAsync($"/Staff/Proposals?session={world.Session.Id}");
        ofSession.QuerySelector("#export-register")!.GetAttribute("href").Should().Be($"/Staff/Proposals/Export?session={world.Session.Id}", "the paperwork follows the list's session");
        ofSession.QuerySelector("#export-summary")!.GetAttribute("href").Should().Be($"/Staff/Proposals/Summary?session={world.Session.Id}");
    }

    [Fact]
    public async Task The_text_search_finds_proposals_by_a_chinese_phrase_or_their_number()
    {
        var world = await WorldAsync();
        var elderly = await RegisteredAsync(world, "关于制定《示例市养老服务条例》的议案");
        var water = await RegisteredAsync(world, "关于加强饮用水水源保护的议案");
        using var staff = await StaffAsync();

        var found = await staff.GetDocumentAsync("/Staff/Proposals?q=水源保护");
        found.QuerySelectorAll("#proposals tbody tr").Select(r => r.Id).Should().Equal($"proposal-{water.Id}");
        var byNumber = await staff.GetDocumentAsync("/Staff/Proposals?q=" + Uri.EscapeDataString(elderly.Number!));
        byNumber.QuerySelectorAll("#proposals tbody tr").Select(r => r.Id).Should().Equal($"proposal-{elderly.Id}");
        Text(await staff.GetDocumentAsync("/Staff/Proposals?q=交通拥堵"), "#no-proposals").Should().Contain("没有符合条件的议案");
    }
}
