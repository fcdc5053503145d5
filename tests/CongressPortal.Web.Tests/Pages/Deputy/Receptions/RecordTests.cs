using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Stations;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Receptions;

/// <summary>A deputy records a reception at their own station; the form and its rules are the staff page's (StationTest has the helpers).</summary>
public sealed class RecordTests(PortalAppFactory app) : StationTest(app)
{
    private const string FormSelector = "#record-form";

    private static string RecordUrl(int stationId) => $"/Deputy/Receptions/Record/{stationId}";

    /// <summary>王建华 (me, 站长) and 李明 at 钢城街道人大代表联络站; 赵刚 alone at 青山路街道人大代表联络站.</summary>
    private async Task<(int Me, int Colleague, int Station, int Other)> SeedAsync()
    {
        var me = await Data.MunicipalDeputyAsync("王建华", "16001");
        var colleague = await Data.MunicipalDeputyAsync("李明", "16002");
        var stranger = await Data.MunicipalDeputyAsync("赵刚", "16003");
        var station = await StationWithAsync("钢城街道人大代表联络站", me.Id, colleague.Id);
        var (district, _) = await AreasAsync();
        var otherArea = await Data.SubdistrictAsync(district.Id, "青山路街道", 2);
        var other = await Data.StationAsync(otherArea.Id, "青山路街道人大代表联络站", (stranger.Id, StationRole.Head));
        return (me.Id, colleague.Id, station.Id, other.Id);
    }

    private Task<PortalClient> DeputyClientAsync(int deputyId) => SignedInClientAsync(PortalRole.Deputy, deputyId: deputyId, userName: "deputy-recorder");

    [Fact]
    public async Task A_member_deputy_records_a_reception_with_a_visitor_and_an_issue_and_is_saved_as_present()
    {
        var (me, colleague, station, _) = await SeedAsync();
        var category = await Data.CategoryAsync("城乡建设");
        using var client = await DeputyClientAsync(me);

        var desk = await client.GetDocumentAsync("/Deputy");
        desk.QuerySelectorAll("a").Where(a => a.TextContent == "登记接待记录").Select(a => a.GetAttribute("href"))
            .Should().Equal(RecordUrl(station));
        var form = await client.GetDocumentAsync(RecordUrl(station));
        form.QuerySelectorAll("input[name='Input.DeputyIds'][checked]").Select(c => c.GetAttribute("value")).Should().Equal(Id(me));
        form.QuerySelectorAll("input[name='Input.DeputyIds']").Select(c => c.GetAttribute("value")).Should().BeEquivalentTo([Id(me), Id(colleague)]);
        Value(form, "Input.Date").Should().Be(Iso(Today));

        using var response = await client.SubmitFormAsync(form, Form(
            ("Input.StartTime", "09:00"), ("Input.EndTime", "11:30"),
            ("Input.Visitors[0].Name", "王大妈"), ("Input.Visitors[0].Contact", "13812345678"),
            ("Input.Issues[0].Summary", "小区路灯不亮，夜间出行不便"), ("Input.Issues[0].CategoryId", Id(category.Id)),
            ("Input.Issues[0].Path", nameof(HandlingPath.ReferredToSubdistrict)), ("Input.Issues[0].Visitor", "1"),
            ("Input.Issues[0].FollowUpDeputyId", Id(colleague))), FormSelector);

        var id = await DbAsync(db => db.Receptions.Select(r => r.Id).SingleAsync());
        ShouldRedirect(response, $"/Deputy/Receptions/Details/{id}");
        var reception = await DbAsync(db => db.Receptions.AsNoTracking()
            .Include(r => r.Deputies).Include(r => r.Visitors).Include(r => r.Issues).AsSplitQuery()
            .SingleAsync(r => r.Id == id));
        reception.StationId.Should().Be(station);
        reception.Date.Should().Be(Today);
        reception.Deputies.Select(d => d.DeputyId).Should().Equal(me);
        reception.Visitors.Select(v => (v.Name, v.Contact)).Should().Equal(("王大妈", "13812345678"));
        var issue = reception.Issues.Should().ContainSingle().Subject;
        issue.Path.Should().Be(HandlingPath.ReferredToSubdistrict);
        issue.CategoryId.Should().Be(category.Id);
        issue.FollowUpDeputyId.Should().Be(colleague);
        issue.VisitorId.Should().Be(reception.Visitors.Single().Id);
        var userId = await DbAsync(db => db.Users.Where(u => u.UserName == "deputy-recorder").Select(u => u.Id).SingleAsync());
        reception.RecordedByUserId.Should().Be(userId);
        (await AuditAsync(nameof(Reception), id)).Should().Equal(AuditAction.Created);
        (await AuditAsync(nameof(ReceptionVisitor), reception.Visitors.Single().Id)).Should().Equal(AuditAction.Created);
        (await AuditAsync(nameof(ReceptionIssue), issue.Id)).Should().Equal(AuditAction.Created);

        var details = await client.GetDocumentAsync($"/Deputy/Receptions/Details/{id}");
        details.QuerySelector("main")!.TextContent.Should().Contain("小区路灯不亮").And.Contain("王大妈").And.Contain("138****5678");
    }

    [Fact]
    public async Task A_deputy_who_unticks_themselves_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        var (me, colleague, station, _) = await SeedAsync();
        using var client = await DeputyClientAsync(me);
        using var response = await client.SubmitFormAsync(RecordUrl(station), Form(
            ("Input.DeputyIds", Id(colleague)), ("Input.Visitors[0].Name", "王大妈")), FormSelector);
        var page = await RefusedAsync(response);

        page.FieldError("Input.DeputyIds").Should().Be(StationMessages.RecorderMustBePresent.Message);
        page.QuerySelectorAll("input[name='Input.DeputyIds'][checked]").Select(c => c.GetAttribute("value")).Should().Equal(Id(colleague));
        Value(page, "Input.Visitors[0].Name").Should().Be("王大妈");
        (await DbAsync(db => db.Receptions.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_deputy_cannot_name_someone_who_is_no_longer_a_member_as_present()
    {
        var (me, _, station, _) = await SeedAsync();
        var former = await Data.MunicipalDeputyAsync("孙伟", "16004");
        await DbAsync(async db =>
        {
            var s = await db.Stations.Include(x => x.Members).SingleAsync(x => x.Id == station);
            s.AssignDeputy(former.Id, StationRole.Member, new DateOnly(2025, 1, 1));
            s.EndAssignment(former.Id, new DateOnly(2025, 12, 31));
            await db.SaveChangesAsync();
        });
        using var client = await DeputyClientAsync(me);
        var form = await client.GetDocumentAsync(RecordUrl(station));
        form.QuerySelector($"input[name='Input.DeputyIds'][value='{Id(former.Id)}']").Should().BeNull("only current members are offered");

        using var response = await PostAsync(client, station, ("Input.Date", Iso(Today)), ("Input.DeputyIds", Id(me)), ("Input.DeputyIds", Id(former.Id)));
        (await RefusedAsync(response)).FieldError("Input.DeputyIds").Should().Be(StationMessages.NotACurrentMember.Message);
        (await DbAsync(db => db.Receptions.CountAsync())).Should().Be(0);
    }

    /// <summary>Posts raw fields (a checkbox may repeat) with the antiforgery token of the deputy's own form at <paramref name="ownStation"/>.</summary>
    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, int ownStation, params (string Field, string Value)[] fields) =>
        await PostAsync(client, ownStation, RecordUrl(ownStation), fields);

    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, int ownStation, string url, params (string Field, string Value)[] fields)
    {
        var form = await client.GetDocumentAsync(RecordUrl(ownStation));
        var token = form.QuerySelector("#record-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Field, f.Value))]);
        return await client.Http.PostAsync(url, content);
    }

    [Fact]
    public async Task A_station_the_deputy_is_not_a_member_of_answers_404_to_the_form_and_to_a_post()
    {
        var (me, _, station, other) = await SeedAsync();
        using var client = await DeputyClientAsync(me);
        (await client.GetAsync(RecordUrl(other))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync(RecordUrl(999999))).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // A genuine token of the deputy's own form, posted to the other station.
        using var response = await PostAsync(client, station, RecordUrl(other), ("Input.Date", Iso(Today)), ("Input.DeputyIds", Id(me)));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await DbAsync(db => db.Receptions.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_reception_in_the_future_is_refused_with_the_Chinese_message_and_the_input_is_kept()
    {
        var (me, _, station, _) = await SeedAsync();
        using var client = await DeputyClientAsync(me);
        using var response = await client.SubmitFormAsync(RecordUrl(station), Form(
            ("Input.Date", "2026-03-09"), ("Input.Issues[0].Summary", "路灯不亮"), ("Input.Issues[0].Path", nameof(HandlingPath.AnsweredOnSpot))), FormSelector);
        var page = await RefusedAsync(response);

        page.FieldError("Input.Date").Should().Be(StationMessages.ReceptionInFuture.Message);
        Value(page, "Input.Date").Should().Be("2026-03-09");
        Value(page, "Input.Issues[0].Summary").Should().Be("路灯不亮");
        (await DbAsync(db => db.Receptions.CountAsync())).Should().Be(0);
    }
}
