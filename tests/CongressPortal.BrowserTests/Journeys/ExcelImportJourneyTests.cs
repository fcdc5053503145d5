using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Infrastructure.Excel;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// A clerk imports a session's suggestions from Excel with the script on (excel-import.js): the file goes up with its
/// progress shown, a row received long after the session is listed for checking, and ticking the box — the chosen file
/// stays chosen — imports the batch.
/// </summary>
public sealed class ExcelImportJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Staff_confirm_a_late_received_date_and_the_batch_is_imported_without_choosing_the_file_again()
    {
        var world = await Data.SuggestionWorldAsync();
        await SignInAsync(Page, await UserForRoleAsync(PortalRole.Staff));
        // The session closed on 14 January; 20 February is 37 days later.
        var file = XlsxFile.Write([new XlsxSheet(SuggestionSheet.SheetName,
        [
            SuggestionSheet.Import.Headers,
            ["关于增设社区食堂的建议", "建议在老旧小区增设社区食堂。", "李建国", "王秀英", world.Category.Name, "2026-01-12"],
            ["关于延长公交末班车的建议", "建议延长主要线路末班车时间。", "王秀英", null, world.Category.Name, "2026-02-20"],
        ], SuggestionSheet.Import.Widths)]);
        await Page.GotoAsync("/Staff/Suggestions/Import");
        var submit = Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "检查并导入" });

        await Page.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "代表建议.xlsx", MimeType = XlsxFile.ContentType, Buffer = file });
        await submit.ClickAsync();

        await Page.Locator("#import-warnings").WaitForAsync();
        (await Page.Locator("#import-warnings tbody tr").AllInnerTextsAsync()).Should().ContainSingle().Which.Should().Contain("2026-02-20");
        (await Page.Locator("#upload").EvaluateAsync<int>("input => input.files.length")).Should().Be(1, "the file stays chosen for the confirmation");
        await ScreenshotAsync(Page, "issue10-01-import-confirm-late-date");

        await Page.GetByLabel("我已核对上述收到日期，确认导入").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "检查并导入" }).ClickAsync();

        await Page.Locator("#import-summary").WaitForAsync();
        (await Page.Locator("#import-summary").InnerTextAsync()).Should().Contain("2 件建议已导入");
        new Uri(Page.Url).Query.Should().Be($"?session={world.Session.Id}", "the address is the page the import redirected to");
        SeriousConsoleErrors.Should().BeEmpty();
    }
}
