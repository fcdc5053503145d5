using System.Net;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.UnitDesk.Suggestions;

public sealed class DetailsReturnAndExtensionTests(PortalAppFactory app) : UnitDeskTest(app)
{
    private const string Reason = "该路段属区级道路，应由区政府办理。";

    [Fact]
    public async Task A_return_request_on_the_fifth_working_day_is_recorded_and_one_a_day_later_is_refused()
    {
        // Assigned on Monday 2 March 2026: five working days later is Monday 9 March.
        var returned = await AssignedAsync("关于改造青山路的建议", [UnitId], accepted: false);
        var kept = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        // Sessions end after 30 idle minutes: each jump of the clock signs in again.
        App.Clock.Set(new DateTimeOffset(2026, 3, 9, 1, 0, 0, TimeSpan.Zero));
        using var client = await UnitClientAsync(UnitId);

        using var empty = await client.SubmitFormAsync(DetailsUrl(returned.Id), new Dictionary<string, string?>(), "#form-return");
        (await PortalClient.ParseAsync(empty)).FieldError("Return.Reason").Should().Be("请填写理由");

        using var requested = await client.SubmitFormAsync(DetailsUrl(returned.Id), new Dictionary<string, string?> { ["Return.Reason"] = Reason }, "#form-return");

        requested.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AssignmentAsync(returned.Id, UnitId)).Should().BeEquivalentTo(new { State = AssignmentState.ReturnRequested, ReturnReason = Reason });
        var page = await client.GetDocumentAsync(DetailsUrl(returned.Id));
        Text(page, "#suggestion-status").Should().Contain("本单位：申请退回");
        Text(page, "#return-state").Should().Contain(Reason);
        page.QuerySelector("#form-accept").Should().BeNull();
        page.QuerySelector("#form-return").Should().BeNull();

        // The page is opened at 23:50 on the last day and sent at 00:10 the next day.
        App.Clock.Set(new DateTimeOffset(2026, 3, 9, 15, 50, 0, TimeSpan.Zero));
        using var evening = await UnitClientAsync(UnitId);
        var stale = await evening.GetDocumentAsync(DetailsUrl(kept.Id));
        Text(stale, "#return-window").Should().Contain("可在2026年3月9日前（含当日）申请退回");
        App.Clock.Advance(TimeSpan.FromMinutes(20));

        using var late = await evening.SubmitFormAsync(stale, new Dictionary<string, string?> { ["Return.Reason"] = Reason }, "#form-return");

        late.StatusCode.Should().Be(HttpStatusCode.OK);
        Text(await PortalClient.ParseAsync(late), "main").Should().Contain("申请退回的时限已于");
        (await AssignmentAsync(kept.Id, UnitId)).State.Should().Be(AssignmentState.Accepted);
        var closed = await evening.GetDocumentAsync(DetailsUrl(kept.Id));
        closed.QuerySelector("#form-return").Should().BeNull();
        Text(closed, "#return-window").Should().Contain("申请退回的时限已于2026年3月9日届满");
    }

    [Fact]
    public async Task An_answering_unit_asks_once_for_the_six_month_deadline_and_sees_the_request_pending()
    {
        var suggestion = await AssignedAsync("关于建设城市地下综合管廊的建议", [UnitId]);
        var notAccepted = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId], accepted: false);
        using var client = await UnitClientAsync(UnitId);
        (await client.GetDocumentAsync(DetailsUrl(notAccepted.Id))).QuerySelector("#form-extension").Should().BeNull("a unit asks for more time after accepting");

        using var requested = await client.SubmitFormAsync(DetailsUrl(suggestion.Id), new Dictionary<string, string?>
        {
            ["Extension.Reason"] = "涉及多个部门和大额投资，需纳入明年预算统筹研究。",
        }, "#form-extension");

        requested.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AssignmentAsync(suggestion.Id, UnitId)).Should().BeEquivalentTo(new
        {
            Extension = ExtensionState.Requested,
            ExtensionReason = "涉及多个部门和大额投资，需纳入明年预算统筹研究。",
            DueOn = new DateOnly(2026, 6, 2),
        });
        var page = await client.GetDocumentAsync(DetailsUrl(suggestion.Id));
        Text(page, "#extension-state").Should().Contain("申请延期待批").And.Contain("涉及多个部门和大额投资");
        page.QuerySelector("#form-extension").Should().BeNull("each suggestion gets one extension request");
        Text(page, ".alert-success").Should().Contain("已提交延期申请");
    }
}
