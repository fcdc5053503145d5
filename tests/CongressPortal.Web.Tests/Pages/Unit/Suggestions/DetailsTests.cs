using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.UnitDesk.Suggestions;

public sealed class DetailsTests(PortalAppFactory app) : UnitDeskTest(app)
{
    [Fact]
    public async Task The_unit_sees_the_suggestion_its_deadlines_and_the_deputies_by_name_without_their_private_data()
    {
        var lead = await Data.MunicipalDeputyAsync("李建国", "16101");
        var coSigner = await Data.MunicipalDeputyAsync("王秀英", "16102");
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId], accepted: false, world: World with { Lead = lead, CoSigner = coSigner });
        var fileId = await AttachAsync(suggestion.Id, "建议原件扫描件.pdf", Pdf);
        using var client = await UnitClientAsync(UnitId);

        using var response = await client.GetAsync(DetailsUrl(suggestion.Id));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var source = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(response);

        foreach (var secret in new[] { TestData.PrivateSample.Mobile, "139****5678", TestData.PrivateSample.IdNumber, TestData.PrivateSample.HomeAddress })
            source.Should().NotContain(secret!, "a unit sees the deputies' names only (docs/domain/deputies.md#private-and-public-data)");
        Text(page, "#suggestion-facts").Should().Contain(suggestion.Number).And.Contain("李建国").And.Contain("王秀英").And.Contain("城乡建设")
            .And.Contain("第十六届人民代表大会第五次会议").And.Contain("2026年1月12日");
        Text(page, "#suggestion-content").Should().Contain("建议简化审批流程，加大财政补贴力度。");
        Text(page, "#my-part").Should().Contain("本单位为承办单位").And.Contain("2026年3月2日").And.Contain("2026年6月2日").And.Contain("剩 92 天").And.Contain("尚未签收");
        Text(page, "#return-window").Should().Contain("可在2026年3月9日前（含当日）申请退回");
        page.QuerySelector($"#attachments a[href='/Unit/Suggestions/File/{suggestion.Id}/{fileId}']")!.TextContent.Should().Be("建议原件扫描件.pdf");
        page.QuerySelector("#form-accept").Should().NotBeNull();
        page.QuerySelector("#form-reply").Should().BeNull("a unit replies after it has accepted the suggestion");
        page.QuerySelector("#form-contact").Should().BeNull();

        using var download = await client.GetAsync($"/Unit/Suggestions/File/{suggestion.Id}/{fileId}");
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(Pdf);
    }

    [Fact]
    public async Task Another_units_suggestion_answers_404_for_the_page_its_files_and_every_action_and_nothing_changes()
    {
        var mine = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId], accepted: false);
        var theirs = await AssignedAsync("关于优化公交线路的建议", [OtherUnitId], accepted: false);
        var theirFile = await AttachAsync(theirs.Id, "公交线路图.pdf", Pdf);
        var before = await LoadAsync(theirs.Id);
        using var client = await UnitClientAsync(UnitId);

        (await client.GetAsync(DetailsUrl(theirs.Id))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync(DetailsUrl(999_999))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Unit/Suggestions/File/{theirs.Id}/{theirFile}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Unit/Suggestions/File/{mine.Id}/{theirFile}")).StatusCode.Should().Be(HttpStatusCode.NotFound,
            "a file is served only as part of a suggestion it belongs to");

        // The unit's own page gives a valid form and token; aimed at the other unit's suggestion with its current version.
        var page = await client.GetDocumentAsync(DetailsUrl(mine.Id));
        foreach (var (form, fields) in new (string, Dictionary<string, string?>)[]
        {
            ("#form-accept", new()),
            ("#form-return", new() { ["Return.Reason"] = "不属于本单位职责" }),
        })
        {
            page.QuerySelector<IHtmlFormElement>(form)!.Action = page.QuerySelector<IHtmlFormElement>(form)!.Action.Replace($"/Details/{mine.Id}", $"/Details/{theirs.Id}", StringComparison.Ordinal);
            fields["Version"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var response = await client.SubmitFormAsync(page, fields, form);
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, $"{form} on another unit's suggestion");
        }

        var after = await LoadAsync(theirs.Id);
        after.Version.Should().Be(before.Version);
        after.AssignmentOf(OtherUnitId)!.State.Should().Be(AssignmentState.AwaitingAcceptance);
        after.Events.Should().HaveCount(before.Events.Count);
    }

    [Fact]
    public async Task A_co_unit_sends_its_opinion_to_the_lead_unit_which_sees_it_under_the_co_units_name()
    {
        var suggestion = await AssignedAsync("关于治理背街小巷停车的建议", [UnitId, OtherUnitId], mode: HandlingMode.Joint);
        using var co = await UnitClientAsync(OtherUnitId);
        var coPage = await co.GetDocumentAsync(DetailsUrl(suggestion.Id));
        Text(coPage, "#lead-unit").Should().Contain("示例市住房和城乡建设局");
        Text(coPage, "#my-part").Should().Contain("本单位为协办单位").And.Contain("协办意见期限").And.Contain("2026年4月2日");
        coPage.QuerySelector("#form-reply").Should().BeNull("the lead unit gives the single reply");
        coPage.QuerySelector("#form-extension").Should().BeNull();

        using var sent = await co.SubmitFormAsync(coPage, new Dictionary<string, string?> { ["Opinion.Text"] = "建议在周边新建立体停车场，交通运输局将配合调整公交站点。" }, "#form-opinion");

        sent.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AssignmentAsync(suggestion.Id, OtherUnitId)).State.Should().Be(AssignmentState.OpinionSent);
        using var lead = await UnitClientAsync(UnitId);
        var leadPage = await lead.GetDocumentAsync(DetailsUrl(suggestion.Id));
        var opinions = Text(leadPage, "#co-opinions");
        opinions.Should().Contain("示例市交通运输局").And.Contain("建议在周边新建立体停车场").And.Contain("2026年3月2日");
        leadPage.QuerySelector("#form-reply").Should().NotBeNull();
        leadPage.QuerySelector("#form-opinion").Should().BeNull();
    }

    [Fact]
    public async Task The_unit_logs_its_contacts_with_the_deputy_and_a_wrong_date_is_shown_next_to_the_field()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        using var client = await UnitClientAsync(UnitId);

        using var logged = await client.SubmitFormAsync(DetailsUrl(suggestion.Id), new Dictionary<string, string?>
        {
            ["Contact.Stage"] = nameof(ContactStage.Before),
            ["Contact.Form"] = nameof(ContactForm.OnSite),
            ["Contact.Notes"] = "与代表到小区实地查看，听取居民意见。",
        }, "#form-contact");
        logged.StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var future = await client.SubmitFormAsync(DetailsUrl(suggestion.Id), new Dictionary<string, string?>
        {
            ["Contact.Stage"] = nameof(ContactStage.During),
            ["Contact.Date"] = "2026-03-20",
            ["Contact.Notes"] = "电话沟通进展。",
        }, "#form-contact");
        future.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(future);
        page.FieldError("Contact.Date").Should().Be(SuggestionMessages.ContactDateInvalid.Message);
        page.QuerySelector<IHtmlTextAreaElement>("#Contact_Notes")!.Value.Should().Be("电话沟通进展。");
        page.QuerySelector<IHtmlSelectElement>("#Contact_Stage")!.Value.Should().Be(nameof(ContactStage.During));

        var contacts = (await AssignmentAsync(suggestion.Id, UnitId)).Contacts;
        contacts.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Stage = ContactStage.Before, Date = new DateOnly(2026, 3, 2), Form = ContactForm.OnSite, Notes = "与代表到小区实地查看，听取居民意见。" });
        Text(await client.GetDocumentAsync(DetailsUrl(suggestion.Id)), "#contacts").Should().Contain("办前").And.Contain("实地").And.Contain("与代表到小区实地查看");
    }

    [Fact]
    public async Task A_page_left_open_while_someone_else_acted_gets_the_conflict_message_and_nothing_is_saved()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        using var client = await UnitClientAsync(UnitId);
        var stale = await client.GetDocumentAsync(DetailsUrl(suggestion.Id));
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await Data.ActAsync(suggestion.Id, (s, rules, now) => s.LogContact(ContactStage.Before, Today, ContactForm.Phone, "同事已电话联系代表。", UnitActor(UnitId), now, rules));
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        using var response = await client.SubmitFormAsync(stale, new Dictionary<string, string?> { ["Contact.Notes"] = "与代表面谈。" }, "#form-contact");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        Text(page, "#form-contact").Should().Contain(SuggestionStore.ActionConflict);
        page.QuerySelector<IHtmlTextAreaElement>("#Contact_Notes")!.Value.Should().Be("与代表面谈。", "what the user typed is kept");
        Text(page, "#contacts").Should().Contain("同事已电话联系代表。", "the page shows the latest state");
        (await AssignmentAsync(suggestion.Id, UnitId)).Contacts.Should().ContainSingle();

        using var again = await client.SubmitFormAsync(page, new Dictionary<string, string?>(), "#form-contact");
        again.StatusCode.Should().Be(HttpStatusCode.Redirect, "the re-shown page carries the new version");
        (await AssignmentAsync(suggestion.Id, UnitId)).Contacts.Should().HaveCount(2);
    }

    [Fact]
    public async Task The_timeline_shows_the_units_own_steps_and_not_another_units()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId, OtherUnitId]);
        await Data.ActAsync(suggestion.Id, (s, rules, now) => s.LogContact(ContactStage.Before, Today, ContactForm.Phone, "交通运输局电话联系代表", UnitActor(OtherUnitId), now, rules));
        using var client = await UnitClientAsync(UnitId);

        var page = await client.GetDocumentAsync(DetailsUrl(suggestion.Id));

        var timeline = Text(page, "#timeline");
        timeline.Should().Contain("登记").And.Contain("签收");
        timeline.Should().NotContain("联系代表", "the other unit's contact is its own business");
        Text(page, "#other-units").Should().Contain("示例市交通运输局");
    }
}
