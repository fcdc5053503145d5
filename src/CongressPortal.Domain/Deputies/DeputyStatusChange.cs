namespace CongressPortal.Domain.Deputies;

/// <summary>One change of a deputy's status, with its date and the reason or legal basis.</summary>
public sealed class DeputyStatusChange
{
    private DeputyStatusChange() { }

    internal DeputyStatusChange(DeputyStatus from, DeputyStatus to, DateOnly date, string reason, string? byUserId)
    {
        From = from;
        To = to;
        Date = date;
        Reason = reason;
        ByUserId = byUserId;
    }

    public int Id { get; private set; }
    public int DeputyId { get; private set; }
    public DeputyStatus From { get; private set; }
    public DeputyStatus To { get; private set; }
    public DateOnly Date { get; private set; }
    public string Reason { get; private set; } = "";
    public string? ByUserId { get; private set; }
}
