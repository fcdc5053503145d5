using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// The themes key suggestions are bundled under (打捆督办), by year, with how many suggestions each holds. The
/// same page adds a theme or, with <c>?id=</c>, edits one, and bundles it with a supervision topic of its year (打捆督办).
/// </summary>
public sealed class ThemesModel(ThemesModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    /// <summary>The supervision topics of the theme's year the theme can be bundled with.</summary>
    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Topics { get; private set; } = [];

    public string FormHeading => Id is null ? "新增打捆主题" : $"编辑打捆主题：{Input.Name}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var input = Id is { } id ? await handler.LoadAsync(id, ct) : handler.New();
        if (input is null) return NotFound();
        Input = input;
        Rows = await handler.RowsAsync(ct);
        Topics = await handler.TopicsAsync(Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(Id, Input, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已保存打捆主题“{result.Value}”。";
                return RedirectToPage();
            }
            Conflict = result.ShowOnEditForm(ModelState, Input);
        }
        Rows = await handler.RowsAsync(ct);
        Topics = await handler.TopicsAsync(Input, ct);
        return Page();
    }

    public sealed record Command
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请填写主题名称"), StringLength(100, ErrorMessage = "主题名称不能超过100个字"), Display(Name = "主题名称")]
        public string? Name { get; init; }

        [Required(ErrorMessage = "请填写年度"), Range(1980, 2200, ErrorMessage = "年度须在 1980 到 2200 之间"), Display(Name = "年度")]
        public int? Year { get; init; }

        [StringLength(1000, ErrorMessage = "说明不能超过1000个字"), Display(Name = "说明")]
        public string? Description { get; init; }

        /// <summary>The supervision topic of the same year the theme's key suggestions are bundled with (打捆督办).</summary>
        [Display(Name = "打捆督办的监督议题")]
        public int? SupervisionTopicId { get; init; }
    }

    public sealed record Row(int Id, string Name, int Year, string? Description, int Suggestions, int KeySuggestions, int? TopicId = null, string? Topic = null);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public static readonly Concurrency.UniqueField UniqueName = new("Input.Name", "该年度已有同名的打捆主题。");

        public Command New() => new() { Year = ChinaTime.Today(clock.GetUtcNow()).Year };

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.SuggestionThemes.AsNoTracking()
                .Where(t => t.Id == id)
                .Select(t => new Command { Version = t.Version, Name = t.Name, Year = t.Year, Description = t.Description, SupervisionTopicId = t.SupervisionTopicId })
                .FirstOrDefaultAsync(ct);

        public Task<List<Row>> RowsAsync(CancellationToken ct) =>
            db.SuggestionThemes.AsNoTracking()
                .OrderByDescending(t => t.Year).ThenBy(t => t.Name)
                .Select(t => new Row(t.Id, t.Name, t.Year, t.Description,
                    db.Suggestions.Count(s => s.ThemeId == t.Id),
                    db.Suggestions.Count(s => s.ThemeId == t.Id && s.IsKey),
                    t.SupervisionTopicId,
                    db.SupervisionTopics.Where(x => x.Id == t.SupervisionTopicId).Select(x => x.Title).FirstOrDefault()))
                .ToListAsync(ct);

        public const string TopicOfAnotherYear = "所选监督议题不属于该主题的年度，请重新选择。";

        /// <summary>The topics of the form's year (and the one already linked).</summary>
        public async Task<IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem>> TopicsAsync(Command input, CancellationToken ct)
        {
            var topics = await db.SupervisionTopics.AsNoTracking().Where(t => t.Year == input.Year || t.Id == input.SupervisionTopicId)
                .OrderBy(t => t.Year).ThenBy(t => t.PlannedMonth ?? 13).ThenBy(t => t.Title).Select(t => new { t.Id, t.Title, t.Year }).ToListAsync(ct);
            return topics.Select(t => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem($"{t.Year}年：{t.Title}", t.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        }

        public async Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct)
        {
            var name = input.Name?.Trim() ?? "";
            if (await db.SuggestionThemes.AnyAsync(t => t.Year == input.Year && t.Name == name && t.Id != id, ct))
                return CommandResult<string>.Fail(UniqueName.Message, UniqueName.Field);
            if (input.SupervisionTopicId is > 0 and var topicId && !await db.SupervisionTopics.AnyAsync(t => t.Id == topicId && t.Year == input.Year, ct))
                return CommandResult<string>.Fail(TopicOfAnotherYear, $"Input.{nameof(Command.SupervisionTopicId)}");
            if (id is not { } themeId)
            {
                return await db.CreateAsync(() =>
                {
                    var theme = SuggestionTheme.Create(name, input.Year!.Value, input.Description);
                    theme.LinkTopic(input.SupervisionTopicId);
                    db.SuggestionThemes.Add(theme);
                    return theme.Name;
                }, UniqueName, ct);
            }
            return await db.RunAsync(db.SuggestionThemes, themeId, input.Version, theme =>
            {
                theme.Update(name, input.Year!.Value, input.Description);
                theme.LinkTopic(input.SupervisionTopicId);
                return theme.Name;
            }, new CommandOptions { Current = token => CurrentAsync(themeId, token), Unique = UniqueName }, ct);
        }

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var theme = await db.SuggestionThemes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
            return theme is null
                ? null
                : new Concurrency.Snapshot(new Dictionary<string, string?>
                {
                    ["主题名称"] = theme.Name,
                    ["年度"] = theme.Year.ToString(CultureInfo.InvariantCulture),
                    ["说明"] = theme.Description,
                }, theme.Version);
        }
    }
}
