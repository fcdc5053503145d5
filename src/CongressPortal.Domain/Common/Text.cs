namespace CongressPortal.Domain.Common;

/// <summary>
/// Normalises and checks the free text that entities accept. Each check names the field it concerns (the property of
/// the draft or command, e.g. <c>nameof(SuggestionDraft.Title)</c>) and its Chinese label for the message.
/// </summary>
public static class Text
{
    public static string Required(string? value, string field, string label, int maxLength) =>
        Check(value, field, label, maxLength) ?? throw DomainMessages.Required(field, label).ToException();

    public static string? Optional(string? value, string field, string label, int maxLength) => Check(value, field, label, maxLength);

    public static int Positive(int value, string field, string label) =>
        value > 0 ? value : throw DomainMessages.MustBePositive(field, label).ToException();

    /// <summary>The refusal <see cref="Required"/> would throw, or null: for checks that collect every problem (imports).</summary>
    public static Refusal? RequiredProblem(string? value, string field, string label, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return DomainMessages.Required(field, label);
        return trimmed.Length > maxLength ? DomainMessages.TooLong(field, label, maxLength) : null;
    }

    /// <summary>The refusal <see cref="Optional"/> would throw, or null.</summary>
    public static Refusal? OptionalProblem(string? value, string field, string label, int maxLength) =>
        value?.Trim() is { Length: > 0 } trimmed && trimmed.Length > maxLength ? DomainMessages.TooLong(field, label, maxLength) : null;

    private static string? Check(string? value, string field, string label, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > maxLength) throw DomainMessages.TooLong(field, label, maxLength).ToException();
        return trimmed;
    }
}
