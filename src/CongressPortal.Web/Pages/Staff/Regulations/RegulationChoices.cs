using CongressPortal.Domain.Legislation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CongressPortal.Web.Pages.Staff.Regulations;

/// <summary>The options of the library's forms and filters, with the domain's labels.</summary>
public static class RegulationChoices
{
    public static IReadOnlyList<SelectListItem> Fields(LegislativeField? selected) =>
        [.. Enum.GetValues<LegislativeField>().Select(f => new SelectListItem(LegislationWorkflow.FieldLabel(f), f.ToString(), f == selected))];

    public static IReadOnlyList<SelectListItem> States(RegulationState? selected) =>
        [.. Enum.GetValues<RegulationState>().Select(s => new SelectListItem(RegulationWorkflow.StatusLabel(s), s.ToString(), s == selected))];

    /// <summary>修改 or 修正: the kinds of a version after the first.</summary>
    public static IReadOnlyList<SelectListItem> LaterKinds(LegislationKind selected) =>
        [.. VersionCommand.LaterKinds.Select(k => new SelectListItem(LegislationWorkflow.KindLabel(k), k.ToString(), k == selected))];
}
