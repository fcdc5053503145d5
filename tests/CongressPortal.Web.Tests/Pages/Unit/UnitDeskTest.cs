using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

// Not "…Pages.Unit": keeps the test namespaces beside it free of a "Unit" name (as DeputyDesk does for Deputy).
namespace CongressPortal.Web.Tests.Pages.UnitDesk;

/// <summary>What the unit desk tests share: a suggestion world, suggestions assigned to units, files, form fields.</summary>
public abstract class UnitDeskTest(PortalAppFactory app) : WebTest(app)
{
    /// <summary>A minimal PDF: the content, not the name, decides what a file is.</summary>
    protected static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    protected static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    protected static readonly Actor StaffActor = Actor.Staff("测试工作人员");

    protected TestData.SuggestionWorld World { get; private set; } = null!;

    protected int UnitId => World.Unit.Id;

    protected int OtherUnitId => World.OtherUnit.Id;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        World = await Data.SuggestionWorldAsync();
    }

    protected static string DetailsUrl(int id) => $"/Unit/Suggestions/Details/{id}";

    protected Task<PortalClient> UnitClientAsync(int unitId) => SignedInClientAsync(PortalRole.HandlingUnit, unitId: unitId);

    protected DateOnly Today => ChinaTime.Today(App.Clock.GetUtcNow());

    protected static Actor UnitActor(int unitId) => Actor.Unit(unitId, "测试承办人");

    /// <summary>
    /// Registers and assigns a suggestion today: split handling to <paramref name="units"/>, or joint handling with the
    /// first unit as lead. Each unit accepts it when <paramref name="accepted"/>.
    /// </summary>
    protected async Task<Suggestion> AssignedAsync(string title, int[] units, bool accepted = true, HandlingMode mode = HandlingMode.Split, TestData.SuggestionWorld? world = null)
    {
        var registered = await Data.SuggestionAsync(world ?? World, title);
        return await Data.ActAsync(registered.Id, (s, rules, now) =>
        {
            s.Accept(StaffActor, now);
            s.Assign(mode, units, mode == HandlingMode.Joint ? units[0] : null, StaffActor, now, rules);
            if (accepted)
            {
                foreach (var unit in units) s.AcceptAssignment(UnitActor(unit), now);
            }
        });
    }

    /// <summary>The whole suggestion as saved, read fresh.</summary>
    protected Task<Suggestion> LoadAsync(int id) =>
        DbAsync(db => SuggestionStore.WithEverything(db.Suggestions).AsNoTracking().SingleAsync(s => s.Id == id));

    protected async Task<SuggestionAssignment> AssignmentAsync(int suggestionId, int unitId) => (await LoadAsync(suggestionId)).AssignmentOf(unitId)!;

    protected Task<int> StoredFileCountAsync() => DbAsync(db => db.StoredFiles.CountAsync());

    /// <summary>Stores a file as staff would when registering, and attaches it to the suggestion.</summary>
    protected async Task<int> AttachAsync(int suggestionId, string fileName, byte[] content)
    {
        var fileId = await DbAsync(async db =>
        {
            var file = StoredFile.Accept(fileName, content, "测试工作人员", App.Clock.GetUtcNow());
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
        await Data.ActAsync(suggestionId, (s, _, now) => s.AddAttachment(fileId, fileName, StaffActor, now));
        return fileId;
    }

    protected static Dictionary<string, string?> ReplyFields(string classification, string text = "经研究，已将该小区列入今年加装电梯计划。", string signer = "张局长") => new()
    {
        ["Reply.ClassificationCode"] = classification,
        ["Reply.Text"] = text,
        ["Reply.Signer"] = signer,
    };

    protected static (string Name, string FileName, byte[] Content)[] Letter(string fileName, byte[] content) => [("Reply.Letter", fileName, content)];

    protected static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent ?? "";
}
