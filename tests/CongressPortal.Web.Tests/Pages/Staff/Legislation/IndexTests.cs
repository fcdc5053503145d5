using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Legislation;

public sealed class IndexTests(PortalAppFactory app) : LegislationTest(app)
{
    [Fact]
    public async Task The_overview_lists_records_filters_them_by_name_and_has_nothing_to_attend_at_first()
    {
        using var staff = await StaffAsync();
        await CreateRecordAsync(staff);
        await CreateRecordAsync(staff, title: "示例市养犬管理条例");

        var all = await staff.GetDocumentAsync("/Staff/Legislation/Index");
        all.QuerySelector("#records")!.TextContent.Should().Contain(RecordTitle).And.Contain("示例市养犬管理条例");
        all.QuerySelector("#nothing-to-attend").Should().NotBeNull();

        var filtered = await staff.GetDocumentAsync("/Staff/Legislation/Index?q=养犬");
        filtered.QuerySelector("#records")!.TextContent.Should().Contain("示例市养犬管理条例").And.NotContain(RecordTitle);
    }
}
