using CongressPortal.Domain.Suggestions;

namespace CongressPortal.Web.Pages.Deputy.Suggestions;

/// <summary>What the deputy's suggestion pages and the header's to-do count share.</summary>
public static class DeputySuggestions
{
    public static string RoleLabel(SuggestionDeputyRole role) => role switch
    {
        SuggestionDeputyRole.Lead => "领衔",
        SuggestionDeputyRole.CoSigner => "附议",
        SuggestionDeputyRole.Merged => "并案",
        _ => role.ToString(),
    };
}
