using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Staff.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Regulations;

/// <summary>
/// One regulation in the library as staff keep it: its versions (each with its 公告 and dates, published or waiting), the
/// text of the version waiting to be published with what the detection asks staff to check, the repeal, and the forms of
/// what staff may do now (<see cref="Regulation.AvailableActions"/>): correct the pending version (its own page), publish
/// it, register the text after an amendment (starting from the current text if staff like), record the repeal.
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes, ValueCountLimit = StatuteInput.FormValueCountLimit)]
public sealed class DetailsModel(DetailsModel.Handler handler, RegulationStore store) : ActionFormsPage
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public RegulationView View { get; private set; } = null!;

    public VersionCommand AddVersion { get; private set; } = new();

    public RepealCommand Repeal { get; private set; } = new();

    /// <summary>The new version's form came back from reading its text (nothing saved yet): it is shown as posted.</summary>
    public bool Detecting { get; private set; }

    public IReadOnlyList<SelectListItem> Kinds => RegulationChoices.LaterKinds(AddVersion.Kind);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(Id, User.AsStaff(), ct);
        if (view is null) return NotFound();
        View = view;
        if (!Failed(Forms.AddVersion) && !Detecting) AddVersion = new VersionCommand { Title = view.Regulation.CurrentVersion?.Title };
        if (!Failed(Forms.Repeal)) Repeal = new RepealCommand();
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Publish, null, () => store.PublishAsync(Id, version, User.AsStaff(), ct), "已公开到法规库。", ct);

    public Task<IActionResult> OnPostAddVersionAsync(uint version, [Bind(Prefix = Forms.AddVersion)] VersionCommand input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        AddVersion = input;
        var text = ModelState.IsValid ? input.ResolveText(ModelState, Forms.AddVersion) : null;
        return ActAsync(Forms.AddVersion, input, () => store.AddVersionAsync(Id, version, input.ToDraft(input.Kind, text!), text!, null, User.AsStaff(), ct),
            "已登记修改后的新版本（未公开）。请核对条文和日期后公开到法规库。", ct);
    }

    /// <summary>
    /// The new version's text: “从现行文本开始” loads the text in force line by line (to edit it, “重新识别” puts it in the
    /// text box); “识别结构”, “更新预览”, “重新识别” read the text posted. Nothing is saved, everything typed comes back.
    /// </summary>
    public async Task<IActionResult> OnPostDetectAsync([Bind(Prefix = Forms.AddVersion)] VersionCommand input, bool startFromCurrent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        AddVersion = input;
        Detecting = true;
        StatuteInput.SetAsideErrors(ModelState);
        if (startFromCurrent)
        {
            if (await handler.CurrentTextAsync(Id, ct) is { } current) input.Text.Load(current);
        }
        else if (await input.Text.DetectAsync(HttpContext.GetZipLimits(), ct) is { } refusal)
        {
            input.Text.AddTo(ModelState, refusal, VersionCommand.TextKey(Forms.AddVersion));
        }
        return await ShowAsync(ct);
    }

    public Task<IActionResult> OnPostRepealAsync(uint version, [Bind(Prefix = Forms.Repeal)] RepealCommand input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        Repeal = input;
        return ActAsync(Forms.Repeal, input, () => store.RepealAsync(Id, version, input.ToDraft(), null, User.AsStaff(), ct), "已登记废止。", ct);
    }

    public static class Forms
    {
        public const string Publish = "Publish";
        public const string AddVersion = "AddVersion";
        public const string Repeal = "Repeal";
    }

    /// <summary>废止: its 公告, the day it was announced and the day the regulation ceases to have effect (named like <see cref="RepealDraft"/>).</summary>
    public sealed record RepealCommand
    {
        [Required(ErrorMessage = "请填写废止公告的编号"), Display(Name = "公告编号")]
        public string? AnnouncementNumber { get; init; }

        [Required(ErrorMessage = "请填写公告日期"), Display(Name = "公告日期")]
        public DateOnly? PromulgatedOn { get; init; }

        [Required(ErrorMessage = "请填写废止生效的日期"), Display(Name = "废止生效日期")]
        public DateOnly? RepealedOn { get; init; }

        [StringLength(2000, ErrorMessage = "废止理由不能超过2000个字"), Display(Name = "废止理由")]
        public string? Reason { get; init; }

        public RepealDraft ToDraft() => new(AnnouncementNumber ?? "", PromulgatedOn ?? default, RepealedOn ?? default, Reason);
    }

    /// <summary>A version in the table: the regulation's own figure for its status on the day, and the record that made it.</summary>
    public sealed record VersionRow(RegulationVersion Version, RegulationStatus? Status, string? Record);

    public sealed record RegulationView(
        Regulation Regulation,
        AvailableActions<RegulationAction> Actions,
        IReadOnlyList<VersionRow> Versions,
        string? RepealRecord,
        DateOnly Today,
        RegulationVersion? Pending,
        StatuteText? PendingText,
        IReadOnlyList<string> PendingWarnings,
        (int From, int To)? Compare)
    {
        /// <summary>The text shown on the page: the pending version's, otherwise the newest published one's.</summary>
        public RegulationVersion? Shown => Pending ?? Regulation.CurrentVersion;
    }

    public sealed class Handler(AppDbContext db, RegulationStore store)
    {
        public async Task<RegulationView?> LoadAsync(int id, Actor actor, CancellationToken ct)
        {
            var regulation = await store.LoadAsync(id, ct);
            if (regulation is null) return null;
            var today = store.Today;
            var recordIds = regulation.Versions.Select(v => v.LegislationRecordId).Append(regulation.RepealRecordId).OfType<int>().Distinct().ToList();
            var records = await db.LegislationRecords.AsNoTracking().Where(r => recordIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Title, ct);
            var versions = regulation.Versions.OrderByDescending(v => v.Number)
                .Select(v => new VersionRow(v, v.IsPublished ? regulation.VersionStatusOn(v, today) : null,
                    v.LegislationRecordId is { } r ? records.GetValueOrDefault(r) : null))
                .ToList();
            var pending = regulation.PendingVersion;
            var pendingText = pending?.Text();
            var published = regulation.Versions.Where(v => v.IsPublished).OrderBy(v => v.Number).ToList();
            return new RegulationView(
                regulation,
                regulation.AvailableActions(actor),
                versions,
                regulation.RepealRecordId is { } repealRecord ? records.GetValueOrDefault(repealRecord) : null,
                today,
                pending,
                pendingText,
                pendingText is null ? [] : StatuteDetector.Warnings(pendingText),
                published.Count >= 2 ? (published[^2].Number, published[^1].Number) : null);
        }

        /// <summary>The text of the newest published version: where a new version starts from.</summary>
        public async Task<StatuteText?> CurrentTextAsync(int id, CancellationToken ct)
        {
            var json = await store.All.AsNoTracking().Where(r => r.Id == id)
                .SelectMany(r => r.Versions).Where(v => v.IsLatest).Select(v => v.TextJson).FirstOrDefaultAsync(ct);
            return json is null ? null : StatuteText.FromJson(json);
        }
    }
}
