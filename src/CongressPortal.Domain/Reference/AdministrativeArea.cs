using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reference;

/// <summary>A district, county or banner (区/县/旗), or a sub-district or township (街道/乡镇/苏木) below one.</summary>
public sealed class AdministrativeArea
{
    private AdministrativeArea() { }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public AreaLevel Level { get; private set; }
    public int? ParentId { get; private set; }
    public AdministrativeArea? Parent { get; private set; }
    public string? Code { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; } = true;
    public uint Version { get; private set; }

    public static AdministrativeArea Create(string name, AreaLevel level, int? parentId, string? code, int sortOrder)
    {
        var area = new AdministrativeArea();
        area.Update(name, level, parentId, code, sortOrder);
        return area;
    }

    public void Update(string name, AreaLevel level, int? parentId, string? code, int sortOrder)
    {
        Name = Text.Required(name, "Name", "名称", 50);
        Code = Text.Optional(code, "Code", "区划代码", 12);
        if (level == AreaLevel.District && parentId is not null) throw new DomainRuleException(DomainMessages.DistrictHasNoParent);
        if (level == AreaLevel.Subdistrict && parentId is null) throw new DomainRuleException(DomainMessages.SubdistrictNeedsDistrict);
        if (parentId is not null && Id != 0 && parentId == Id) throw new DomainRuleException(DomainMessages.AreaCannotBeOwnParent);
        Level = level;
        ParentId = parentId;
        SortOrder = sortOrder;
    }

    public void SetActive(bool active) => IsActive = active;
}
