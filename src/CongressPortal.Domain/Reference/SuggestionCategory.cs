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
