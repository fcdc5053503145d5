using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Deputies;

/// <summary>A delegation (代表团) of a term, usually one per district.</summary>
public sealed class Delegation
{
    private Delegation() { }

    public int Id { get; private set; }
    public int TermId { get; private set; }
    public string Name { get; private set; } = "";
    public int? AreaId { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; } = true;
    public uint Version { get; private set; }

    public static Delegation Create(int termId, string name, int? areaId, int sortOrder)
    {
        var delegation = new Delegation();
        delegation.Update(termId, name, areaId, sortOrder);
        return delegation;
    }

    public void Update(int termId, string name, int? areaId, int sortOrder)
    {
        TermId = Text.Positive(termId, "TermId", "届次");
        Name = Text.Required(name, "Name", "代表团名称", 50);
        AreaId = areaId;
        SortOrder = sortOrder;
    }

    public void SetActive(bool active) => IsActive = active;
}
