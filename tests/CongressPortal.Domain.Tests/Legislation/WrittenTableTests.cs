using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>The roles a written table has a column for, in order (a static member, so xunit's static member data can read it).</summary>
public interface ITableColumns
{
    static abstract IReadOnlyList<string> Roles { get; }
}

/// <summary>Every account role: Staff, Admin, Deputy, HandlingUnit, Auditor.</summary>
public sealed class AccountRoles : ITableColumns
{
    public static IReadOnlyList<string> Roles { get; } = [PortalRole.Staff, PortalRole.Admin, PortalRole.Deputy, PortalRole.HandlingUnit, PortalRole.Auditor];
}

/// <summary>Every account role, then the public: for a table in which the public acts too (commenting on an open draft).</summary>
public sealed class AccountRolesAndPublic : ITableColumns
{
    public static IReadOnlyList<string> Roles { get; } = [.. AccountRoles.Roles, PortalRole.Public];
}

/// <summary>A written table with a column for every account role (<see cref="AccountRoles"/>).</summary>
public abstract class WrittenTableTests<TAggregate, TState, TAction> : WrittenTableTests<TAggregate, TState, TAction, AccountRoles>
    where TState : struct, Enum
    where TAction : struct, Enum;

/// <summary>
/// What every legislation table test does with its table written out by hand (<see cref="Expected"/>: (action, from) →
/// the outcome for each role of <typeparamref name="TColumns"/>): the written table covers every cell, the code's table
/// says the same, and each cell performed on a real aggregate lands where the written table says or is refused with its
/// code and changes nothing. A derived class writes the table and says how to set up, ask and act on its aggregate.
/// </summary>
public abstract class WrittenTableTests<TAggregate, TState, TAction, TColumns>
    where TState : struct, Enum
    where TAction : struct, Enum
    where TColumns : ITableColumns
{
    /// <summary>The columns of <see cref="Expected"/>, in order.</summary>
    protected static IReadOnlyList<string> Roles => TColumns.Roles;

    protected static readonly Outcome Role = new(null, "Workflow.WrongRole");
    protected static readonly Outcome State = new(null, "Workflow.WrongStatus");

    protected static Outcome To(TState state) => new(state, null);

    protected abstract WorkflowTable<TState, TAction> Table { get; }

    protected abstract IReadOnlyDictionary<(TAction, TState), Outcome[]> Expected { get; }

    public static TheoryData<TAction, TState, string> Cells()
    {
        var data = new TheoryData<TAction, TState, string>();
        foreach (var action in Enum.GetValues<TAction>())
            foreach (var state in Enum.GetValues<TState>())
                foreach (var role in Roles) data.Add(action, state, role);
        return data;
    }

    [Fact]
    public void The_written_table_covers_every_state_action_and_role()
    {
        Roles.Should().OnlyHaveUniqueItems().And.Contain(PortalRole.All).And.Contain(Table.Rows.Select(r => r.Role).Distinct(), "every role the table names has a column");
        Expected.Keys.Should().BeEquivalentTo(Enum.GetValues<TAction>().SelectMany(a => Enum.GetValues<TState>().Select(s => (a, s))));
        Expected.Values.Should().OnlyContain(row => row.Length == Roles.Count);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void The_code_table_says_what_the_written_table_says(TAction action, TState from, string role)
    {
        var expected = ExpectedFor(action, from, role);

        Table.Outcomes(from, action, role).Should().Equal(expected.To is { } to ? [to] : []);
        (Table.Check(from, action, role)?.Code).Should().Be(expected.Code);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_cell_performed_lands_where_the_written_table_says_or_is_refused_and_changes_nothing(TAction action, TState from, string role)
    {
        var expected = ExpectedFor(action, from, role);
        var code = expected.To is null ? RefusalCode(action, from, role, expected.Code!) : null;
        var aggregate = Arrange(action, from);
        StateOf(aggregate).Should().Be(from);
        var actor = LegislationFixture.ActorFor(role);

        Check(aggregate, action, actor).Should().Be(code);
        AvailableCheck(aggregate, action, actor).Should().Be(code, "AvailableActions answers as Check does");
        if (expected.To is { } to)
        {
            Perform(aggregate, action, actor);
            StateOf(aggregate).Should().Be(to);
            return;
        }
        var before = Snapshot(aggregate);
        FluentActions.Invoking(() => Perform(aggregate, action, actor)).Should().Throw<DomainRuleException>().Which.Code.Should().Be(code, "the method runs the same check");
        Snapshot(aggregate).Should().Be(before, "a refused action changes nothing");
    }

    /// <summary>The code the aggregate refuses a cell with: the table's, unless the aggregate has a more specific reason.</summary>
    protected virtual string RefusalCode(TAction action, TState from, string role, string tableCode) => tableCode;

    /// <summary>An aggregate in <paramref name="from"/>, set up so that the guards accept <paramref name="action"/>.</summary>
    protected abstract TAggregate Arrange(TAction action, TState from);

    protected abstract TState StateOf(TAggregate aggregate);

    protected abstract string? Check(TAggregate aggregate, TAction action, Actor actor);

    protected abstract string? AvailableCheck(TAggregate aggregate, TAction action, Actor actor);

    /// <summary>Runs the method of <paramref name="action"/> with valid input.</summary>
    protected abstract void Perform(TAggregate aggregate, TAction action, Actor actor);

    /// <summary>What a refused action must leave as it was (a record, compared by value).</summary>
    protected abstract object Snapshot(TAggregate aggregate);

    private Outcome ExpectedFor(TAction action, TState from, string role) => Expected[(action, from)][Roles.ToList().IndexOf(role)];

    protected sealed record Outcome(TState? To, string? Code);
}
