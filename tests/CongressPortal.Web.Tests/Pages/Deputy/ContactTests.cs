using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk;

/// <summary>
/// 三见面 contacts across roles (S37a): the deputy chooses what the units of their suggestions see, a unit names its
/// contact person for the deputy. The matrix: the assigned units (lead and co-unit) see the deputy's shared contacts; a
/// unit not on the suggestion gets 404; other deputies, other units and the public never get the values in any page.
/// </summary>
public sealed class ContactTests(PortalAppFactory app) : DeputySuggestionTest(app)
{
    private const string WorkPhone = "0471-5550199";
    private const string Email = "lijianguo.rd@example.cn";
    private const string Mobile = "13998765432";
    private const string UnitPhone = "0471-6690123";
    private const string UnitEmail = "zhoumin.zjj@example.cn";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<Deputy> WithMobileAsync(int deputyId) => DbAsync(async db =>
    {
        var deputy = await db.Deputies.SingleAsync(d => d.Id == deputyId);
        deputy.UpdatePrivateData(new DeputyPrivateData(Mobile, null, null));
        await db.SaveChangesAsync();
        return deputy;
    });

    /// <summary>Assigned jointly: <paramref name="lead"/> leads, <paramref name="co"/> co-handles; both signed for.</summary>
    private Task<Suggestion> JointAsync(int suggestionId, int lead, int co) =>
        Data.ActAsync(suggestionId, (s, rules, now) =>
        {
            s.Accept(Actor.Staff("测试工作人员"), now);
            s.Assign(HandlingMode.Joint, [lead, co], lead, Actor.Staff("测试工作人员"), now, rules, confirmed: true);
            s.AcceptAssignment(UnitActor(lead), now);
            s.AcceptAssignment(UnitActor(co), now);
        });

    private static void ContainsNone(string html, string where, params string[] values)
    {
        foreach (var value in values) html.Should().NotContain(value, $"{where} must not show {value}");
    }

    [Fact]
    public async Task The_deputy_shares_chosen_contacts_with_the_units_of_their_suggestion_and_nobody_else_sees_them()
    {
        var world = await Data.SuggestionWorldAsync();
        await WithMobileAsync(world.Lead.Id);
        var stranger = await Data.UnitAsync("示例市教育局");
        var suggestion = await Data.SuggestionAsync(world);
        await JointAsync(suggestion.Id, world.Unit.Id, world.OtherUnit.Id);
        // The stranger unit handles another deputy's suggestion: it has a desk, but not this suggestion.
        var outsider = await Data.DeputyAsync("赵志刚", "16003");
        var other = await Data.SuggestionAsync(world with { Lead = outsider }, "关于规范共享单车停放的建议", withCoSigner: false);
        await Data.AssignedSuggestionAsync(other.Id, stranger.Id);

        // Nothing is shared until the deputy chooses.
        using (var unit = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: world.Unit.Id))
        {
            var before = await unit.GetDocumentAsync($"/Unit/Suggestions/Details/{suggestion.Id}");
            before.QuerySelector("#deputy-contacts")!.TextContent.Should().Contain("李建国").And.Contain("代表尚未提供联系方式");
            ContainsNone(before.DocumentElement.OuterHtml, "the unit's page before the deputy chose", Mobile);
        }

        using var lead = await DeputyClientAsync(world.Lead.Id);
        var form = await lead.GetDocumentAsync("/Deputy/Contact");
        form.QuerySelector("#mobile-help")!.TextContent.Should().Contain("139****5432");
        ContainsNone(form.DocumentElement.OuterHtml, "the deputy's own form (masked)", Mobile);
        using (var saved = await lead.SubmitFormAsync(form, new Dictionary<string, string?>
        {
            ["Input.ShareMobile"] = "true",
            ["Input.WorkPhone"] = WorkPhone,
            ["Input.ShareWorkPhone"] = "true",
            ["Input.Email"] = Email,
            ["Input.ShareEmail"] = "true",
        }, "#contact-form"))
        {
            saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        var row = await DbAsync(db => db.DeputyContactSharing.AsNoTracking().SingleAsync(c => c.DeputyId == world.Lead.Id));
        row.Shared(Mobile).Select(c => c.Value).Should().Equal(WorkPhone, Mobile, Email);
        var audit = await DbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(DeputyContactSharing)).ToListAsync());
        audit.Should().ContainSingle("the choice is audited");
        ContainsNone(audit[0].Changes, "the audit log (masked)", WorkPhone, Email);

        // The lead unit and the co-unit of this suggestion see them.
        foreach (var unitId in new[] { world.Unit.Id, world.OtherUnit.Id })
        {
            using var unit = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: unitId, userName: $"unit-{unitId}");
            var page = await unit.GetDocumentAsync($"/Unit/Suggestions/Details/{suggestion.Id}");
            var shown = page.QuerySelector("#deputy-contacts")!.TextContent;
            shown.Should().Contain($"办公电话 {WorkPhone}").And.Contain($"手机 {Mobile}").And.Contain($"电子邮箱 {Email}");
            shown.Should().Contain("王秀英").And.Contain("代表尚未提供联系方式", "the co-signer shared nothing");
        }

        // A unit not on the suggestion: 404 for it, and its own suggestion's page shows none of the values.
        using (var unit = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: stranger.Id, userName: "unit-stranger"))
        {
            (await unit.GetAsync($"/Unit/Suggestions/Details/{suggestion.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            var own = await unit.GetDocumentAsync($"/Unit/Suggestions/Details/{other.Id}");
            ContainsNone(own.DocumentElement.OuterHtml, "another unit's suggestion page", WorkPhone, Mobile, Email);
            ContainsNone(await unit.Http.GetStringAsync("/Unit"), "another unit's desk", WorkPhone, Mobile, Email);
        }

        // Other deputies: the co-signer of the same suggestion and a deputy of another one.
        using (var coSigner = await DeputyClientAsync(world.CoSigner.Id))
        {
            ContainsNone(await coSigner.Http.GetStringAsync($"/Deputy/Suggestions/Details/{suggestion.Id}"), "the co-signer's page", WorkPhone, Mobile, Email);
            ContainsNone(await coSigner.Http.GetStringAsync("/Deputy"), "the co-signer's desk", WorkPhone, Mobile, Email);
        }
        using (var another = await DeputyClientAsync(outsider.Id))
        {
            (await another.GetAsync($"/Deputy/Suggestions/Details/{suggestion.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            ContainsNone(await another.Http.GetStringAsync($"/Deputy/Suggestions/Details/{other.Id}"), "another deputy's suggestion", WorkPhone, Mobile, Email);
        }

        // The public, once the reply is published: the suggestion, its list and the deputy's profile.
        await Data.ActAsync(suggestion.Id, (s, rules, now, letter) =>
        {
            s.SendOpinion("同意主办单位意见。", UnitActor(world.OtherUnit.Id), now);
            s.Reply(TestData.ReplyA(Today, letter()), UnitActor(world.Unit.Id), now, rules);
        });
        await Data.ReviewRepliesAsync(suggestion.Id);
        using var anonymous = AnonymousClient();
        foreach (var url in new[] { $"/Suggestions/Details/{suggestion.Id}", "/Suggestions", $"/Deputies/Details/{world.Lead.Id}" })
        {
            using var response = await anonymous.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            ContainsNone(await response.Content.ReadAsStringAsync(), url, WorkPhone, Mobile, Email);
        }
    }

    [Fact]
    public async Task A_shared_contact_needs_its_value_and_the_form_keeps_what_was_typed()
    {
        var world = await Data.SuggestionWorldAsync();
        using var lead = await DeputyClientAsync(world.Lead.Id);
        var form = await lead.GetDocumentAsync("/Deputy/Contact");
        form.QuerySelector("#no-mobile").Should().NotBeNull("no mobile is recorded: there is nothing to tick");

        using var refused = await lead.SubmitFormAsync(form, new Dictionary<string, string?>
        {
            ["Input.WorkPhone"] = "办公室",
            ["Input.ShareWorkPhone"] = "true",
            ["Input.ShareEmail"] = "true",
        }, "#contact-form");

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(refused);
        page.FieldError("Input.WorkPhone").Should().Be(DeputyMessages.WorkPhoneInvalid.Message);
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_WorkPhone")!.Value.Should().Be("办公室");
        (await DbAsync(db => db.DeputyContactSharing.CountAsync())).Should().Be(0);

        using var second = await lead.SubmitFormAsync(page, new Dictionary<string, string?> { ["Input.WorkPhone"] = WorkPhone }, "#contact-form");
        var again = await PortalClient.ParseAsync(second);
        again.FieldError("Input.Email").Should().Be(DeputyMessages.SharedEmailMissing.Message);
    }

    [Fact]
    public async Task A_unit_names_its_contact_person_from_the_assignment_on_and_only_the_suggestions_deputies_see_it()
    {
        var world = await Data.SuggestionWorldAsync();
        var stranger = await Data.UnitAsync("示例市教育局");
        var suggestion = await Data.SuggestionAsync(world);
        // Assigned, not yet signed for.
        await Data.ActAsync(suggestion.Id, (s, rules, now) =>
        {
            s.Accept(Actor.Staff("测试工作人员"), now);
            s.Assign(HandlingMode.Split, [world.Unit.Id], null, Actor.Staff("测试工作人员"), now, rules, confirmed: true);
        });

        // Until the unit names someone, the deputy sees the contact in the unit's record.
        using var lead = await DeputyClientAsync(world.Lead.Id);
        var before = await lead.GetDocumentAsync($"/Deputy/Suggestions/Details/{suggestion.Id}");
        before.QuerySelector("#unit-contacts")!.TextContent.Should().Contain("示例市住房和城乡建设局").And.Contain("张联络 0471-1234567").And.Contain("单位登记的联系人");

        using var unit = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: world.Unit.Id);
        var url = $"/Unit/Suggestions/Details/{suggestion.Id}";
        var page = await unit.GetDocumentAsync(url);
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#UnitContact_Name")!.Value.Should().Be("张联络", "the unit's registered contact is the starting point");

        using (var refused = await unit.SubmitFormAsync(page, new Dictionary<string, string?>
        {
            ["UnitContact.Name"] = "周敏",
            ["UnitContact.Phone"] = "找办公室",
            ["UnitContact.Email"] = UnitEmail,
        }, "#form-unitcontact"))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.OK);
            var shown = await PortalClient.ParseAsync(refused);
            shown.FieldError("UnitContact.Phone").Should().Be(SuggestionMessages.UnitContactPhoneInvalid.Message);
            shown.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#UnitContact_Name")!.Value.Should().Be("周敏", "what was typed is kept");
            shown.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#UnitContact_Email")!.Value.Should().Be(UnitEmail);
        }

        using (var saved = await unit.SubmitFormAsync(url, new Dictionary<string, string?>
        {
            ["UnitContact.Name"] = "周敏",
            ["UnitContact.Phone"] = UnitPhone,
            ["UnitContact.Email"] = UnitEmail,
        }, "#form-unitcontact"))
        {
            saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        var after = await LoadAsync(suggestion.Id);
        var part = after.AssignmentOf(world.Unit.Id)!;
        part.State.Should().Be(AssignmentState.AwaitingAcceptance, "before it signs for the suggestion");
        (part.ContactName, part.ContactPhone, part.ContactEmail).Should().Be(("周敏", UnitPhone, UnitEmail));
        after.Events[^1].Kind.Should().Be(SuggestionEventKind.UnitContactGiven);

        // The lead and the co-signer of the suggestion see the person; the timeline names them without the number.
        foreach (var deputyId in new[] { world.Lead.Id, world.CoSigner.Id })
        {
            using var deputy = deputyId == world.Lead.Id ? await SignInAgainAsync(deputyId) : await DeputyClientAsync(deputyId);
            var shown = await deputy.GetDocumentAsync($"/Deputy/Suggestions/Details/{suggestion.Id}");
            shown.QuerySelector("#unit-contacts")!.TextContent.Should().Contain($"周敏 {UnitPhone} {UnitEmail}").And.NotContain("单位登记的联系人");
            shown.QuerySelector("#timeline")!.TextContent.Should().Contain("承办单位确定联系人").And.Contain("联系人：周敏");
        }

        // Another unit, another deputy and the public never get it.
        using (var other = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: stranger.Id, userName: "unit-stranger"))
            (await other.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var outsider = await Data.DeputyAsync("赵志刚", "16003");
        using (var another = await DeputyClientAsync(outsider.Id))
        {
            (await another.GetAsync($"/Deputy/Suggestions/Details/{suggestion.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            ContainsNone(await another.Http.GetStringAsync("/Deputy"), "another deputy's desk", UnitPhone, UnitEmail);
        }
        await Data.ActAsync(suggestion.Id, (s, rules, now, letter) =>
        {
            s.AcceptAssignment(UnitActor(world.Unit.Id), now);
            s.Reply(TestData.ReplyA(Today, letter()), UnitActor(world.Unit.Id), now, rules);
        });
        await Data.ReviewRepliesAsync(suggestion.Id);
        using var anonymous = AnonymousClient();
        using var published = await anonymous.GetAsync($"/Suggestions/Details/{suggestion.Id}");
        published.StatusCode.Should().Be(HttpStatusCode.OK);
        ContainsNone(await published.Content.ReadAsStringAsync(), "the public page", UnitPhone, UnitEmail, "周敏");
    }

    [Fact]
    public async Task The_new_forms_refuse_the_wrong_people()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await Data.SuggestionAsync(world);
        await Data.AssignedSuggestionAsync(suggestion.Id, world.Unit.Id);
        var posts = new[]
        {
            ("/Deputy/Contact", PortalRole.Deputy),
            ($"/Deputy/Suggestions/Details/{suggestion.Id}?handler=Confirm", PortalRole.Deputy),
            ($"/Deputy/Suggestions/Details/{suggestion.Id}?handler=Decline", PortalRole.Deputy),
            ($"/Unit/Suggestions/Details/{suggestion.Id}?handler=UnitContact", PortalRole.HandlingUnit),
            ("/Deputy/Suggestions/Create?handler=FilterCoSigners", PortalRole.Deputy),
            ("/Staff/Suggestions/Create?handler=FilterCoSigners", PortalRole.Staff),
            ($"/Staff/Suggestions/Edit/{suggestion.Id}?handler=FilterCoSigners", PortalRole.Staff),
        };
        var clients = new Dictionary<string, PortalClient>();
        foreach (var role in PortalRole.All)
        {
            clients[role] = role switch
            {
                PortalRole.Deputy => await DeputyClientAsync(world.Lead.Id),
                PortalRole.HandlingUnit => await SignedInClientAsync(role, unitId: world.Unit.Id),
                _ => await SignedInClientAsync(role),
            };
        }
        using var anonymous = AnonymousClient();
        foreach (var (url, allowed) in posts)
        {
            using (var response = await anonymous.Http.PostAsync(url, new FormUrlEncodedContent([])))
            {
                response.StatusCode.Should().Be(HttpStatusCode.Redirect, url);
                response.Headers.Location!.OriginalString.Should().Contain("/Account/Login", url);
            }
            foreach (var role in PortalRole.All.Where(r => r != allowed))
            {
                using var response = await clients[role].Http.PostAsync(url, new FormUrlEncodedContent([]));
                response.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{role} → {url}");
            }
        }
        foreach (var client in clients.Values) client.Dispose();
    }
}
