using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Deputies;

public enum DeputyGroupKind
{
    /// <summary>代表小组 (by area).</summary>
    Regional,

    /// <summary>专业代表小组, attached to a committee.</summary>
    Professional,
}

/// <summary>A deputy group (代表小组) or a professional group (专业代表小组) attached to a committee.</summary>
public sealed class DeputyGroup
{
    private DeputyGroup() { }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public DeputyGroupKind Kind { get; private set; }
    public int? CommitteeId { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; } = true;
    public uint Version { get; private set; }

    public static DeputyGroup Create(string name, DeputyGroupKind kind, int? committeeId, int sortOrder)
    {
        var group = new DeputyGroup();
        group.Update(name, kind, committeeId, sortOrder);
        return group;
    }

    public void Update(string name, DeputyGroupKind kind, int? committeeId, int sortOrder)
    {
        Name = Text.Required(name, "Name", "小组名称", 50);
        Kind = kind;
        CommitteeId = kind == DeputyGroupKind.Professional ? committeeId : null;
        SortOrder = sortOrder;
    }

    public void SetActive(bool active) => IsActive = active;
}
