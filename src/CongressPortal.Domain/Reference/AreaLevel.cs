namespace CongressPortal.Domain.Reference;

public enum AreaLevel
{
    /// <summary>区、县、旗.</summary>
    District,

    /// <summary>街道、乡镇、苏木.</summary>
    Subdistrict,
}
