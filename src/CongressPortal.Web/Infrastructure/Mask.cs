namespace CongressPortal.Web.Infrastructure;

/// <summary>How private values look where they must appear at all: lists, exports, the audit log.</summary>
public static class Mask
{
    public const string Hidden = "******";

    /// <summary>138****1234 for a mobile number; the middle hidden for other values of 7+ characters.</summary>
    public static string? Value(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value;
        return value.Length >= 7 ? string.Concat(value.AsSpan(0, 3), "****", value.AsSpan(value.Length - 4)) : Hidden;
    }
}
