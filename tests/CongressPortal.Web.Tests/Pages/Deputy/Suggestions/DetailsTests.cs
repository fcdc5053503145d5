using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;

public sealed class DetailsTests(PortalAppFactory app) : DeputySuggestionTest(app)
{
    private static string RateForm(SuggestionReply reply) => $"#rate-{reply.Id}";

    private static Dictionary<string, string?> Rating(string? rating, string? comment) => new()
    {
        ["Rate.Rating"] = rating,
        ["Rate.Comment"] = comment,
    };

    [Fact]
    public async Task The_deputy_sees_units_contacts_the_reply_and_the_steps_of_their_suggestion()
    {
        var world = await Data.SuggestionWorldAsync();
        var letter = await StoredPdfAsync("关于加装电梯建议的答复函.pdf");
        var suggestion = await Data.SuggestionAsync(world);
        await Data.AssignedSuggestionAsync(suggestion.Id, world.Unit.Id);
        await Data.ActAsync(suggestion.Id, (s, rules, now) =>
        {
            s.LogContact(ContactStage.Before, Today, ContactForm.Phone, "电话沟通办理思路", UnitActor(world.Unit.Id), now, rules);
            s.Reply(new ReplyDraft("B", "已列入明年改造计划。", "张局长", Today, true, letter, [new CommitmentDraft("完成20台电梯加装", Today.AddMonths(6))]),
                UnitActor(world.Unit.Id), now, rules);
        });

        using var client = await DeputyClientAsync(world.CoSigner.Id);
        var page = await client.GetDocumentAsync($"/Deputy/Suggestions/Details/{suggestion.Id}");
        var main = page.QuerySelector("main")!.TextContent;
        main.Should().Contain(suggestion.Number).And.Contain("李建国").And.Contain("王秀英").And.Contain("附议");
        var part = page.QuerySelector(".unit-part")!.TextContent;
        part.Should().Contain("示例市住房和城乡建设局").And.Contain("办前：已见面").And.Contain("办中：未见面").And.Contain("电话沟通办理思路")
            .And.Contain("第1轮答复").And.Contain("B类：正在解决或已列入计划逐步解决").And.Contain("已列入明年改造计划。")
            .And.Contain("张局长").And.Contain("完成20台电梯加装").And.Contain(SuggestionMessages.OnlyLeadDeputyRates.Message);
        page.QuerySelector(".rating-form").Should().BeNull("a co-signer does not rate");
        page.QuerySelector("#timeline")!.TextContent.Should().Contain("交办").And.Contain("签收").And.Contain("联系代表").And.Contain("答复");

        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "关于加装电梯建议的答复函.pdf").GetAttribute("href")!;
        using var download = await client.GetAsync(link);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(Pdf);
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
    }

    [Fact]
    public async Task Another_deputys_suggestion_its_files_and_its_rating_answer_404_even_when_published()
    {
        var world = await Data.SuggestionWorldAsync();
        var letter = await StoredPdfAsync("答复函.pdf");
        var theirs = await RepliedAsync(world, letterFileId: letter);
        var outsider = await Data.DeputyAsync("赵志刚", "16003");
        var mine = await RepliedAsync(world with { Lead = outsider }, "关于规范共享单车停放的建议", withCoSigner: false);

        using var client = await DeputyClientAsync(outsider.Id);
        (await client.GetAsync($"/Deputy/Suggestions/Details/{theirs.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Deputy/Suggestions/File/{theirs.Id}/{letter}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Deputy/Suggestions/File/{mine.Id}/{letter}")).StatusCode.Should().Be(HttpStatusCode.NotFound,
            "the file is not this suggestion's");
        (await client.GetAsync("/Deputy/Suggestions/Details/999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using (var anonymous = AnonymousClient())
            (await anonymous.GetAsync($"/Suggestions/Details/{theirs.Id}")).StatusCode.Should().Be(HttpStatusCode.OK, "it is published");

        // A real rating form of the outsider's own suggestion, pointed at the other suggestion's reply.
        var page = await client.GetDocumentAsync($"/Deputy/Suggestions/Details/{mine.Id}");
        var form = page.QuerySelector<IHtmlFormElement>(RateForm(LatestReply(mine)))!;
        form.SetAttribute("action", $"/Deputy/Suggestions/Details/{theirs.Id}?handler=Rate");
        using var response = await client.SubmitFormAsync(page, new Dictionary<string, string?>
        {
            ["Rate.Rating"] = nameof(Satisfaction.Unsatisfied),
            ["Rate.Comment"] = "不满意",
            ["Rate.ReplyId"] = LatestReply(theirs).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Rate.Version"] = theirs.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, RateForm(LatestReply(mine)));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var after = await LoadAsync(theirs.Id);
        after.Status.Should().Be(SuggestionStatus.Replied);
        LatestReply(after).Rating.Should().BeNull();
        after.Version.Should().Be(theirs.Version);
    }

    [Fact]
    public async Task The_lead_deputy_rates_a_reply_satisfied()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await RepliedAsync(world);
        var reply = LatestReply(suggestion);

        using var client = await DeputyClientAsync(world.Lead.Id);
        var url = $"/Deputy/Suggestions/Details/{suggestion.Id}";
        var page = await client.GetDocumentAsync(url);
        var due = Display(LatestReply(suggestion).RatingDueOn);
        page.QuerySelector(RateForm(reply))!.TextContent.Should().Contain($"请在{due}前评价");

        using var response = await client.SubmitFormAsync(page, Rating(nameof(Satisfaction.Satisfied), "办理认真，效果明显。"), RateForm(reply));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await LoadAsync(suggestion.Id);
        LatestReply(after).Rating.Should().Be(Satisfaction.Satisfied);
        LatestReply(after).RatingComment.Should().Be("办理认真，效果明显。");
        after.Status.Should().Be(SuggestionStatus.Replied, "staff close it");

        var shown = await client.GetDocumentAsync(url);
        shown.QuerySelector(".rating-form").Should().BeNull();
        shown.QuerySelector($"#reply-{reply.Id} .reply-rating")!.TextContent.Should().Contain("满意").And.Contain("办理认真，效果明显。");
        shown.QuerySelector(".alert-success")!.TextContent.Should().Contain("评价已提交");
    }

    [Fact]
    public async Task Unsatisfied_without_a_comment_is_refused_next_to_the_comment_field_and_the_choice_is_kept()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await RepliedAsync(world);
        var reply = LatestReply(suggestion);

        using var client = await DeputyClientAsync(world.Lead.Id);
        using var response = await client.SubmitFormAsync($"/Deputy/Suggestions/Details/{suggestion.Id}",
            Rating(nameof(Satisfaction.Unsatisfied), ""), RateForm(reply));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Rate.Comment").Should().Be(SuggestionMessages.UnsatisfiedNeedsComment.Message);
        page.QuerySelector<IHtmlInputElement>($"#rating-{reply.Id}-{nameof(Satisfaction.Unsatisfied)}")!.IsChecked.Should().BeTrue();
        (await LoadAsync(suggestion.Id)).Status.Should().Be(SuggestionStatus.Replied);
    }

    [Fact]
    public async Task A_rating_without_a_choice_is_refused_and_the_typed_comment_is_kept()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await RepliedAsync(world);
        var reply = LatestReply(suggestion);

        using var client = await DeputyClientAsync(world.Lead.Id);
        using var response = await client.SubmitFormAsync($"/Deputy/Suggestions/Details/{suggestion.Id}",
            Rating(null, "电梯加装进度还要加快。"), RateForm(reply));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Rate.Rating").Should().Be("请选择评价结果。");
        page.QuerySelector<IHtmlTextAreaElement>($"#comment-{reply.Id}")!.Value.Should().Be("电梯加装进度还要加快。");
        LatestReply(await LoadAsync(suggestion.Id)).Rating.Should().BeNull();
    }

    [Fact]
    public async Task Unsatisfied_sends_the_reply_back_for_rehandling_and_the_next_reply_is_rated_again_with_every_round_kept()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await RepliedAsync(world);
        var first = LatestReply(suggestion);

        using var client = await DeputyClientAsync(world.Lead.Id);
        var url = $"/Deputy/Suggestions/Details/{suggestion.Id}";
        using (var response = await client.SubmitFormAsync(url, Rating(nameof(Satisfaction.Unsatisfied), "只答复了计划，没有落实。"), RateForm(first)))
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var rehandling = await LoadAsync(suggestion.Id);
        rehandling.Status.Should().Be(SuggestionStatus.Rehandling);
        var assignment = rehandling.Assignments.Single();
        assignment.State.Should().Be(AssignmentState.Rehandling);
        assignment.DueOn.Should().BeOnOrAfter(Today.AddMonths(2), "re-handling has two months");
        var page = await client.GetDocumentAsync(url);
        page.QuerySelector(".unit-part")!.TextContent.Should().Contain($"重新办理（第2轮，答复期限{Display(assignment.DueOn)}）");
        page.QuerySelector(".rating-form").Should().BeNull();

        App.Clock.Advance(TimeSpan.FromDays(14));
        var second = LatestReply(await Data.ActAsync(suggestion.Id, (s, rules, now, letter) =>
            s.Reply(TestData.ReplyA(Today, letter()) with { Text = "已完成加装并投入使用。" }, UnitActor(world.Unit.Id), now, rules)));
        second.Round.Should().Be(2);
        // Two weeks later the deputy signs in again (sessions end after 30 idle minutes).
        using var later = await SignInAgainAsync(world.Lead.Id);
        using (var response = await later.SubmitFormAsync(url, Rating(nameof(Satisfaction.BasicallySatisfied), null), RateForm(second)))
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var rounds = await later.GetDocumentAsync(url);
        rounds.QuerySelector($"#reply-{first.Id}")!.TextContent.Should().Contain("第1轮答复").And.Contain("不满意").And.Contain("只答复了计划，没有落实。");
        rounds.QuerySelector($"#reply-{second.Id}")!.TextContent.Should().Contain("第2轮答复").And.Contain("已完成加装并投入使用。").And.Contain("基本满意");
        (await LoadAsync(suggestion.Id)).Status.Should().Be(SuggestionStatus.Replied);
    }

    [Fact]
    public async Task A_rating_after_the_window_is_refused()
    {
        var world = await Data.SuggestionWorldAsync();
        var late = await RepliedAsync(world);
        var reply = LatestReply(late);
        // 20 working days are at least four weeks. (The session would have expired: the deputy signs in afterwards.)
        App.Clock.Advance(TimeSpan.FromDays(35));
        var open = await RepliedAsync(world, "关于规范共享单车停放的建议");

        using var client = await DeputyClientAsync(world.Lead.Id);
        var page = await client.GetDocumentAsync($"/Deputy/Suggestions/Details/{late.Id}");
        page.QuerySelector(".rating-form").Should().BeNull();
        page.QuerySelector($"#reply-{reply.Id}")!.TextContent.Should().Contain($"尚未评价（评价期限至{Display(reply.RatingDueOn)}）").And.Contain(SuggestionMessages.RatingWindowPassed.Message);

        // The rating form of a reply still open, posted for the late one: the domain refuses it.
        var other = await client.GetDocumentAsync($"/Deputy/Suggestions/Details/{open.Id}");
        var form = other.QuerySelector<IHtmlFormElement>(RateForm(LatestReply(open)))!;
        form.SetAttribute("action", $"/Deputy/Suggestions/Details/{late.Id}?handler=Rate");
        using var response = await client.SubmitFormAsync(other, new Dictionary<string, string?>
        {
            ["Rate.Rating"] = nameof(Satisfaction.Satisfied),
            ["Rate.ReplyId"] = reply.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Rate.Version"] = late.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, RateForm(LatestReply(open)));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ((await PortalClient.ParseAsync(response)).QuerySelector("#form-failed")?.TextContent ?? "").Should().Contain(SuggestionMessages.RatingWindowPassed.Message);
        LatestReply(await LoadAsync(late.Id)).Rating.Should().BeNull();
    }

    [Fact]
    public async Task A_rating_on_a_page_someone_changed_meanwhile_is_refused_with_a_conflict_message()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await RepliedAsync(world);
        var reply = LatestReply(suggestion);

        using var client = await DeputyClientAsync(world.Lead.Id);
        var loaded = await client.GetDocumentAsync($"/Deputy/Suggestions/Details/{suggestion.Id}");
        await Data.ActAsync(suggestion.Id, (s, rules, now) => s.LogContact(ContactStage.After, Today, ContactForm.InPerson, null, UnitActor(world.Unit.Id), now, rules));

        using var response = await client.SubmitFormAsync(loaded, Rating(nameof(Satisfaction.Satisfied), null), RateForm(reply));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        (page.QuerySelector("#form-failed")?.TextContent ?? "").Should().Contain("其他人已处理了这件建议");
        page.QuerySelector(".unit-part")!.TextContent.Should().Contain("办后：已见面", "the page shows the latest state");
        LatestReply(await LoadAsync(suggestion.Id)).Rating.Should().BeNull();
    }

    [Fact]
    public async Task Html_typed_into_a_title_is_shown_as_text()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await Data.SuggestionAsync(world, "<script>alert('x')</script>关于路灯的建议");

        using var client = await DeputyClientAsync(world.Lead.Id);
        using var response = await client.GetAsync($"/Deputy/Suggestions/Details/{suggestion.Id}");
        var source = await response.Content.ReadAsStringAsync();
        source.Should().NotContain("<script>alert").And.Contain("&lt;script&gt;");
    }

    private static string Display(DateOnly date) => ChinaTime.FormatDate(date);
}
