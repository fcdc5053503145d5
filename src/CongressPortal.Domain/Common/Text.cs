namespace CongressPortal.Domain.Common;

/// <summary>Normalises and checks the free text that entities accept.</summary>
public static class Text
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) throw new DomainRuleException(DomainMessages.Required(field));
        if (trimmed.Length > maxLength) throw new DomainRuleException(DomainMessages.TooLong(field, maxLength));
        return trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > maxLength) throw new DomainRuleException(DomainMessages.TooLong(field, maxLength));
        return trimmed;
    }

    public static int Positive(int value, string field) =>
        value > 0 ? value : throw new DomainRuleException(DomainMessages.MustBePositive(field));
}
