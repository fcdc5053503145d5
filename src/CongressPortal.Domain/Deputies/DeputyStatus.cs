namespace CongressPortal.Domain.Deputies;

public enum DeputyStatus
{
    /// <summary>在任.</summary>
    Serving,

    /// <summary>辞职.</summary>
    Resigned,

    /// <summary>罢免.</summary>
    Recalled,

    /// <summary>代表资格终止.</summary>
    Terminated,

    /// <summary>暂停执行代表职务.</summary>
    Suspended,
}
