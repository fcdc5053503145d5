using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Legislation.Records;

public sealed class CreateTests(PortalAppFactory app) : LegislationTest(app)
{
    [Fact]
    public async Task A_record_is_created_with_what_staff_typed()
    {
        using var staff = await StaffAsync();
        var id = await CreateRecordAsync(staff);

        var record = await RecordAsync(id);
        (record.Title, record.Kind, record.Field, record.DraftingBody, record.Status).Should().Be(
            (RecordTitle, LegislationKind.Enact, LegislativeField.Ecology, "市林业和草原局", LegislationStatus.Drafting));
        (await DbAsync(db => System.Threading.Tasks.Task.FromResult(db.AuditEntries.Count(a => a.EntityType == nameof(LegislationRecord))))).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_record_without_a_title_is_refused_next_to_the_title_keeping_the_rest()
    {
        using var staff = await StaffAsync();
        using var response = await PostAsync(staff, "/Staff/Legislation/Records/Create", "#record-form",
            [("Input.Title", ""), ("Input.Kind", nameof(LegislationKind.Enact)), ("Input.Field", nameof(LegislativeField.Ecology)), ("Input.DraftingBody", "市林业和草原局")]);
        var refused = await RefusedAsync(response);
        refused.FieldError("Input.Title").Should().NotBeEmpty();
        Value(refused, "Input.DraftingBody").Should().Be("市林业和草原局");
    }
}
