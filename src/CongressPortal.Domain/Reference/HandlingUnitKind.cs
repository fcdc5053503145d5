namespace CongressPortal.Domain.Reference;

public enum HandlingUnitKind
{
    /// <summary>市政府工作部门 and agencies.</summary>
    GovernmentDepartment,

    /// <summary>区县（旗）人民政府.</summary>
    DistrictGovernment,

    /// <summary>监察委员会, 中级人民法院, 人民检察院.</summary>
    SupervisionOrJudicial,

    /// <summary>Enterprises, public institutions, other bodies.</summary>
    Other,
}
