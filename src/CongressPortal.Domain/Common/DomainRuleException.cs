namespace CongressPortal.Domain.Common;

/// <summary>
/// A business rule refused the action. It carries the <see cref="Refusal"/>: a stable code, the field it concerns and
/// the Chinese message shown to the user as is. There is deliberately no constructor taking a bare message: a refusal
/// without a code could not be tested for or matched to its field.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(Refusal refusal) : base(refusal?.Message)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        Refusal = refusal;
    }

    public DomainRuleException() : this(DomainMessages.ActionRefused) { }

    public Refusal Refusal { get; }

    public string Code => Refusal.Code;

    public string? Field => Refusal.Field;
}
