using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Pages.Unit.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.UnitDesk.Suggestions;

public sealed class DetailsReplyTests(PortalAppFactory app) : UnitDeskTest(app)
{
    [Fact]
    public async Task The_unit_accepts_then_replies_with_a_signed_PDF_letter_that_it_can_download_again()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId], accepted: false);
        using var client = await UnitClientAsync(UnitId);

        using var accepted = await client.SubmitFormAsync(DetailsUrl(suggestion.Id), new Dictionary<string, string?>(), "#form-accept");
        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AssignmentAsync(suggestion.Id, UnitId)).Should().BeEquivalentTo(new { State = AssignmentState.Accepted, AcceptedOn = (DateOnly?)new DateOnly(2026, 3, 2) });

        var form = await client.GetDocumentAsync(DetailsUrl(suggestion.Id));
        Text(form, "#form-reply fieldset").Should().Contain("A 已解决或基本解决").And.Contain("B 正在解决或已列入计划逐步解决（须列出承诺事项）");
        form.QuerySelector<IHtmlInputElement>("#Reply_SignedOn")!.Value.Should().Be("2026-03-02", "the reply date defaults to today");
        form.QuerySelector<IHtmlInputElement>("#Reply_IsPublishable")!.IsChecked.Should().BeTrue();
        Text(form, "#form-reply").Should().Contain("涉及国家秘密、商业秘密或个人隐私的");
        form.QuerySelectorAll("#commitment-rows tbody tr").Should().HaveCount(3, "three rows work without script");

        var fields = ReplyFields("A");
        fields["Reply.IsPublishable"] = "false";
        using var replied = await client.SubmitMultipartFormAsync(DetailsUrl(suggestion.Id), fields, Letter("住建局答复函.pdf", Pdf), "#form-reply");

        replied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var saved = await LoadAsync(suggestion.Id);
        saved.Status.Should().Be(SuggestionStatus.Replied);
        var reply = saved.AssignmentOf(UnitId)!.Replies.Should().ContainSingle().Subject;
        reply.Should().BeEquivalentTo(new { Round = 1, Classification = "A", Signer = "张局长", SignedOn = new DateOnly(2026, 3, 2), FiledOn = new DateOnly(2026, 3, 2), IsPublishable = false, OnTime = true, IsPublished = false });
        var letter = await DbAsync(db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.Id == reply.LetterFileId));
        letter.Kind.Should().Be(FileKind.Pdf);
        letter.FileName.Should().Be("住建局答复函.pdf");
        letter.Content.Take(8).Should().Equal("%PDF-1.4"u8.ToArray());

        var page = await client.GetDocumentAsync(DetailsUrl(suggestion.Id));
        Text(page, "#reply-1").Should().Contain("A 已解决或基本解决").And.Contain("承办单位不同意公开").And.Contain("等待代表工作机构审核").And.Contain("尚未评价").And.Contain("经研究，已将该小区列入今年加装电梯计划。");
        page.QuerySelector("#form-reply").Should().BeNull("the unit waits for the deputy's rating");
        var href = page.QuerySelector("#reply-1 a[href^='/Unit/Suggestions/File']")!.GetAttribute("href")!;
        using var download = await client.GetAsync(href);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(Pdf);

        using var other = await UnitClientAsync(OtherUnitId);
        (await other.GetAsync(href)).StatusCode.Should().Be(HttpStatusCode.NotFound, "another unit never gets this unit's letter");
    }

    [Fact]
    public async Task A_letter_is_judged_by_its_content_a_PNG_named_pdf_is_accepted_and_a_text_file_named_pdf_is_refused_next_to_the_file_field()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        using var client = await UnitClientAsync(UnitId);

        using var refused = await client.SubmitMultipartFormAsync(DetailsUrl(suggestion.Id), ReplyFields("A"), Letter("答复函.pdf", "这不是PDF文件，只是文字。"u8.ToArray()), "#form-reply");

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(refused);
        page.FieldError("Reply.Letter").Should().Be(FileMessages.WrongKind.Message);
        Text(page, "#reselect-letter").Should().Be(DetailsModel.ReselectLetter);
        page.QuerySelector<IHtmlTextAreaElement>("#Reply_Text")!.Value.Should().Be("经研究，已将该小区列入今年加装电梯计划。");
        (await LoadAsync(suggestion.Id)).AssignmentOf(UnitId)!.Replies.Should().BeEmpty();
        (await StoredFileCountAsync()).Should().Be(0, "a refused reply leaves no file behind");

        using var missing = await client.SubmitMultipartFormAsync(DetailsUrl(suggestion.Id), ReplyFields("A"), [], "#form-reply");
        (await PortalClient.ParseAsync(missing)).FieldError("Reply.Letter").Should().Be(SuggestionMessages.LetterRequired.Message);

        using var accepted = await client.SubmitMultipartFormAsync(DetailsUrl(suggestion.Id), ReplyFields("A"), Letter("答复函扫描件.pdf", Png), "#form-reply");

        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var reply = (await LoadAsync(suggestion.Id)).AssignmentOf(UnitId)!.Replies.Single();
        (await DbAsync(db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.Id == reply.LetterFileId))).Kind.Should().Be(FileKind.Png);
    }

    [Fact]
    public async Task A_B_reply_without_commitments_is_refused_with_the_message_and_everything_typed_is_kept()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        App.Clock.Set(new DateTimeOffset(2026, 3, 10, 1, 0, 0, TimeSpan.Zero));
        using var client = await UnitClientAsync(UnitId);
        var fields = ReplyFields("B", "已列入明年老旧小区改造计划，分批加装电梯。", "李副局长");
        fields["Reply.SignedOn"] = "2026-03-05";
        fields["Reply.Commitments[1].PlannedOn"] = "2026-12-31";

        using var missingRow = await client.SubmitMultipartFormAsync(DetailsUrl(suggestion.Id), fields, Letter("答复函.pdf", Pdf), "#form-reply");
        (await PortalClient.ParseAsync(missingRow)).FieldError("Reply.Commitments[1].Description").Should().Be("请填写承诺事项，或清空这一行的计划完成日期。");

        fields.Remove("Reply.Commitments[1].PlannedOn");
        using var refused = await client.SubmitMultipartFormAsync(DetailsUrl(suggestion.Id), fields, Letter("答复函.pdf", Pdf), "#form-reply");

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(refused);
        page.FieldError("Reply.Commitments").Should().Be(SuggestionMessages.CommitmentsRequired.Message);
        page.QuerySelector("#form-failed").Should().NotBeNull();
        page.QuerySelector<IHtmlInputElement>("#reply-classification-B")!.IsChecked.Should().BeTrue();
        page.QuerySelector<IHtmlTextAreaElement>("#Reply_Text")!.Value.Should().Be("已列入明年老旧小区改造计划，分批加装电梯。");
        page.QuerySelector<IHtmlInputElement>("#Reply_Signer")!.Value.Should().Be("李副局长");
        page.QuerySelector<IHtmlInputElement>("#Reply_SignedOn")!.Value.Should().Be("2026-03-05");
        Text(page, "#reselect-letter").Should().Contain("请重新选择答复函文件");
        (await LoadAsync(suggestion.Id)).AssignmentOf(UnitId)!.Replies.Should().BeEmpty();

        // The user fills in the commitments on the re-shown form and chooses the file again.
        var form = page.QuerySelector<IHtmlFormElement>("#form-reply")!;
        form.QuerySelector<IHtmlInputElement>("#Reply_Commitments_0__Description")!.Value = "2026年底前完成12部电梯加装";
        form.QuerySelector<IHtmlInputElement>("#Reply_Commitments_0__PlannedOn")!.Value = "2026-12-31";
        form.QuerySelector<IHtmlInputElement>("#Reply_Commitments_1__Description")!.Value = "2027年6月前完成剩余8部";
        form.QuerySelector<IHtmlInputElement>("#Reply_Commitments_1__PlannedOn")!.Value = "2027-06-30";
        using var replied = await SubmitMultipartAsync(client, page, Letter("答复函.pdf", Pdf));

        replied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var reply = (await LoadAsync(suggestion.Id)).AssignmentOf(UnitId)!.Replies.Single();
        reply.Should().BeEquivalentTo(new { Classification = "B", Signer = "李副局长", SignedOn = new DateOnly(2026, 3, 5) });
        reply.Commitments.OrderBy(c => c.PlannedOn).Select(c => (c.Description, c.PlannedOn)).Should().Equal(
            ("2026年底前完成12部电梯加装", new DateOnly(2026, 12, 31)), ("2027年6月前完成剩余8部", new DateOnly(2027, 6, 30)));
    }

    [Fact]
    public async Task After_the_deputy_is_not_satisfied_the_unit_sees_why_and_replies_again_in_round_two()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        var replied = await Data.ActAsync(suggestion.Id, (s, rules, now, letter) => s.Reply(TestData.ReplyA(Today, letter()), UnitActor(UnitId), now, rules));
        var replyId = replied.AssignmentOf(UnitId)!.Replies.Single().Id;
        App.Clock.Advance(TimeSpan.FromDays(3));
        await Data.ActAsync(suggestion.Id, (s, rules, now) =>
            s.Rate(replyId, Satisfaction.Unsatisfied, "只开工了一部，其余没有时间表。", Actor.Deputy(World.Lead.Id, "李建国"), now, rules));
        using var client = await UnitClientAsync(UnitId);

        var page = await client.GetDocumentAsync(DetailsUrl(suggestion.Id));

        Text(page, "#rehandling-note").Should().Contain("代表对第1轮答复不满意").And.Contain("只开工了一部，其余没有时间表。");
        Text(page, "#reply-1 .reply-rating").Should().Contain("不满意").And.Contain("2026年3月5日").And.Contain("只开工了一部，其余没有时间表。");
        Text(page, "#reply-title").Should().Be("第2轮答复（重新办理）");
        Text(page, "#suggestion-status").Should().Contain("重新办理").And.Contain("第2轮");

        var fields = ReplyFields("B", "补充答复：其余8部电梯已排定工期。");
        fields["Reply.Commitments[0].Description"] = "2026年9月底前完成其余8部";
        fields["Reply.Commitments[0].PlannedOn"] = "2026-09-30";
        using var again = await client.SubmitMultipartFormAsync(DetailsUrl(suggestion.Id), fields, Letter("补充答复函.pdf", Pdf), "#form-reply");

        again.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var saved = await LoadAsync(suggestion.Id);
        saved.Status.Should().Be(SuggestionStatus.Replied);
        saved.AssignmentOf(UnitId)!.Replies.OrderBy(r => r.Round).Select(r => (r.Round, r.Classification, r.Rating))
            .Should().Equal((1, "A", Satisfaction.Unsatisfied), (2, "B", (Satisfaction?)null));
        var after = await client.GetDocumentAsync(DetailsUrl(suggestion.Id));
        Text(after, "#reply-2").Should().Contain("第2轮答复").And.Contain("补充答复：其余8部电梯已排定工期。");
        Text(after, "#reply-1").Should().Contain("只开工了一部", "every round is kept");
    }

    [Fact]
    public async Task Commitment_progress_is_posted_after_closing_and_reaching_100_marks_it_done()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        var replied = await Data.ActAsync(suggestion.Id, (s, rules, now, letter) => s.Reply(
            new ReplyDraft("B", "已列入计划。", "张局长", Today, true, letter(), [new CommitmentDraft("年内完成加装电梯12部", new DateOnly(2026, 12, 31))]),
            UnitActor(UnitId), now, rules));
        var reply = replied.AssignmentOf(UnitId)!.Replies.Single();
        var commitmentId = reply.Commitments.Single().Id;
        await Data.ActAsync(suggestion.Id, (s, rules, now) =>
        {
            s.Rate(reply.Id, Satisfaction.Satisfied, null, Actor.Deputy(World.Lead.Id, "李建国"), now, rules);
            s.Close(StaffActor, now, rules);
        });
        App.Clock.Set(new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero));
        using var client = await UnitClientAsync(UnitId);
        var form = $"#form-progress-{commitmentId}";

        using var half = await client.SubmitFormAsync(DetailsUrl(suggestion.Id), new Dictionary<string, string?>
        {
            ["Progress.Percent"] = "50",
            ["Progress.Note"] = "已完成6部电梯加装。",
        }, form);
        half.StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var backwards = await client.SubmitFormAsync(DetailsUrl(suggestion.Id), new Dictionary<string, string?>
        {
            ["Progress.Percent"] = "30",
            ["Progress.Note"] = "填错了。",
        }, form);
        var refused = await PortalClient.ParseAsync(backwards);
        Text(refused, "#form-progress").Should().Contain(SuggestionMessages.ProgressBackwards.Message);
        refused.QuerySelector<IHtmlInputElement>("#form-progress input[name='Progress.Note']")!.Value.Should().Be("填错了。");

        App.Clock.Set(new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero));
        using var november = await UnitClientAsync(UnitId);
        using var done = await november.SubmitFormAsync(DetailsUrl(suggestion.Id), new Dictionary<string, string?>
        {
            ["Progress.Percent"] = "100",
            ["Progress.Note"] = "12部电梯全部投入使用。",
        }, form);
        done.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var commitment = (await LoadAsync(suggestion.Id)).AssignmentOf(UnitId)!.Replies.Single().Commitments.Single();
        commitment.Should().BeEquivalentTo(new { Progress = 100, CompletedOn = (DateOnly?)new DateOnly(2026, 11, 20) });
        commitment.Updates.Select(u => (u.On, u.Progress)).Should().Equal((new DateOnly(2026, 7, 1), 50), (new DateOnly(2026, 11, 20), 100));
        var page = await november.GetDocumentAsync(DetailsUrl(suggestion.Id));
        Text(page, $"#commitment-{commitmentId} .commitment-progress").Should().Contain("已完成（2026年11月20日）");
        page.QuerySelector(form).Should().BeNull("a done commitment takes no more updates");
        Text(page, "#suggestion-status").Should().Contain("已办结");
    }

    /// <summary>Submits the reply form of <paramref name="page"/> as it now stands (values edited in the document), with the files.</summary>
    private static async Task<HttpResponseMessage> SubmitMultipartAsync(PortalClient client, IHtmlDocument page, (string Name, string FileName, byte[] Content)[] files)
    {
        var form = page.QuerySelector<IHtmlFormElement>("#form-reply")!;
        using var content = new MultipartFormDataContent();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) break;
                    content.Add(new StringContent(input.Value), input.Name);
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    content.Add(new StringContent(area.Value), area.Name);
                    break;
            }
        }
        foreach (var (name, fileName, bytes) in files) content.Add(new ByteArrayContent(bytes), name, fileName);
        return await client.Http.PostAsync(new Uri(form.Action, UriKind.RelativeOrAbsolute), content);
    }

    [Fact]
    public async Task A_letter_is_served_under_the_extension_of_its_checked_type_whatever_it_was_uploaded_as()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        using var client = await UnitClientAsync(UnitId);

        using var replied = await client.SubmitMultipartFormAsync(DetailsUrl(suggestion.Id), ReplyFields("A"), Letter("住建局答复函.exe", Pdf), "#form-reply");

        replied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await client.GetDocumentAsync(DetailsUrl(suggestion.Id));
        using var download = await client.GetAsync(page.QuerySelector("#reply-1 a[href^='/Unit/Suggestions/File']")!.GetAttribute("href")!);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var disposition = download.Content.Headers.ContentDisposition!;
        disposition.DispositionType.Should().Be("attachment");
        // RFC 5987: the Chinese name travels percent-encoded in filename*, and ends with the checked type's extension.
        disposition.FileNameStar.Should().Be("住建局答复函.pdf");
        download.Content.Headers.GetValues("Content-Disposition").Single().Should().Contain("filename*=UTF-8''%E4%BD%8F%E5%BB%BA%E5%B1%80%E7%AD%94%E5%A4%8D%E5%87%BD.pdf");
        download.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    public async Task A_zip_or_a_program_named_pdf_is_refused_at_upload()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        using var client = await UnitClientAsync(UnitId);
        var program = "MZ\u0090\u0000 This program cannot be run in DOS mode."u8.ToArray();
        var zip = ZipBombs.Build("readme.txt", 10);

        foreach (var content in new[] { program, zip })
        {
            using var refused = await client.SubmitMultipartFormAsync(DetailsUrl(suggestion.Id), ReplyFields("A"), Letter("答复函.pdf", content), "#form-reply");

            (await PortalClient.ParseAsync(refused)).FieldError("Reply.Letter").Should().Be(FileMessages.WrongKind.Message);
        }
        (await StoredFileCountAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_Word_letter_that_is_a_zip_bomb_is_refused_next_to_the_file_and_the_reply_text_is_kept(bool lyingHeader)
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        using var client = await UnitClientAsync(UnitId);

        using var refused = await client.SubmitMultipartFormAsync(DetailsUrl(suggestion.Id), ReplyFields("A"),
            Letter("答复函.docx", lyingHeader ? ZipBombs.LyingDocument : ZipBombs.Document), "#form-reply");

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(refused);
        page.FieldError("Reply.Letter").Should().Be(ZipGuard.TooLarge.Message);
        page.QuerySelector<IHtmlTextAreaElement>("#Reply_Text")!.Value.Should().Be("经研究，已将该小区列入今年加装电梯计划。");
        (await StoredFileCountAsync()).Should().Be(0);
    }
}
