using System.Diagnostics;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Infrastructure.Word;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.UnitDesk;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// Every Word document of the suggestion paperwork, downloaded through the app, opens in a second reader: LibreOffice
/// (test.sh installs libreoffice-writer-nogui and poppler-utils) converts it to PDF, and the PDF's text holds the title.
/// Without LibreOffice the test fails: a reader check that silently passes would prove nothing.
/// </summary>
public sealed class WordFilesInLibreOfficeTests(PortalAppFactory app) : UnitDeskTest(app)
{
    [Fact]
    public async Task Notice_reply_template_opinion_form_and_handling_report_convert_to_pdf_with_their_titles()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId, OtherUnitId], mode: HandlingMode.Joint);
        await Data.ActAsync(suggestion.Id, (s, _, now) => s.SendOpinion("同意主办单位意见。", UnitActor(OtherUnitId), now));
        await Data.ActAsync(suggestion.Id, (s, rules, now, letter) => s.Reply(new ReplyDraft("B", "已列入明年计划。", "张局长", Today, true, letter(),
            [new CommitmentDraft("完成可行性研究", Today.AddMonths(6))]), UnitActor(UnitId), now, rules));
        var staff = await SignedInClientAsync(PortalRole.Staff);
        var unit = await UnitClientAsync(UnitId);
        var on = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var documents = new (string Name, HttpResponseMessage Response, string Title)[]
        {
            ("notice", await staff.GetAsync($"/Staff/Suggestions/Notice?unitId={UnitId}&on={on}"), "关于交办市十六届人大五次会议代表建议的通知"),
            ("reply", await unit.GetAsync($"/Unit/Suggestions/{suggestion.Id}/ReplyTemplate"), SuggestionDocuments.ReplyTitle(suggestion.Number)),
            ("opinion", await staff.GetAsync($"/Staff/Suggestions/{suggestion.Id}/OpinionForm"), SuggestionDocuments.OpinionTitle),
            ("report", await staff.GetAsync($"/Staff/Suggestions/HandlingReport?handler=Draft&sessionId={World.Session.Id}"), "代表建议办理情况的报告"),
        };
        var folder = Directory.CreateTempSubdirectory("paperwork-");
        try
        {
            foreach (var (name, response, _) in documents)
            {
                await WordFile.ReadAsync(response);
                await File.WriteAllBytesAsync(Path.Combine(folder.FullName, name + ".docx"), await response.Content.ReadAsByteArrayAsync());
            }

            // One LibreOffice start for all four, with a profile of its own (tests may run next to a user's LibreOffice).
            var (code, output) = await RunAsync("libreoffice", ["-env:UserInstallation=file://" + Path.Combine(folder.FullName, "profile"), "--headless",
                "--convert-to", "pdf", "--outdir", folder.FullName, .. documents.Select(d => Path.Combine(folder.FullName, d.Name + ".docx"))]);
            code.Should().Be(0, output);

            foreach (var (name, _, title) in documents)
            {
                var pdf = Path.Combine(folder.FullName, name + ".pdf");
                File.Exists(pdf).Should().BeTrue($"LibreOffice converts {name}.docx: {output}");
                var (textCode, text) = await RunAsync("pdftotext", ["-enc", "UTF-8", pdf, "-"]);
                textCode.Should().Be(0);
                Flat(text).Should().Contain(Flat(title), $"{name}.pdf shows its title");
                // To look at the pages by hand (pdftoppm -png): PAPERWORK_PDF_DIR=/tmp/paperwork dotnet test --filter …
                if (Environment.GetEnvironmentVariable("PAPERWORK_PDF_DIR") is { Length: > 0 } keep)
                {
                    Directory.CreateDirectory(keep);
                    File.Copy(pdf, Path.Combine(keep, name + ".pdf"), overwrite: true);
                    File.Copy(Path.ChangeExtension(pdf, ".docx"), Path.Combine(keep, name + ".docx"), overwrite: true);
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The text without white space: a long title wraps onto a second line in the PDF.</summary>
    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static async Task<(int Code, string Output)> RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
