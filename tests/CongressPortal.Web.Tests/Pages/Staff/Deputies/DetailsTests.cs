using System.Net;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Deputies;

public sealed class DetailsTests(PortalAppFactory app) : RegistryTest(app)
{
    [Fact]
    public async Task Staff_change_a_deputys_status_with_date_and_reason_and_the_history_shows_it()
    {
        var deputy = await Data.MunicipalDeputyAsync("周建华", "16201");
        using var staff = await StaffAsync();
        var url = $"{List}/Details/{deputy.Id}";

        using var response = await staff.SubmitFormAsync(url, Form(
            ("StatusChange.To", nameof(DeputyStatus.Suspended)), ("StatusChange.Date", "2026-02-20"), ("StatusChange.Reason", "因涉嫌违法被依法采取强制措施")),
            "#status-form");
        ShouldRedirect(response, url);

        var stored = await StoredAsync(deputy.Id);
        stored.Status.Should().Be(DeputyStatus.Suspended);
        stored.StatusSince.Should().Be(new DateOnly(2026, 2, 20));
        stored.StatusChanges.Should().ContainSingle().Which.Reason.Should().Be("因涉嫌违法被依法采取强制措施");
        var page = await staff.GetDocumentAsync(url);
        Text(page, "#deputy-status").Should().Contain("暂停执行代表职务").And.Contain("2026年2月20日");
        Text(page, "#status-history").Should().Contain("在任 → 暂停执行代表职务").And.Contain("因涉嫌违法被依法采取强制措施");

        using var second = await staff.SubmitFormAsync(url, Form(
            ("StatusChange.To", nameof(DeputyStatus.Serving)), ("StatusChange.Date", "2026-02-27"), ("StatusChange.Reason", "强制措施解除，恢复执行代表职务")),
            "#status-form");
        ShouldRedirect(second, url);
        var history = (await staff.GetDocumentAsync(url)).QuerySelectorAll("#status-history li").Select(li => li.TextContent).ToList();
        history.Should().HaveCount(2);
        history[1].Should().Contain("暂停执行代表职务 → 在任");
    }

    [Fact]
    public async Task A_status_change_without_reason_or_to_the_same_status_is_refused_on_the_form()
    {
        var deputy = await Data.MunicipalDeputyAsync("周建华", "16201");
        using var staff = await StaffAsync();
        var url = $"{List}/Details/{deputy.Id}";

        var noReason = await RefusedAsync(await staff.SubmitFormAsync(url, Form(
            ("StatusChange.To", nameof(DeputyStatus.Resigned)), ("StatusChange.Reason", "")), "#status-form"));
        noReason.FieldError("StatusChange.Reason").Should().Be("请填写变更原因或依据");
        Selected(noReason, "StatusChange.To").Should().Be(nameof(DeputyStatus.Resigned));

        var same = await RefusedAsync(await staff.SubmitFormAsync(url, Form(
            ("StatusChange.To", nameof(DeputyStatus.Serving)), ("StatusChange.Reason", "无")), "#status-form"));
        same.FieldError("StatusChange.To").Should().Be(DeputyMessages.StatusUnchanged.Message);
        (await StoredAsync(deputy.Id)).StatusChanges.Should().BeEmpty();
    }

    [Fact]
    public async Task Details_show_groups_stations_and_the_performance_record_counted_from_events_and_receptions()
    {
        var delegation = await Data.DelegationAsync("青山区代表团");
        var deputy = await Data.MunicipalDeputyAsync("周建华", "16201", delegation.Id);
        var district = await Data.DistrictAsync();
        var subdistrict = await Data.SubdistrictAsync(district.Id);
        var station = await Data.StationAsync(subdistrict.Id, "青山路街道人大代表联络站", (deputy.Id, StationRole.Head));
        await Data.ReceptionAsync(station.Id, new DateOnly(2026, 2, 2), [deputy.Id]);
        await Data.PerformanceEventAsync(PerformanceEventKind.Training, new DateOnly(2026, 1, 20), deputy.Id);
        await Data.PerformanceEventAsync(PerformanceEventKind.Training, new DateOnly(2026, 2, 12), deputy.Id);
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync($"{List}/Details/{deputy.Id}");
        Text(page, "#profile").Should().Contain("青山区代表团").And.Contain("第十六届").And.Contain("16201");
        Text(page, "#deputy-stations").Should().Contain("青山路街道人大代表联络站").And.Contain("站长");
        var record = Rows(page);
        record["参加培训"].Should().Be("2 次");
        record["联络站接待群众"].Should().Be("1 次");
        record["列席常委会会议"].Should().Be("0 次");
    }

    [Fact]
    public async Task An_unknown_deputy_is_not_found()
    {
        using var staff = await StaffAsync();
        using var response = await staff.GetAsync($"{List}/Details/987654");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    internal static Dictionary<string, string> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#performance-record tr").ToDictionary(
            tr => tr.QuerySelector("th")!.TextContent.Trim(),
            tr => tr.QuerySelector("td")!.TextContent.Trim());
}
