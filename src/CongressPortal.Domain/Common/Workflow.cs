using System.Globalization;
using System.Text;

namespace CongressPortal.Domain.Common;

/// <summary>One move of a workflow: from a state, an action taken by a role, to a state. <see cref="When"/> names the
/// condition where the same action can end in more than one state (a reply is the last one → 已答复; otherwise the status stays).</summary>
public sealed record Transition<TState, TAction>(TState From, TAction Action, string Role, TState To, string? When)
    where TState : struct, Enum
    where TAction : struct, Enum;

/// <summary>
/// A transition table: the single truth of which moves are legal, who may make them and where they lead (ADR 0015).
/// Aggregates ask it before acting (<see cref="Check"/>) and move only along it (<see cref="Move"/>); their own guards add
/// the rules a table cannot express (which unit, which deputy, which deadline). Docs are generated from it
/// (<see cref="ToMermaid"/>, <see cref="ToMarkdown"/>) and a test keeps docs/workflows in step.
/// </summary>
public sealed class WorkflowTable<TState, TAction>
    where TState : struct, Enum
    where TAction : struct, Enum
{
    private readonly List<Transition<TState, TAction>> _rows = [];

    /// <param name="noun">What the table is about, for messages: 建议, 承办记录, 报告.</param>
    public WorkflowTable(string noun, Func<TState, string> stateLabel, Func<TAction, string> actionLabel)
    {
        Noun = noun;
        StateLabel = stateLabel;
        ActionLabel = actionLabel;
    }

    public string Noun { get; }

    public Func<TState, string> StateLabel { get; }

    public Func<TAction, string> ActionLabel { get; }

    public IReadOnlyList<Transition<TState, TAction>> Rows => _rows;

    /// <summary>The actions the table has rows for.</summary>
    public IEnumerable<TAction> Actions => _rows.Select(r => r.Action).Distinct();

    /// <summary>Adds moves: <paramref name="role"/> may take <paramref name="action"/> from each of <paramref name="from"/>
    /// and the state becomes <paramref name="to"/> (null: it stays what it was).</summary>
    public WorkflowTable<TState, TAction> Allow(string role, TAction action, TState[] from, TState? to = null, string? when = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        foreach (var state in from)
        {
            var row = new Transition<TState, TAction>(state, action, role, to ?? state, when);
            if (_rows.Any(r => r.From.Equals(state) && r.Action.Equals(action) && r.Role == role && r.To.Equals(row.To)))
                throw new InvalidOperationException($"Duplicate row {row}.");
            _rows.Add(row);
        }
        return this;
    }

    public WorkflowTable<TState, TAction> Allow(string role, TAction action, TState from, TState? to = null, string? when = null) =>
        Allow(role, action, [from], to, when);

    /// <summary>Where the action can lead from <paramref name="from"/> for <paramref name="role"/>: empty when the table refuses.</summary>
    public IReadOnlyList<TState> Outcomes(TState from, TAction action, string role) =>
        [.. _rows.Where(r => r.From.Equals(from) && r.Action.Equals(action) && r.Role == role).Select(r => r.To).Distinct()];

    public bool Allows(TState from, TAction action, string role) => _rows.Any(r => r.From.Equals(from) && r.Action.Equals(action) && r.Role == role);

    /// <summary>Null when the table allows the move; otherwise why not: the wrong role for the action, or the wrong state.</summary>
    public Refusal? Check(TState from, TAction action, string role)
    {
        var rows = _rows.Where(r => r.Action.Equals(action)).ToList();
        if (rows.Count == 0) throw new InvalidOperationException($"The {Noun} table has no rows for {action}.");
        if (rows.All(r => r.Role != role))
        {
            var roles = string.Join("或", rows.Select(r => r.Role).Distinct().Select(PortalRole.DisplayName));
            return DomainMessages.WrongRole(ActionLabel(action), roles);
        }
        return rows.Any(r => r.Role == role && r.From.Equals(from)) ? null : DomainMessages.WrongStatus(Noun, ActionLabel(action), StateLabel(from));
    }

    /// <summary>
    /// The state after the move, checked against the table: an aggregate that tries a move the table does not list has a
    /// bug, not a user error, so this throws <see cref="InvalidOperationException"/>.
    /// </summary>
    public TState Move(TState from, TAction action, string role, TState to) =>
        _rows.Any(r => r.From.Equals(from) && r.Action.Equals(action) && r.Role == role && r.To.Equals(to))
            ? to
            : throw new InvalidOperationException($"The {Noun} table has no move {from} --{action} by {role}--> {to}.");

    /// <summary>A Mermaid state diagram: one arrow per (from, to) pair, labelled with the actions and roles.</summary>
    public string ToMermaid()
    {
        var builder = new StringBuilder();
        builder.AppendLine("stateDiagram-v2");
        foreach (var state in Enum.GetValues<TState>())
            builder.AppendLine(CultureInfo.InvariantCulture, $"    {state}: {StateLabel(state)}");
        foreach (var edge in _rows.Where(r => !r.From.Equals(r.To)).GroupBy(r => (r.From, r.To)))
        {
            var label = string.Join("，", edge.Select(r => ActionLabel(r.Action)).Distinct());
            builder.AppendLine(CultureInfo.InvariantCulture, $"    {edge.Key.From} --> {edge.Key.To}: {label}");
        }
        return builder.ToString();
    }

    /// <summary>
    /// The table as Markdown: one line per action, role and outcome, with the states it may start from (rows that only
    /// differ in their starting state are one line).
    /// </summary>
    public string ToMarkdown()
    {
        var builder = new StringBuilder();
        builder.AppendLine("| 操作 | Action | 角色 | 从 | 到 | 条件 |");
        builder.AppendLine("| --- | --- | --- | --- | --- | --- |");
        var lines = _rows
            .GroupBy(r => (r.Action, r.Role, Stays: r.From.Equals(r.To), To: r.From.Equals(r.To) ? default : r.To, r.When))
            .OrderBy(g => g.Key.Action).ThenBy(g => g.Key.Role, StringComparer.Ordinal).ThenBy(g => g.Min(r => r.From));
        foreach (var line in lines)
        {
            var from = string.Join("、", line.Select(r => r.From).Distinct().Order().Select(f => $"{StateLabel(f)} `{f}`"));
            var to = line.Key.Stays ? "（不变）" : $"{StateLabel(line.Key.To)} `{line.Key.To}`";
            builder.AppendLine(CultureInfo.InvariantCulture,
                $"| {ActionLabel(line.Key.Action)} | `{line.Key.Action}` | {PortalRole.DisplayName(line.Key.Role)} | {from} | {to} | {line.Key.When ?? ""} |");
        }
        return builder.ToString();
    }
}

/// <summary>What the actor may do now with one action: allowed, or refused with the reason.</summary>
public sealed record ActionCheck<TAction>(TAction Action, Refusal? Refusal) where TAction : struct, Enum
{
    public bool Allowed => Refusal is null;

    /// <summary>Refused by a rule beyond role and state (a deadline passed, another unit's turn): worth telling the user why.</summary>
    public bool RefusedByRule => Refusal is { Code: not ("Workflow.WrongRole" or "Workflow.WrongStatus") };
}

/// <summary>
/// The answer to "what may this person do with this record now": every action with its check. Pages render buttons
/// and forms from it and re-derive nothing; the action methods run the same checks when the form is posted.
/// </summary>
public sealed class AvailableActions<TAction> where TAction : struct, Enum
{
    private readonly Dictionary<TAction, ActionCheck<TAction>> _checks;

    public AvailableActions(IEnumerable<ActionCheck<TAction>> checks) => _checks = checks.ToDictionary(c => c.Action);

    public static AvailableActions<TAction> None { get; } = new([]);

    public IEnumerable<TAction> Allowed => _checks.Values.Where(c => c.Allowed).Select(c => c.Action);

    public IReadOnlyCollection<ActionCheck<TAction>> Checks => _checks.Values;

    public bool Can(TAction action) => _checks.TryGetValue(action, out var check) && check.Allowed;

    public bool CanAny(params TAction[] actions) => actions.Any(Can);

    /// <summary>Why the action is refused, or null when it is allowed (or unknown here).</summary>
    public Refusal? Why(TAction action) => _checks.TryGetValue(action, out var check) ? check.Refusal : null;

    /// <summary>The reason to show next to an action the role could take but a rule stops now (e.g. a window that has passed).</summary>
    public string? Explain(TAction action) => _checks.TryGetValue(action, out var check) && check.RefusedByRule ? check.Refusal!.Message : null;
}
