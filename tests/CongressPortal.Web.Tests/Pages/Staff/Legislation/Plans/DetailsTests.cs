using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Legislation.Plans;

/// <summary>A legislative plan on its staff page: created, items added, adopted, changed only through an amendment, published.</summary>
public sealed class DetailsTests(PortalAppFactory app) : StaffSuggestionTest(app)
{
    private static string PlanPage(int id) => $"/Staff/Legislation/Plans/Details/{id}";

    private Task<LegislationPlan> PlanAsync(int id) =>
        DbAsync(db => LegislationStore.WithItems(db.LegislationPlans.AsNoTracking()).SingleAsync(p => p.Id == id));

    private static async Task<IHtmlDocument> AfterAsync(PortalClient staff, HttpResponseMessage response, int id)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the action should succeed");
        return await staff.GetDocumentAsync(PlanPage(id));
    }

    [Fact]
    public async Task A_plan_is_drafted_filled_adopted_amended_and_published()
    {
        using var staff = await StaffAsync();
        using var created = await PostAsync(staff, "/Staff/Legislation/Plans/Create", "#plan-form",
            [("Input.Kind", nameof(LegislationPlanKind.Annual)), ("Input.Year", "2026"), ("Input.Title", "示例市人大常委会2026年度立法计划")]);
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        var page = await staff.GetDocumentAsync(PlanPage(id));

        // 审议项目 without a drafting body: refused next to the field, the title typed kept.
        using (var refused = await PostAsync(staff, page, "#form-additem", [("AddItem.Kind", nameof(PlanItemKind.Deliberation)), ("AddItem.Title", "示例市湿地保护条例"), ("AddItem.DraftingBody", "")]))
        {
            var again = await RefusedAsync(refused);
            again.FieldError("AddItem.DraftingBody").Should().Contain("起草单位");
            Value(again, "AddItem.Title").Should().Be("示例市湿地保护条例");
        }
        using (var added = await PostAsync(staff, page, "#form-additem", [("AddItem.Kind", nameof(PlanItemKind.Deliberation)), ("AddItem.Title", "示例市湿地保护条例"), ("AddItem.DraftingBody", "市林业和草原局")]))
            page = await AfterAsync(staff, added, id);
        using (var added = await PostAsync(staff, page, "#form-additem", [("AddItem.Kind", nameof(PlanItemKind.Research)), ("AddItem.LegislationKind", nameof(LegislationKind.Research)), ("AddItem.Title", "养犬管理立法调研")]))
            page = await AfterAsync(staff, added, id);
        (await PlanAsync(id)).Items.Should().HaveCount(2);

        using (var adopted = await PostAsync(staff, page, "#form-adopt", [("Adopt.AdoptedOn", Iso(Today))]))
            page = await AfterAsync(staff, adopted, id);
        (await PlanAsync(id)).Status.Should().Be(LegislationPlanStatus.Adopted);

        // After adoption an item is added only with an amendment.
        using (var refused = await PostAsync(staff, page, "#form-additem", [("AddItem.Kind", nameof(PlanItemKind.Deliberation)), ("AddItem.Title", "示例市物业管理条例（修改）"), ("AddItem.DraftingBody", "市住房和城乡建设局")]))
        {
            var again = await RefusedAsync(refused);
            again.FieldError("AddItem.AmendmentId").Should().Contain("计划调整");
            Value(again, "AddItem.DraftingBody").Should().Be("市住房和城乡建设局");
        }
        using (var amended = await PostAsync(staff, page, "#form-amend", [("Amend.AdoptedOn", Iso(Today)), ("Amend.Summary", "增加一件审议项目，取消一件调研项目。")]))
            page = await AfterAsync(staff, amended, id);
        var amendment = (await PlanAsync(id)).Amendments.Should().ContainSingle().Subject;
        var amendmentId = amendment.Id.ToString(CultureInfo.InvariantCulture);
        using (var added = await PostAsync(staff, page, "#form-additem", [("AddItem.Kind", nameof(PlanItemKind.Deliberation)), ("AddItem.Title", "示例市物业管理条例（修改）"), ("AddItem.DraftingBody", "市住房和城乡建设局"), ("AddItem.AmendmentId", amendmentId)]))
            page = await AfterAsync(staff, added, id);

        // Cancelled with a reason.
        var research = (await PlanAsync(id)).Items.Single(i => i.Kind == PlanItemKind.Research);
        using (var cancelled = await PostAsync(staff, page, "#form-cancelitem", [("CancelItem.ItemId", research.Id.ToString(CultureInfo.InvariantCulture)), ("CancelItem.AmendmentId", amendmentId), ("CancelItem.Reason", "条件尚不成熟")]))
            page = await AfterAsync(staff, cancelled, id);

        using (var published = await PostAsync(staff, page, "#form-publish", []))
            page = await AfterAsync(staff, published, id);

        var plan = await PlanAsync(id);
        plan.IsPublished.Should().BeTrue();
        plan.Items.Should().HaveCount(3);
        plan.Items.Single(i => i.Title == "示例市物业管理条例（修改）").AddedByAmendmentId.Should().Be(amendment.Id);
        var gone = plan.Items.Single(i => i.Id == research.Id);
        (gone.IsCancelled, gone.CancelReason, gone.CancelledByAmendmentId).Should().Be((true, "条件尚不成熟", amendment.Id));
        page.QuerySelector("#form-unpublish").Should().NotBeNull();
        (await DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(LegislationPlan)))).Should().BeGreaterThan(0);
    }
}
