using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Supervision.Topics;

/// <summary>
/// 修改议题 before its opinions are sent: every field of <see cref="SupervisionTopicDraft"/>. The form carries the version it
/// showed; a topic someone changed meanwhile is not overwritten.
/// </summary>
public sealed class EditModel(EditModel.Handler handler) : PageModel, ITopicFormPage
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public TopicCommand Input { get; set; } = new();

    public TopicChoices Choices { get; private set; } = TopicChoices.Empty;

    public bool AskAmendment => false;

    public SupervisionTopic Topic { get; private set; } = null!;

    /// <summary>Why the topic cannot be edited now (null: it can).</summary>
    public string? NotEditable { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var loaded = await handler.LoadAsync(Id, ct);
        if (loaded is null) return NotFound();
        (Topic, var plan, Input) = loaded.Value;
        NotEditable = Topic.Check(SupervisionTopicAction.Edit, User.AsStaff())?.Message;
        Choices = await handler.ChoicesAsync(plan, Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var loaded = await handler.LoadAsync(Id, ct);
        if (loaded is null) return NotFound();
        Topic = loaded.Value.Topic;
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(Id, Input, User.AsStaff(), ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = "已保存对议题的修改。";
                return RedirectToPage("Details", new { id = Id });
            }
            if (result.IsNotFound) return NotFound();
            result.AddTo(ModelState, typeof(TopicCommand), "Input");
        }
        Choices = await handler.ChoicesAsync(loaded.Value.Plan, Input, ct);
        return Page();
    }

    public sealed class Handler(AppDbContext db, SupervisionStore store)
    {
        public async Task<(SupervisionTopic Topic, SupervisionPlan Plan, TopicCommand Input)?> LoadAsync(int id, CancellationToken ct)
        {
            var topic = await store.LoadTopicAsync(store.Topics, id, ct);
            if (topic is null) return null;
            var plan = await store.LoadPlanAsync(store.Plans, topic.PlanId, ct);
            var sourceIds = topic.SourceSuggestions.Select(s => s.SuggestionId).ToList();
            var numbers = await db.Suggestions.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).OrderBy(s => s.Number).Select(s => s.Number).ToListAsync(ct);
            return (topic, plan!, TopicCommand.From(topic, numbers));
        }

        public Task<TopicChoices> ChoicesAsync(SupervisionPlan plan, TopicCommand input, CancellationToken ct) => SupervisionChoices.ChoicesAsync(db, plan, input, ct);

        public async Task<CommandResult<int>> SaveAsync(int id, TopicCommand input, Actor actor, CancellationToken ct)
        {
            var (ids, problem) = await SupervisionChoices.SuggestionIdsAsync(db, input, ct);
            return problem is not null ? CommandResult<int>.Refused(problem) : await store.EditTopicAsync(id, input.Version, input.ToDraft(ids), actor, ct);
        }
    }
}
