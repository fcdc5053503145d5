using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reference;

/// <summary>A category of deputies' suggestions; the default list follows the committees (docs/domain/suggestions.md).</summary>
public sealed class SuggestionCategory
{
    private SuggestionCategory() { }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; } = true;
    public uint Version { get; private set; }

    /// <summary>The usual list, following the committees (docs/domain/suggestions.md#configuration): what a new installation starts with.</summary>
    public static IReadOnlyList<string> DefaultNames { get; } = ["财政经济", "城乡建设", "生态环境", "农业农村", "教科文卫", "社会建设", "内务司法", "民族宗教", "其他"];

    /// <summary>The default categories in their order, for an installation that has none yet.</summary>
    public static IEnumerable<SuggestionCategory> Defaults() => DefaultNames.Select((name, i) => Create(name, i + 1));

    public static SuggestionCategory Create(string name, int sortOrder)
    {
        var category = new SuggestionCategory();
        category.Update(name, sortOrder);
        return category;
    }

    public void Update(string name, int sortOrder)
    {
        Name = Text.Required(name, "Name", "类别名称", 30);
        SortOrder = sortOrder;
    }

    public void SetActive(bool active) => IsActive = active;
}
