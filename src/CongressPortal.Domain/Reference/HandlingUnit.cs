using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reference;

/// <summary>A handling unit (承办单位): a body that answers deputies' suggestions.</summary>
public sealed class HandlingUnit
{
    private HandlingUnit() { }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? ShortName { get; private set; }
    public HandlingUnitKind Kind { get; private set; }
    public string? ContactPerson { get; private set; }
    public string? ContactPhone { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; } = true;
    public uint Version { get; private set; }

    public static HandlingUnit Create(string name, string? shortName, HandlingUnitKind kind, string? contactPerson, string? contactPhone, int sortOrder)
    {
        var unit = new HandlingUnit();
        unit.Update(name, shortName, kind, contactPerson, contactPhone, sortOrder);
        return unit;
    }

    public void Update(string name, string? shortName, HandlingUnitKind kind, string? contactPerson, string? contactPhone, int sortOrder)
    {
        Name = Text.Required(name, "Name", "单位名称", 100);
        ShortName = Text.Optional(shortName, "ShortName", "简称", 30);
        Kind = kind;
        ContactPerson = Text.Optional(contactPerson, "ContactPerson", "联系人", 50);
        ContactPhone = Text.Optional(contactPhone, "ContactPhone", "联系电话", 30);
        SortOrder = sortOrder;
    }

    public void SetActive(bool active) => IsActive = active;
}
