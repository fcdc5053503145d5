using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Platform;

public sealed partial class ConventionTests
{
    private static bool IsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    [Fact]
    public void Every_audited_entity_type_and_property_reads_in_Chinese_in_the_audit_log()
    {
        using var scope = app.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
        var missing = new List<string>();
        foreach (var type in model.GetEntityTypes().Where(t => !AuditInterceptor.NotAudited.Contains(t.ClrType)))
        {
            var name = type.ClrType.IsGenericType ? type.DisplayName() : type.ClrType.Name;
            if (!AuditLabels.HasEntityName(name) || !IsChinese(AuditLabels.EntityName(name))) missing.Add(name);
            // What the interceptor records: every property but row versions and the bookkeeping it never records.
            foreach (var property in type.GetProperties().Where(p => !p.IsConcurrencyToken && !AuditInterceptor.NeverRecorded.Contains(p.Name)))
            {
                if (!AuditLabels.HasFieldName(name, property.Name) || !IsChinese(AuditLabels.FieldName(name, property.Name)))
                {
                    missing.Add($"{name}.{property.Name}");
                }
            }
        }
        missing.Should().NotContain("Committee.Name", "the check itself must see the model");
        string.Join(", ", missing).Should().BeEmpty("each needs a Chinese label in AuditLabels");
        AuditLabels.FieldName("Deputy", "Name").Should().Be("姓名", "a label for one entity wins over the general one");
        AuditLabels.FieldName("Committee", "Name").Should().Be("名称");
    }
}
