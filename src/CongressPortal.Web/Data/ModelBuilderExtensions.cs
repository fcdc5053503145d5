using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CongressPortal.Web.Data;

public static class ModelBuilderExtensions
{
    public const string SensitiveAnnotation = "Portal:Sensitive";

    /// <summary>Private data (phones, ID numbers, addresses, password hashes): the audit log records that it changed, never the value.</summary>
    public static PropertyBuilder<T> IsSensitive<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(SensitiveAnnotation, true);

    public static bool IsSensitive(this IReadOnlyProperty property) =>
        property.FindAnnotation(SensitiveAnnotation)?.Value is true;
}
