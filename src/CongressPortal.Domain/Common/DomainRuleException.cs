namespace CongressPortal.Domain.Common;

/// <summary>A business rule refused the action. The message is Chinese and is shown to the user as is.</summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message) : base(message) { }

    public DomainRuleException() : base(DomainMessages.ActionRefused) { }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException) { }
}
