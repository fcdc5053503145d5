using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Regulations;

/// <summary>
/// Shared steps of the staff regulation library tests: a sample text, regulations entered and published through the
/// store as the pages do, posts through a form's own buttons (the text component's 识别结构 posts to the page's Detect
/// handler), the stored regulation.
/// </summary>
public abstract class RegulationTest(PortalAppFactory app) : Suggestions.StaffSuggestionTest(app)
{
    protected static readonly Actor Clerk = Actor.Staff("测试工作人员");

    protected const string SampleTitle = "示例市古树名木保护条例";

    /// <summary>A regulation's text as pasted: title, 题注, two chapters, four articles, a paragraph and two items.</summary>
    protected static string SampleText(string title = SampleTitle, string extra = "") => $"""
        {title}
        （2019年6月28日示例市第十五届人民代表大会常务委员会第二十次会议通过　2019年9月26日某省第十三届人民代表大会常务委员会第十二次会议批准）
        第一章　总则
        第一条　为了加强古树名木保护，根据有关法律、法规，结合本市实际，制定本条例。
        第二条　本条例适用于本市行政区域内古树名木的保护和管理。
        本条例所称古树，是指树龄在一百年以上的树木。
        第二章　保护措施
        第三条　禁止下列损害古树名木的行为：
        （一）刻划、钉钉、缠绕绳索；
        （二）剥损树皮、掘根。
        第四条　违反本条例规定的，由园林绿化主管部门责令改正。{extra}
        """;

    protected static string DetailsPage(int id) => $"/Staff/Regulations/Details/{id}";

    protected static string EditPage(int id) => $"/Staff/Regulations/EditVersion/{id}";

    protected const string ImportPage = "/Staff/Regulations/Import";

    protected static RegulationVersionDraft Draft(string announcement, DateOnly promulgatedOn, LegislationKind kind = LegislationKind.Enact, string title = SampleTitle) =>
        new(title, kind, announcement, promulgatedOn.AddDays(-60), promulgatedOn.AddDays(-10), promulgatedOn, promulgatedOn.AddDays(30), null);

    protected static StatuteText Statute(string title = SampleTitle, string extra = "") => StatuteDetector.Detect(SampleText(title, extra)).Text;

    /// <summary>A regulation entered through the store (first version pending), as the import page does.</summary>
    protected Task<int> RegulationAsync(string announcement = "示例市人大常委会公告第1号", DateOnly? promulgatedOn = null, string title = SampleTitle,
        LegislativeField field = LegislativeField.Ecology) =>
        StoreAsync(store => store.CreateAsync(field, Draft(announcement, promulgatedOn ?? new DateOnly(2019, 10, 1), title: title), Statute(title), null, Clerk, default));

    protected async Task<int> PublishedAsync(string announcement = "示例市人大常委会公告第1号", DateOnly? promulgatedOn = null, string title = SampleTitle)
    {
        var id = await RegulationAsync(announcement, promulgatedOn, title);
        await ActAsync(id, (store, version) => store.PublishAsync(id, version, Clerk, default));
        return id;
    }

    /// <summary>Runs a store command on a saved regulation at its current row version, as a page would; fails the test if refused.</summary>
    protected async Task<int> ActAsync(int id, Func<RegulationStore, uint, Task<Web.Infrastructure.CommandResult<int>>> act)
    {
        var version = await DbAsync(db => db.Regulations.AsNoTracking().Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        return await StoreAsync(store => act(store, version));
    }

    protected Task<int> StoreAsync(Func<RegulationStore, Task<Web.Infrastructure.CommandResult<int>>> act) =>
        ServiceAsync<RegulationStore, int>(async store =>
        {
            var result = await act(store);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
            return result.Value;
        });

    protected Task<Regulation> SavedAsync(int regulationId) =>
        DbAsync(db => db.Regulations.Include(r => r.Versions).AsNoTracking().SingleAsync(r => r.Id == regulationId));

    /// <summary>
    /// Submits the form of <paramref name="document"/> through one of its buttons, as a browser does: to the button's
    /// formaction when it has one (识别结构 → the page's Detect handler), with the button's name and value.
    /// </summary>
    protected static Task<HttpResponseMessage> ClickAsync(PortalClient client, IHtmlDocument document, string formSelector, string buttonSelector,
        IReadOnlyList<(string Name, string? Value)> fields, IReadOnlyList<(string Name, string FileName, byte[] Content)>? files = null)
    {
        var form = document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}'");
        var button = form.QuerySelector<IHtmlButtonElement>(buttonSelector) ?? throw new InvalidOperationException($"No button '{buttonSelector}' in '{formSelector}'");
        if (button.GetAttribute("formaction") is { Length: > 0 } action) form.SetAttribute("action", action);
        var values = fields.ToList();
        if (!string.IsNullOrEmpty(button.Name)) values.Add((button.Name, button.Value));
        return client.PostFormAsync(document, formSelector, values, files);
    }

    /// <summary>The line kinds as the page shows them (one select per line), in order.</summary>
    protected static List<string> LineKinds(IHtmlDocument page, string prefix) =>
        [.. page.QuerySelectorAll<IHtmlSelectElement>($"select[name='{prefix}.Text.LineKind']").Select(s => s.Value ?? "")];

    protected static List<string> LineTexts(IHtmlDocument page, string prefix) =>
        [.. page.QuerySelectorAll<IHtmlInputElement>($"input[name='{prefix}.Text.LineText']").Select(i => i.Value)];

    /// <summary>The message shown with the text component of the form under <paramref name="prefix"/>.</summary>
    protected static string TextError(IHtmlDocument page, string prefix) =>
        string.Join(" ", page.QuerySelectorAll($"#{prefix.ToLowerInvariant()}-text-input .statute-input-error").Select(e => e.TextContent.Trim()));

    /// <summary>Every line kind posted again, with the one at <paramref name="index"/> changed.</summary>
    protected static IEnumerable<(string Name, string? Value)> KindsWith(IHtmlDocument page, string prefix, int index, StatuteLineKind kind) =>
        LineKinds(page, prefix).Select((k, i) => ($"{prefix}.Text.LineKind", (string?)(i == index ? kind.ToString() : k)));
}
