using CongressPortal.Web.Infrastructure;

namespace CongressPortal.Web.Pages.Shared;

/// <summary>One deputy a picker offers: the name with what tells namesakes apart (代表团, 代表证号).</summary>
public sealed record DeputyChoice(int Id, string Name, string? Delegation, string? Number)
{
    /// <summary>What the filter searches, on the server and in the browser alike.</summary>
    public string SearchText => string.Join(' ', new[] { Name, Delegation, Number }.Where(x => !string.IsNullOrEmpty(x)));

    public bool Matches(string query) => SearchText.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A searchable picker of co-signing deputies (附议代表) that works without JavaScript: tick boxes grouped by delegation,
/// each labelled with the name, delegation and deputy number, and a search field whose 查找 button posts the form to the
/// page's <see cref="FilterHandler"/> handler, which shows the form again — everything typed and ticked kept — with only
/// the deputies that match (and those already ticked). deputy-picker.js filters as one types on top of that.
/// </summary>
/// <param name="Field">The form field the ticked ids post as (e.g. <c>Input.CoSignerIds</c>).</param>
/// <param name="IdPrefix">The prefix of the element ids, unique on the page.</param>
/// <param name="QueryField">The form field of the search text (<see cref="QueryName"/>).</param>
public sealed record DeputyPicker(
    string Field,
    string IdPrefix,
    string Legend,
    string Help,
    IReadOnlyList<DeputyChoice> Choices,
    IReadOnlyCollection<int> Selected,
    string? Query,
    string QueryField = DeputyPicker.QueryName,
    string FilterHandler = DeputyPicker.Handler)
{
    public const string QueryName = "CoSignerQuery";
    public const string Handler = "FilterCoSigners";
    public const string NoDelegation = "未分代表团";

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query);

    /// <summary>The deputies shown: all, or those matching the query plus every ticked one (a tick is never hidden).</summary>
    public IReadOnlyList<DeputyChoice> Shown =>
        IsFiltered ? [.. Choices.Where(c => Selected.Contains(c.Id) || c.Matches(Query!))] : Choices;

    /// <summary>The shown deputies by delegation, in the order the choices came (stroke order within each).</summary>
    public IEnumerable<IGrouping<string, DeputyChoice>> Groups =>
        Shown.GroupBy(c => c.Delegation ?? NoDelegation).OrderBy(g => g.Key == NoDelegation).ThenBy(g => g.Key, StringComparer.Ordinal);

    public int MatchCount => IsFiltered ? Choices.Count(c => c.Matches(Query!)) : Choices.Count;

    public string Describe(DeputyChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var details = string.Join(" · ", new[] { choice.Delegation, choice.Number is null ? null : $"代表证号 {choice.Number}" }.Where(x => x is not null));
        return details.Length == 0 ? "" : $"（{details}）";
    }
}
