using System.Globalization;
using System.Text.RegularExpressions;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// Numbers are per session (or per year between sessions), from a configurable pattern with the tokens
/// {term}, {session}, {year} and {NNN} (the sequence, zero-padded to as many digits as there are Ns).
/// A number once given is never given again: the sequence only grows.
/// </summary>
public static partial class SuggestionNumbering
{
    public static string ScopeFor(SuggestionSource source, int? sessionId, int year) => source switch
    {
        SuggestionSource.DuringSession => $"session:{sessionId ?? throw new DomainRuleException(SuggestionMessages.SessionRequired)}",
        _ => $"between:{year}",
    };

    public static string Format(string pattern, int termNumber, int sessionNumber, int year, int sequence) =>
        SequenceToken().Replace(
            pattern.Replace("{term}", ChineseNumerals.Format(termNumber), StringComparison.Ordinal)
                .Replace("{session}", ChineseNumerals.Format(sessionNumber), StringComparison.Ordinal)
                .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            m => sequence.ToString(CultureInfo.InvariantCulture).PadLeft(m.Length - 2, '0'));

    public static string CheckPattern(string? pattern, string field, string label)
    {
        var value = Text.Required(pattern, field, label, 60);
        if (!SequenceToken().IsMatch(value)) throw SuggestionMessages.PatternNeedsSequence(field, label).ToException();
        return value;
    }

    [GeneratedRegex("\\{N+\\}")]
    private static partial Regex SequenceToken();
}
