using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Stations;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;

public sealed class CreateTests(PortalAppFactory app) : DeputySuggestionTest(app)
{
    private const string Url = "/Deputy/Suggestions/Create";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string?> Fields(TestData.SuggestionWorld world, string title = "关于增设社区养老服务站的建议", int? coSigner = null) => new()
    {
        ["Input.Title"] = title,
        ["Input.Content"] = "我市老年人口比重逐年上升，建议在老旧小区增设社区养老服务站。",
        ["Input.CategoryId"] = Id(world.Category.Id),
        ["Input.CoSignerIds"] = coSigner is { } id ? Id(id) : null,
    };

    private static int RedirectedId(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.Should().StartWith("/Deputy/Suggestions/Details/");
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_deputy_submits_a_suggestion_online_and_it_waits_for_review_with_a_between_sessions_number()
    {
        var world = await Data.SuggestionWorldAsync();
        using var client = await DeputyClientAsync(world.Lead.Id);
        var form = await client.GetDocumentAsync(Url);
        form.QuerySelectorAll("#cosigners input[type=checkbox]").Select(o => o.GetAttribute("value")).Should().Equal([Id(world.CoSigner.Id)], "current-term deputies other than the deputy");

        using var response = await client.SubmitFormAsync(form, Fields(world, coSigner: world.CoSigner.Id));
        var id = RedirectedId(response);

        var saved = await LoadAsync(id);
        saved.Status.Should().Be(SuggestionStatus.Submitted);
        saved.Source.Should().Be(SuggestionSource.BetweenSessions);
        saved.Number.Should().Be("2026年闭会期间第001号");
        saved.LeadDeputyId.Should().Be(world.Lead.Id);
        saved.CoSignerIds.Should().Equal(world.CoSigner.Id);
        saved.SubmittedOnline.Should().BeTrue();
        saved.ReceivedOn.Should().Be(Today);
        saved.Events.Should().ContainSingle(e => e.Kind == SuggestionEventKind.Submitted);

        var details = await client.GetDocumentAsync($"/Deputy/Suggestions/Details/{id}");
        details.QuerySelector(".alert-success")!.TextContent.Should().Contain("提交成功").And.Contain("2026年闭会期间第001号").And.Contain("工作人员审查后正式立案");
        details.QuerySelector("#status")!.TextContent.Should().Contain("待审查");
    }

    [Fact]
    public async Task A_missing_title_is_shown_next_to_the_field_and_what_was_typed_is_kept()
    {
        var world = await Data.SuggestionWorldAsync();
        using var client = await DeputyClientAsync(world.Lead.Id);
        using var response = await client.SubmitFormAsync(Url, Fields(world, title: ""));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Input.Title").Should().Be("请填写建议标题。");
        page.QuerySelector<IHtmlTextAreaElement>("#Input_Content")!.Value.Should().Contain("社区养老服务站");
        (await DbAsync(db => db.Suggestions.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Attachments_are_stored_with_the_suggestion_and_a_file_that_is_not_a_document_is_refused()
    {
        var world = await Data.SuggestionWorldAsync();
        using var client = await DeputyClientAsync(world.Lead.Id);

        using (var refused = await client.SubmitMultipartFormAsync(Url, Fields(world), [("Files", "建议附件.pdf", "这不是PDF文件"u8.ToArray())]))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.OK);
            var page = await PortalClient.ParseAsync(refused);
            page.FieldError("Files").Should().Be(FileMessages.WrongKind.Message);
            page.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value.Should().Be("关于增设社区养老服务站的建议");
        }
        (await DbAsync(db => db.Suggestions.CountAsync())).Should().Be(0);

        using var response = await client.SubmitMultipartFormAsync(Url, Fields(world), [("Files", "调研报告.pdf", Pdf)]);
        var id = RedirectedId(response);
        var saved = await LoadAsync(id);
        saved.Attachments.Should().ContainSingle().Which.FileName.Should().Be("调研报告.pdf");

        var details = await client.GetDocumentAsync($"/Deputy/Suggestions/Details/{id}");
        var href = details.QuerySelector("#attachments a")!.GetAttribute("href")!;
        using var download = await client.GetAsync(href);
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(Pdf);
    }

    [Fact]
    public async Task A_co_signer_must_be_a_serving_deputy_of_the_current_term()
    {
        var world = await Data.SuggestionWorldAsync();
        var otherLevel = await Data.OtherLevelDeputyAsync("赵乡长");
        using var client = await DeputyClientAsync(world.Lead.Id);
        using var response = await client.SubmitFormAsync(Url, Fields(world, coSigner: otherLevel.Id));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).FieldError("Input.CoSignerIds").Should().Be(Web.Pages.Deputy.Suggestions.CreateModel.Handler.NotACoSigner);
        (await DbAsync(db => db.Suggestions.CountAsync())).Should().Be(0);
    }

    // ── 转为代表建议: an issue from a reception the deputy attended ──

    private async Task<(TestData.SuggestionWorld World, Reception Reception, int Outsider)> ReceptionAsync()
    {
        var world = await Data.SuggestionWorldAsync();
        var outsider = await Data.DeputyAsync("赵志刚", "16003");
        var district = await Data.DistrictAsync();
        var area = await Data.SubdistrictAsync(district.Id);
        var station = await Data.StationAsync(area.Id, "青山路街道人大代表联络站",
            (world.Lead.Id, StationRole.Head), (world.CoSigner.Id, StationRole.Member), (outsider.Id, StationRole.Member));
        var reception = await Data.ReceptionAsync(station.Id, new DateOnly(2026, 2, 2), [world.Lead.Id, world.CoSigner.Id],
            new TestData.VisitorIssue("张三", "13700001111", "小区没有电梯，老人上下楼困难", HandlingPath.TurnedIntoSuggestion, world.Lead.Id));
        return (world, reception, outsider.Id);
    }

    [Fact]
    public async Task A_reception_issue_becomes_a_suggestion_and_both_show_the_link()
    {
        var (world, reception, _) = await ReceptionAsync();
        var issue = reception.Issues.Single();
        using var client = await DeputyClientAsync(world.Lead.Id);

        var receptionPage = await client.GetDocumentAsync($"/Deputy/Receptions/Details/{reception.Id}");
        var convert = receptionPage.QuerySelectorAll(".issue-card a").Single(a => a.TextContent == "转为代表建议");
        convert.GetAttribute("href").Should().Be($"/Deputy/Suggestions/Create?issue={issue.Id}");

        var form = await client.GetDocumentAsync($"{Url}?issue={issue.Id}");
        form.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value.Should().Be("小区没有电梯，老人上下楼困难");
        var content = form.QuerySelector<IHtmlTextAreaElement>("#Input_Content")!.Value;
        content.Should().Contain("2026年2月2日").And.Contain("青山路街道人大代表联络站").And.Contain("小区没有电梯");
        content.Should().NotContain("张三").And.NotContain("13700001111", "the visitor's personal data stays out of the suggestion");

        using var response = await client.SubmitFormAsync(form, new Dictionary<string, string?>
        {
            ["Input.Title"] = "关于老旧小区加装电梯的建议",
            ["Input.CategoryId"] = Id(world.Category.Id),
        });
        var id = RedirectedId(response);
        var linked = await DbAsync(db => db.Receptions.SelectMany(r => r.Issues).Where(i => i.Id == issue.Id).Select(i => i.SuggestionId).SingleAsync());
        linked.Should().Be(id);
        var suggestion = await LoadAsync(id);

        var after = await client.GetDocumentAsync($"/Deputy/Receptions/Details/{reception.Id}");
        var card = after.QuerySelector(".issue-card")!;
        card.TextContent.Should().Contain($"已转为建议 编号{suggestion.Number}");
        card.QuerySelectorAll("a").Should().Contain(a => a.GetAttribute("href") == $"/Deputy/Suggestions/Details/{id}");
        card.QuerySelectorAll("a").Should().NotContain(a => a.TextContent == "转为代表建议");

        // The colleague at the same reception sees it was turned into a suggestion, without a way into it.
        using var colleague = await DeputyClientAsync(world.CoSigner.Id);
        var theirs = await colleague.GetDocumentAsync($"/Deputy/Receptions/Details/{reception.Id}");
        theirs.QuerySelector(".issue-card")!.TextContent.Should().Contain("已由其他代表转为建议").And.NotContain(suggestion.Number);
    }

    [Fact]
    public async Task An_issue_is_turned_into_a_suggestion_only_once()
    {
        var (world, reception, _) = await ReceptionAsync();
        var issue = reception.Issues.Single();
        using var client = await DeputyClientAsync(world.Lead.Id);
        var first = await client.GetDocumentAsync($"{Url}?issue={issue.Id}");
        var second = await client.GetDocumentAsync($"{Url}?issue={issue.Id}");
        var fields = new Dictionary<string, string?> { ["Input.CategoryId"] = Id(world.Category.Id) };

        using (var response = await client.SubmitFormAsync(first, fields)) RedirectedId(response);
        using (var again = await client.SubmitFormAsync(second, fields))
        {
            again.StatusCode.Should().Be(HttpStatusCode.OK);
            var page = await PortalClient.ParseAsync(again);
            page.QuerySelector("#already-linked")!.TextContent.Should().Contain("已经转为代表建议");
        }
        (await DbAsync(db => db.Suggestions.CountAsync())).Should().Be(1);

        var revisit = await client.GetDocumentAsync($"{Url}?issue={issue.Id}");
        revisit.QuerySelector("#suggestion-form").Should().BeNull();
        var suggestionId = await DbAsync(db => db.Suggestions.Select(s => s.Id).SingleAsync());
        revisit.QuerySelector("#already-linked a")!.GetAttribute("href").Should().Be($"/Deputy/Suggestions/Details/{suggestionId}");
    }

    [Fact]
    public async Task Two_submissions_of_one_issue_at_the_same_moment_register_one_suggestion()
    {
        var (world, reception, _) = await ReceptionAsync();
        var issueId = reception.Issues.Single().Id;
        var first = await Data.SuggestionAsync(world, "先提交的建议");
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var registrar = scope.ServiceProvider.GetRequiredService<SuggestionRegistrar>();
        // This submission has read the issue, still unlinked, as the page does ...
        var issue = await db.Receptions.SelectMany(r => r.Issues).SingleAsync(i => i.Id == issueId);
        issue.SuggestionId.Should().BeNull();
        // ... when the other one links it and commits.
        await DbAsync(async other =>
        {
            (await other.Receptions.SelectMany(r => r.Issues).SingleAsync(i => i.Id == issueId)).LinkSuggestion(first.Id);
            await other.SaveChangesAsync();
        });
        var draft = new SuggestionDraft(SuggestionSource.BetweenSessions, null, 2026, world.Lead.Id, [], "后提交的建议", "内容", world.Category.Id, new DateOnly(2026, 2, 3));

        var result = await registrar.RegisterAsync([draft], Actor.Deputy(world.Lead.Id, "李建国"), null, created => issue.LinkSuggestion(created[0].Id), CancellationToken.None);

        result.IsSuccess.Should().BeFalse();
        result.Error.Should().Be(SuggestionRegistrar.Conflict);
        (await DbAsync(d => d.Suggestions.Select(s => s.Title).ToListAsync())).Should().Equal("先提交的建议");
        (await DbAsync(d => d.Receptions.SelectMany(r => r.Issues).Where(i => i.Id == issueId).Select(i => i.SuggestionId).SingleAsync())).Should().Be(first.Id);
    }

    [Fact]
    public async Task A_deputy_who_was_not_at_the_reception_cannot_turn_its_issue_into_a_suggestion()
    {
        var (world, reception, outsider) = await ReceptionAsync();
        var issue = reception.Issues.Single();
        using var client = await DeputyClientAsync(outsider);
        (await client.GetAsync($"{Url}?issue={issue.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // A real form of their own, posted with the issue of a reception they were not at.
        var form = await client.GetDocumentAsync(Url);
        form.QuerySelector<IHtmlFormElement>("#suggestion-form")!.SetAttribute("action", $"{Url}?issue={issue.Id}");
        using var response = await client.SubmitFormAsync(form, Fields(world));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await DbAsync(db => db.Suggestions.CountAsync())).Should().Be(0);
        (await DbAsync(db => db.Receptions.SelectMany(r => r.Issues).Select(i => i.SuggestionId).SingleAsync())).Should().BeNull();
    }

    [Fact]
    public async Task During_the_session_an_online_suggestion_gets_the_sessions_number()
    {
        var world = await Data.SuggestionWorldAsync();
        await Data.SuggestionAsync(world);
        // 12 January 2026, 10:00 Beijing: the session sits from the 11th to the 14th.
        App.Clock.Set(new DateTimeOffset(2026, 1, 12, 10, 0, 0, TimeSpan.FromHours(8)));
        using var client = await DeputyClientAsync(world.Lead.Id);

        using var response = await client.SubmitFormAsync(Url, Fields(world));

        var saved = await LoadAsync(RedirectedId(response));
        saved.Source.Should().Be(SuggestionSource.DuringSession);
        saved.SessionId.Should().Be(world.Session.Id);
        saved.Year.Should().Be(2026);
        saved.Number.Should().Be("十六届五次会议第002号", "numbered after the one staff registered in the same session");
        saved.SubmittedOnline.Should().BeTrue();
    }

    [Fact]
    public async Task A_deputy_is_warned_of_a_similar_suggestion_of_their_own_with_a_link_and_may_submit_anyway()
    {
        var world = await Data.SuggestionWorldAsync();
        var own = await DraftBetweenSessionsAsync(world, world.Lead.Id, [], "关于增设社区养老服务站的建议",
            "我市老年人口比重逐年上升，建议在老旧小区增设社区养老服务站，提供助餐助浴服务。");
        using var client = await DeputyClientAsync(world.Lead.Id);

        using var refused = await client.SubmitFormAsync(Url, Fields(world, title: "关于在老旧小区增设养老服务站的建议"));

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(refused);
        page.QuerySelectorAll("#duplicate-flags-table tbody tr").Should().ContainSingle();
        var link = page.QuerySelector("#duplicate-flags-table a")!;
        link.GetAttribute("href").Should().Be($"/Deputy/Suggestions/Details/{own.Id}");
        link.TextContent.Should().Be(own.Number);
        page.QuerySelector("#duplicate-confirm-error")!.TextContent.Should().Be(SuggestionMessages.PossibleDuplicate([own.Number]).Message);
        page.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value.Should().Be("关于在老旧小区增设养老服务站的建议");
        (await DbAsync(db => db.Suggestions.CountAsync())).Should().Be(1);

        var fields = Fields(world, title: "关于在老旧小区增设养老服务站的建议");
        fields["Input.NotDuplicate"] = "true";
        using var confirmed = await client.SubmitFormAsync(page, fields);

        var saved = await LoadAsync(RedirectedId(confirmed));
        var submitted = saved.Events.Single(e => e.Kind == SuggestionEventKind.Submitted);
        var dismissed = saved.Events.Should().ContainSingle(e => e.Kind == SuggestionEventKind.DuplicateDismissed).Subject;
        dismissed.ActorName.Should().Be(submitted.ActorName, "the deputy confirmed it");
        dismissed.Detail.Should().Be($"登记时提示可能与{own.Number}重复，登记人确认不是重复");
    }

    [Fact]
    public async Task A_similar_suggestion_the_deputy_has_no_part_in_is_neither_shown_nor_in_the_way()
    {
        var world = await Data.SuggestionWorldAsync();
        // The co-signer's own suggestion on the same matter: the deputy may not see it.
        var others = await DraftBetweenSessionsAsync(world, world.CoSigner.Id, [], "关于增设社区养老服务站的建议",
            "我市老年人口比重逐年上升，建议在老旧小区增设社区养老服务站。");
        using var client = await DeputyClientAsync(world.Lead.Id);

        using var response = await client.SubmitFormAsync(Url, Fields(world, coSigner: world.CoSigner.Id));

        var saved = await LoadAsync(RedirectedId(response));
        saved.Id.Should().NotBe(others.Id);
        saved.Events.Should().NotContain(e => e.Kind == SuggestionEventKind.DuplicateDismissed);
    }

    [Fact]
    public async Task The_same_online_suggestion_submitted_twice_is_registered_once()
    {
        var world = await Data.SuggestionWorldAsync();
        using var client = await DeputyClientAsync(world.Lead.Id);
        var form = await client.GetDocumentAsync(Url);

        using (var first = await client.SubmitFormAsync(form, Fields(world))) RedirectedId(first);
        using var second = await client.SubmitFormAsync(form, Fields(world));

        second.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(second);
        var number = await DbAsync(db => db.Suggestions.Select(s => s.Number).SingleAsync());
        page.Summary().Should().Contain(SuggestionMessages.IdenticalToRegistered(number).Message);
        page.QuerySelector("#duplicate-confirm").Should().BeNull();
        (await DbAsync(db => db.Suggestions.CountAsync())).Should().Be(1);
    }

    private async Task<Suggestion> DraftBetweenSessionsAsync(TestData.SuggestionWorld world, int lead, int[] coSigners, string title, string content)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var draft = new SuggestionDraft(SuggestionSource.BetweenSessions, null, 2026, lead, coSigners, title, content, world.Category.Id, new DateOnly(2026, 2, 3));
        var result = await scope.ServiceProvider.GetRequiredService<SuggestionRegistrar>().RegisterAsync([draft], Actor.Staff("测试工作人员"), null, null, default);
        result.IsSuccess.Should().BeTrue(result.Error);
        return result.Value![0];
    }
}
