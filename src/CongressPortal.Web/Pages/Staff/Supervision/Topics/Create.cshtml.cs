using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Supervision.Topics;

/// <summary>
/// 新增监督议题 in a year's plan (<c>?planId=</c>): freely while the plan is a draft; once adopted, only under one of the
/// plan's amendments — the domain refuses otherwise and the message shows next to the amendment select.
/// </summary>
public sealed class CreateModel(CreateModel.Handler handler) : PageModel, ITopicFormPage
{
    [BindProperty(SupportsGet = true)] public int PlanId { get; set; }

    [BindProperty] public TopicCommand Input { get; set; } = new();

    public TopicChoices Choices { get; private set; } = TopicChoices.Empty;

    public SupervisionPlan Plan { get; private set; } = null!;

    public bool AskAmendment { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = new TopicCommand { Form = SupervisionForm.SpecialWorkReport };
        Choices = await handler.ChoicesAsync(Plan, Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (ModelState.IsValid)
        {
            var result = await handler.CreateAsync(PlanId, Input, User.AsStaff(), ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已新增议题“{Input.Title}”。";
                return RedirectToPage("Details", new { id = result.Value });
            }
            result.AddTo(ModelState, typeof(TopicCommand), "Input");
        }
        Choices = await handler.ChoicesAsync(Plan, Input, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var plan = await handler.PlanAsync(PlanId, ct);
        if (plan is null) return false;
        Plan = plan;
        AskAmendment = plan.TopicChangeProblem(null, User.AsStaff()) is not null || plan.Amendments.Count > 0;
        return true;
    }

    public sealed class Handler(AppDbContext db, SupervisionStore store)
    {
        public Task<SupervisionPlan?> PlanAsync(int id, CancellationToken ct) => store.LoadPlanAsync(store.Plans, id, ct);

        public Task<TopicChoices> ChoicesAsync(SupervisionPlan plan, TopicCommand input, CancellationToken ct) => SupervisionChoices.ChoicesAsync(db, plan, input, ct);

        public async Task<CommandResult<int>> CreateAsync(int planId, TopicCommand input, Actor actor, CancellationToken ct)
        {
            var (ids, problem) = await SupervisionChoices.SuggestionIdsAsync(db, input, ct);
            return problem is not null ? CommandResult<int>.Refused(problem) : await store.CreateTopicAsync(planId, input.ToDraft(ids), actor, ct);
        }
    }
}
