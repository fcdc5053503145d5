namespace CongressPortal.Domain.Reference;

public enum CommitteeKind
{
    /// <summary>专门委员会 of the congress.</summary>
    Special,

    /// <summary>工作委员会 of the standing committee.</summary>
    Working,

    /// <summary>办事机构 such as the general office.</summary>
    Office,
}
