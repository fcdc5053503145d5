using Microsoft.EntityFrameworkCore;
using System.Net;
using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.DeputyDesk.Proposals;

namespace CongressPortal.Web.Tests.Pages.Proposals;

public sealed class DetailsTests(PortalAppFactory app) : ProposalTest(app)
{
    [Fact]
    public async Task A_published_proposal_shows_its_text_signers_decision_and_committee_report_and_no_private_data()
    {
        var world = await WorldAsync();
        var committee = await Data.CommitteeAsync("社会建设委员会");
        var profiled = await Data.MunicipalDeputyAsync("郑和平", "16950");
        var proposal = await RegisteredAsync(world with { Lead = profiled });
        var today = Today;
        var calendar = await ServiceAsync<Web.Data.Queries.ProposalStore, Domain.Common.WorkingDayCalendar>(store => store.CalendarAsync(default));
        await StaffActAsync(proposal.Id, (p, now) => p.ReferToCommittee(new DecisionDraft(today, "交社会建设委员会审议。"), committee, today.AddMonths(2), calendar, StaffActor, now));
        await StaffActAsync(proposal.Id, (p, now) => p.RecordCommitteeReport(today, "委员会建议列入明年立法计划。", StaffActor, now));
        await PublishAsync(proposal.Id);

        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync($"/Proposals/Details/{proposal.Id}");
        var main = page.QuerySelector("main")!;
        main.TextContent.Should().Contain(proposal.Number).And.Contain("建议市人大常委会制定示例市养老服务条例。")
            .And.Contain("交专门委员会审议").And.Contain("交社会建设委员会审议。").And.Contain("社会建设委员会")
            .And.Contain("委员会建议列入明年立法计划。");
        page.QuerySelector("#lead a")!.GetAttribute("href").Should().Be($"/Deputies/Details/{profiled.Id}");
        page.QuerySelectorAll("#co-signers a").Should().HaveCount(9);
        main.InnerHtml.Should().NotContain(TestData.PrivateSample.Mobile).And.NotContain(TestData.PrivateSample.IdNumber);
    }

    [Fact]
    public async Task Unpublished_proposals_and_drafts_answer_404_and_unpublishing_hides_a_page_at_once()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        var draft = await DraftAsync(world, [world.Others[9]], "关于加强学前教育的议案");

        using var client = AnonymousClient();
        (await client.GetAsync($"/Proposals/Details/{proposal.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Proposals/Details/{draft}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await PublishAsync(proposal.Id);
        (await client.GetAsync($"/Proposals/Details/{proposal.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/Proposals")).StatusCode.Should().Be(HttpStatusCode.OK);
        await StaffActAsync(proposal.Id, (p, now) => p.Unpublish(StaffActor, now));
        (await client.GetAsync($"/Proposals/Details/{proposal.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetDocumentAsync("/Proposals")).QuerySelector("#no-results").Should().NotBeNull();
    }
    [Fact]
    public async Task A_linked_legislative_plan_item_shows_once_its_plan_is_published()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        var clerk = Domain.Common.Actor.Staff("测试工作人员");
        var (plan, item) = await ServiceAsync<Web.Data.Queries.LegislationStore, (int, int)>(async store =>
        {
            var plan = (await store.CreatePlanAsync(new Domain.Legislation.LegislationPlanDraft(Domain.Legislation.LegislationPlanKind.Annual, 2026, "2026年度立法计划", null), clerk, default)).Value;
            var version = await DbAsync(db => db.LegislationPlans.Where(p => p.Id == plan).Select(p => p.Version).SingleAsync());
            await store.AddItemAsync(plan, version, new Domain.Legislation.PlanItemDraft(Domain.Legislation.PlanItemKind.Deliberation, Domain.Legislation.LegislationKind.Enact,
                "示例市养老服务条例", "市民政局", null, null, null, null, []), clerk, default);
            return (plan, await DbAsync(db => db.LegislationPlanItems.Where(i => i.PlanId == plan).Select(i => i.Id).SingleAsync()));
        });
        await StaffActAsync(proposal.Id, (p, now) => p.LinkLegislationItem(item, "示例市养老服务条例", StaffActor, now));
        await PublishAsync(proposal.Id);
        using var client = AnonymousClient();

        (await client.GetDocumentAsync($"/Proposals/Details/{proposal.Id}")).QuerySelector("#legislation-item").Should().BeNull("the plan is not public yet");

        await ServiceAsync<Web.Data.Queries.LegislationStore, int>(async store =>
        {
            var version = await DbAsync(db => db.LegislationPlans.Where(p => p.Id == plan).Select(p => p.Version).SingleAsync());
            await store.PlanActAsync(plan, version, (p, now) => p.Adopt(new Domain.Legislation.LegislationPlanAdoption(Today, null, null), clerk, now), default);
            version = await DbAsync(db => db.LegislationPlans.Where(p => p.Id == plan).Select(p => p.Version).SingleAsync());
            return (await store.PlanActAsync(plan, version, (p, now) => p.Publish(clerk, now), default)).Value;
        });
        using var other = AnonymousClient();
        var page = await other.GetDocumentAsync($"/Proposals/Details/{proposal.Id}");
        page.QuerySelector("#legislation-item")!.TextContent.Should().Contain("2026年度立法计划").And.Contain("示例市养老服务条例");
    }
}
