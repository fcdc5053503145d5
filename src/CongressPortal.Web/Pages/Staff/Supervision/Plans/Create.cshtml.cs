using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Supervision.Plans;

/// <summary>起草年度监督工作计划: the year, its title and summary. One plan per year; its topics are added next.</summary>
public sealed class CreateModel(SupervisionStore store) : PageModel
{
    public const string Prefix = "Input";

    [BindProperty] public PlanCommand Input { get; set; } = new();

    public void OnGet(int? year)
    {
        var y = year ?? store.Today.Year;
        Input = new PlanCommand { Year = y, Title = $"示例市人大常委会{y}年度监督工作计划" };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await store.CreatePlanAsync(Input.ToDraft(), User.AsStaff(), ct);
        if (result.IsSuccess)
        {
            TempData["StatusMessage"] = $"已起草{Input.Year}年度监督工作计划，请添加议题。";
            return RedirectToPage("Details", new { id = result.Value });
        }
        // The store's unique-year message names the draft's field without the form's prefix.
        if (result.Field == nameof(PlanCommand.Year)) ModelState.AddModelError($"{Prefix}.{nameof(PlanCommand.Year)}", result.Error);
        else result.AddTo(ModelState, typeof(PlanCommand), Prefix);
        return Page();
    }
}

/// <summary>The plan's year, title and summary, named like <see cref="SupervisionPlanDraft"/>.</summary>
public sealed record PlanCommand
{
    [Required(ErrorMessage = "请填写年度"), Display(Name = "年度")]
    public int? Year { get; init; }

    [Required(ErrorMessage = "请填写计划名称"), StringLength(200, ErrorMessage = "计划名称不能超过200个字"), Display(Name = "计划名称")]
    public string? Title { get; init; }

    [Display(Name = "计划说明")]
    public string? Summary { get; init; }

    public SupervisionPlanDraft ToDraft() => new(Year ?? 0, Title ?? "", Summary);
}

