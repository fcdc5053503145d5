using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Tests.Common;

/// <summary>One row of a transition table written out in a test: from | action | role → to.</summary>
public sealed record TableRow<TState, TAction>(TState From, TAction Action, string Role, TState To)
    where TState : struct, Enum
    where TAction : struct, Enum;

/// <summary>
/// A transition table as a test writes it out by hand, one line per (from, action, role) with the states it may lead to:
/// <c>"Handling | Reply | HandlingUnit → Replied, Handling"</c>. Compared with the code's table, so a wrong cell in either fails.
/// </summary>
public static class WrittenTable
{
    public static IReadOnlyList<TableRow<TState, TAction>> Parse<TState, TAction>(IEnumerable<string> lines)
        where TState : struct, Enum
        where TAction : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rows = new List<TableRow<TState, TAction>>();
        foreach (var line in lines)
        {
            var parts = line.Split(['|', '→'], StringSplitOptions.TrimEntries);
            foreach (var to in parts[3].Split(',', StringSplitOptions.TrimEntries))
                rows.Add(new(Enum.Parse<TState>(parts[0]), Enum.Parse<TAction>(parts[1]), parts[2], Enum.Parse<TState>(to)));
        }
        return rows;
    }

    /// <summary>The code's table in the same shape, to compare with the written one.</summary>
    public static IEnumerable<TableRow<TState, TAction>> RowsOf<TState, TAction>(WorkflowTable<TState, TAction> table)
        where TState : struct, Enum
        where TAction : struct, Enum =>
        table.Rows.Select(r => new TableRow<TState, TAction>(r.From, r.Action, r.Role, r.To));

    /// <summary>Every allowed move as theory data.</summary>
    public static TheoryData<TState, TAction, string, TState> Moves<TState, TAction>(IEnumerable<TableRow<TState, TAction>> rows)
        where TState : struct, Enum
        where TAction : struct, Enum
    {
        var data = new TheoryData<TState, TAction, string, TState>();
        foreach (var row in rows) data.Add(row.From, row.Action, row.Role, row.To);
        return data;
    }

    /// <summary>Every (state, action, role) of <paramref name="states"/> × <paramref name="actions"/> × the roles that the rows do not list.</summary>
    public static TheoryData<TState, TAction, string> RefusedCells<TState, TAction>(IReadOnlyList<TableRow<TState, TAction>> rows, IEnumerable<TState> states, IEnumerable<TAction> actions)
        where TState : struct, Enum
        where TAction : struct, Enum
    {
        var data = new TheoryData<TState, TAction, string>();
        var actionList = actions.ToList();
        foreach (var state in states)
            foreach (var action in actionList)
                foreach (var role in PortalRole.All)
                    if (!rows.Any(r => r.From.Equals(state) && r.Action.Equals(action) && r.Role == role))
                        data.Add(state, action, role);
        return data;
    }
}
