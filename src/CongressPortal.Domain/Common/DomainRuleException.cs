namespace CongressPortal.Domain.Common;

/// <summary>
/// A business rule refused the action. It carries the <see cref="Refusal"/>: a stable code, the field it concerns and
/// the Chinese message shown to the user as is.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(Refusal refusal) : base(refusal?.Message)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        Refusal = refusal;
    }

    public DomainRuleException() : this(DomainMessages.ActionRefused) { }

    public DomainRuleException(string message) : this(new Refusal("Refused", message)) { }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException) =>
        Refusal = new Refusal("Refused", message);

    public Refusal Refusal { get; }

    public string Code => Refusal.Code;

    public string? Field => Refusal.Field;
}
