using CongressPortal.Domain.Common;
using FluentAssertions.Specialized;

namespace CongressPortal.Domain.Tests.Common;

/// <summary>Refusals are compared by their stable code (and carry the same field and message), never by wording alone.</summary>
public static class RefusalAssertions
{
    public static ExceptionAssertions<DomainRuleException> WithRefusal(this ExceptionAssertions<DomainRuleException> assertions, Refusal expected)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(expected);
        var refusal = assertions.Which.Refusal;
        refusal.Code.Should().Be(expected.Code, "the refusal's code names the rule");
        refusal.Field.Should().Be(expected.Field, "the refusal names the field it concerns");
        refusal.Message.Should().Be(expected.Message);
        return assertions;
    }
}
