using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Legislation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CongressPortal.Web.Pages.Staff.FilingReview;

/// <summary>
/// The registration of a filed document as the register and edit forms bind it (<see cref="FilingDraft"/>'s fields). The
/// filing date is not a field: it is the day of registration (server date).
/// </summary>
public sealed record FilingCommand
{
    [Required(ErrorMessage = "请选择制定机关"), Display(Name = "制定机关")]
    public FilingBody? Body { get; init; }

    [Required(ErrorMessage = "请选择文件类别"), Display(Name = "文件类别")]
    public NormativeDocumentKind? Kind { get; init; }

    [Required(ErrorMessage = "请填写文件名称"), StringLength(200, ErrorMessage = "文件名称不能超过200个字"), Display(Name = "文件名称")]
    public string? Title { get; init; }

    [Required(ErrorMessage = "请填写文号"), StringLength(100, ErrorMessage = "文号不能超过100个字"), Display(Name = "文号")]
    public string? DocumentNumber { get; init; }

    [Required(ErrorMessage = "请填写公布日期"), Display(Name = "公布日期")]
    public DateOnly? PublishedOn { get; init; }

    [StringLength(4000, ErrorMessage = "内容摘要不能超过4000个字"), Display(Name = "内容摘要")]
    public string? Summary { get; init; }

    /// <summary>The row version the edit form was loaded with.</summary>
    public uint Version { get; init; }

    public FilingDraft ToDraft() => new(Body!.Value, Kind!.Value, Title ?? "", DocumentNumber ?? "", PublishedOn!.Value, Summary);

    public static FilingCommand From(NormativeDocumentFiling f) => new()
    {
        Body = f.Body,
        Kind = f.Kind,
        Title = f.Title,
        DocumentNumber = f.DocumentNumber,
        PublishedOn = f.PublishedOn,
        Summary = f.Summary,
        Version = f.Version,
    };
}

/// <summary>The options of the filing forms and filters, labelled by <see cref="FilingWorkflow"/>.</summary>
public static class FilingChoices
{
    public static IReadOnlyList<SelectListItem> Bodies(FilingBody? selected = null) =>
        [.. Enum.GetValues<FilingBody>().Select(b => new SelectListItem(FilingWorkflow.BodyLabel(b), b.ToString(), b == selected))];

    public static IReadOnlyList<SelectListItem> Kinds(NormativeDocumentKind? selected = null) =>
        [.. Enum.GetValues<NormativeDocumentKind>().Select(k => new SelectListItem(FilingWorkflow.DocumentKindLabel(k), k.ToString(), k == selected))];

    public static IReadOnlyList<SelectListItem> Statuses(FilingStatus? selected = null) =>
        [.. Enum.GetValues<FilingStatus>().Select(s => new SelectListItem(FilingWorkflow.StatusLabel(s), s.ToString(), s == selected))];

    public static IReadOnlyList<SelectListItem> RequestResults() =>
        [.. Enum.GetValues<ReviewRequestResult>().Select(r => new SelectListItem(ReviewRequestWorkflow.ResultLabel(r), r.ToString()))];

    public static IReadOnlyList<SelectListItem> Results(IEnumerable<FilingReviewResult> results) =>
        [.. results.Select(r => new SelectListItem(FilingWorkflow.ResultLabel(r), r.ToString()))];
}

/// <summary>A page with the filing form bound under <c>Input</c> (register, edit), for the shared fields partial.</summary>
public interface IFilingFormPage
{
    FilingCommand Input { get; }
}
