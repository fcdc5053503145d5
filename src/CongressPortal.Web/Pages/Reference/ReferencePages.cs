using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Reference;

internal static class ReferencePages
{
    /// <summary>After a row action (停用, 启用, 删除) the list is shown again (PRG): the outcome travels in TempData.</summary>
    public static void ReportOutcome<T>(this PageModel page, CommandResult<T> result, Func<T, string> success)
    {
        if (result.IsSuccess) page.TempData["StatusMessage"] = success(result.Value!);
        else page.TempData["ErrorMessage"] = result.Error;
    }

    /// <summary>
    /// The route values of a row button: the list's filter plus the row's own. One dictionary, because
    /// asp-all-route-data replaces any asp-route-* values given beside it.
    /// </summary>
    public static Dictionary<string, string> RowRoute(IReadOnlyDictionary<string, string> filter, int id, bool? active = null)
    {
        var route = new Dictionary<string, string>(filter) { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (active is { } value) route["active"] = value ? "true" : "false";
        return route;
    }

    public static string Activated(bool active, string name) => active ? $"已启用“{name}”。" : $"已停用“{name}”，新建记录时将不再提供该选项。";
}
