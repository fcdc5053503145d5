using System.Globalization;
using System.Text.RegularExpressions;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>A session's dates, as the numbering of online suggestions needs them.</summary>
public sealed record SessionDates(int Id, DateOnly StartDate, DateOnly? EndDate);

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

    /// <summary>
    /// Where a suggestion a deputy submits online on <paramref name="today"/> is numbered (S3): while a session sits — from
    /// its opening day to its closing day, or its opening day alone when no closing is recorded — it is put forward 会议期间
    /// and numbered in that session like the ones staff register, counted in the session's year; otherwise it is a
    /// between-session suggestion of the current year.
    /// </summary>
    public static (SuggestionSource Source, int? SessionId, int Year) OnlineSource(DateOnly today, IEnumerable<SessionDates> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var sitting = sessions
            .Where(s => s.StartDate <= today && today <= (s.EndDate ?? s.StartDate))
            .OrderByDescending(s => s.StartDate).ThenByDescending(s => s.Id)
            .FirstOrDefault();
        return sitting is null
            ? (SuggestionSource.BetweenSessions, null, today.Year)
            : (SuggestionSource.DuringSession, sitting.Id, sitting.StartDate.Year);
    }

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
