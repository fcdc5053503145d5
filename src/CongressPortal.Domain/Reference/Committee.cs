using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reference;

/// <summary>A special committee (专门委员会) or working committee (工作委员会). Each owns supervision topics in its field.</summary>
public sealed class Committee
{
    private Committee() { }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? ShortName { get; private set; }
    public CommitteeKind Kind { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; } = true;
    public uint Version { get; private set; }

    public static Committee Create(string name, string? shortName, CommitteeKind kind, int sortOrder)
    {
        var committee = new Committee();
        committee.Update(name, shortName, kind, sortOrder);
        return committee;
    }

    public void Update(string name, string? shortName, CommitteeKind kind, int sortOrder)
    {
        Name = Text.Required(name, "Name", "名称", 100);
        ShortName = Text.Optional(shortName, "ShortName", "简称", 30);
        Kind = kind;
        SortOrder = sortOrder;
    }

    public void SetActive(bool active) => IsActive = active;
}
