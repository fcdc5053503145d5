using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.FilingReview;

/// <summary>登记备案文件: the filing date is the server's, lateness follows from it, refusals stand next to their fields.</summary>
public sealed class RegisterTests(PortalAppFactory app) : StaffFilingReviewTest(app)
{
    private const string Page = "/Staff/FilingReview/Register";

    private static List<(string, string?)> Fields(string title, string number, DateOnly publishedOn, FilingBody body = FilingBody.Government,
        NormativeDocumentKind kind = NormativeDocumentKind.GovernmentRule) =>
        [("Input.Body", body.ToString()), ("Input.Kind", kind.ToString()), ("Input.Title", title), ("Input.DocumentNumber", number),
            ("Input.PublishedOn", Iso(publishedOn)), ("Input.Summary", "摘要。")];

    [Fact]
    public async Task The_filing_date_is_today_on_the_server_and_a_filing_more_than_30_days_after_publication_is_flagged_late()
    {
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync(Page);
        Text(form, "#filed-on").Should().Contain("今天（登记日期）").And.Contain(Display.Date(Today));
        form.QuerySelector("[name='Input.FiledOn']").Should().BeNull("the filing date is never typed");

        using (var onTime = await PostAsync(staff, form, "#filing-form", Fields("示例市城市绿化管理办法", "示政规〔2026〕1号", Today.AddDays(-20))))
        {
            var id = RedirectedFilingId(onTime);
            var stored = await StoredFilingAsync(id);
            stored.FiledOn.Should().Be(Today);
            stored.IsLate.Should().BeFalse();
            (await staff.GetDocumentAsync(FilingPage(id))).QuerySelector("#late-notice").Should().BeNull();
        }

        // On 10 March by the server's clock, a document published on 1 February is filed on its 37th day.
        App.Clock.Set(At(new DateOnly(2026, 3, 10)));
        using var later = await StaffAsync("王登记");
        using var late = await PostAsync(later, Page, "#filing-form", Fields("示例市停车场管理办法", "示政规〔2026〕2号", new DateOnly(2026, 2, 1)));
        var lateId = RedirectedFilingId(late);
        var lateFiling = await StoredFilingAsync(lateId);
        lateFiling.FiledOn.Should().Be(new DateOnly(2026, 3, 10));
        lateFiling.IsLate.Should().BeTrue();
        Text(await later.GetDocumentAsync(FilingPage(lateId)), "#late-notice").Should().Contain("逾期报备：公布后第 37 天报备");
        Text(await later.GetDocumentAsync("/Staff/FilingReview?late=true"), "#filings").Should().Contain("示例市停车场管理办法").And.NotContain("示例市城市绿化管理办法");
    }

    [Fact]
    public async Task Refusals_stand_next_to_their_fields_and_keep_what_was_typed()
    {
        using var staff = await StaffAsync();
        using (var empty = await PostAsync(staff, Page, "#filing-form", [("Input.Title", "示例市城市绿化管理办法")]))
        {
            var page = await RefusedAsync(empty);
            page.FieldError("Input.Body").Should().Be("请选择制定机关");
            page.FieldError("Input.DocumentNumber").Should().Be("请填写文号");
            page.FieldError("Input.PublishedOn").Should().Be("请填写公布日期");
            Value(page, "Input.Title").Should().Be("示例市城市绿化管理办法");
        }
        using (var wrongKind = await PostAsync(staff, Page, "#filing-form",
            Fields("示例市城市绿化管理办法", "示政规〔2026〕1号", Today.AddDays(-3), FilingBody.Government, NormativeDocumentKind.JudicialNormative)))
        {
            var page = await RefusedAsync(wrongKind);
            page.FieldError("Input.Kind").Should().Be(LegislationMessages.KindNotOfBody.Message);
            Value(page, "Input.DocumentNumber").Should().Be("示政规〔2026〕1号");
        }
        using (var future = await PostAsync(staff, Page, "#filing-form", Fields("示例市城市绿化管理办法", "示政规〔2026〕1号", Today.AddDays(1))))
            (await RefusedAsync(future)).FieldError("Input.PublishedOn").Should().Be(LegislationMessages.DocumentPublishedInFuture.Message);

        await FilingAsync(Draft(number: "示政规〔2026〕1号"));
        using var duplicate = await PostAsync(staff, Page, "#filing-form", Fields("另一件文件", "示政规〔2026〕1号", Today.AddDays(-3)));
        var again = await RefusedAsync(duplicate);
        again.FieldError("Input.DocumentNumber").Should().Be(LegislationMessages.DuplicateDocumentNumber.Message);
        Value(again, "Input.Title").Should().Be("另一件文件");
        (await CountAsync<NormativeDocumentFiling>()).Should().Be(1);

        // The same number from another body is another document.
        using var court = await PostAsync(staff, Page, "#filing-form",
            Fields("关于审理案件的指导意见", "示政规〔2026〕1号", Today.AddDays(-3), FilingBody.Court, NormativeDocumentKind.JudicialNormative));
        RedirectedFilingId(court);
    }

    private static int RedirectedFilingId(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect, "the registration should succeed");
        var location = response.Headers.Location!.OriginalString;
        location.Should().StartWith("/Staff/FilingReview/Details/");
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
