namespace CongressPortal.Domain.Common;

/// <summary>Phone numbers and e-mail addresses as people type them into contact fields.</summary>
public static class ContactFormats
{
    /// <summary>A phone number as offices write it: digits with spaces, dashes, a leading +, and at least seven digits.</summary>
    public static bool IsPhone(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+') && value.Count(char.IsAsciiDigit) >= 7;

    /// <summary>One @ with something before it and a dotted domain after it, no spaces.</summary>
    public static bool IsEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1 && !value.EndsWith('.') && !value.Any(char.IsWhiteSpace);
    }
}
