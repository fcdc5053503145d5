using CongressPortal.Web.Infrastructure.Excel;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.FilingReview;

/// <summary>The year's filings as an .xlsx.</summary>
public sealed class ExportTests(PortalAppFactory app) : StaffFilingReviewTest(app)
{
    [Fact]
    public async Task The_years_filings_come_as_a_workbook_with_a_row_each()
    {
        await FilingAsync(Draft("示例市城市绿化管理办法", "示政规〔2026〕1号", new DateOnly(2026, 1, 5)));
        await FilingAsync(Draft("去年的文件", "示政规〔2025〕1号", new DateOnly(2025, 5, 5)), new DateOnly(2025, 5, 10));
        using var staff = await StaffAsync();
        using var response = await staff.GetAsync("/Staff/FilingReview/Export?year=2026");
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(XlsxFile.ContentType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        var read = await XlsxFile.ReadAsync("备案.xlsx", bytes.Length, stream, "2026年备案文件", 1000, "太多", CongressPortal.Domain.Common.ZipLimits.Default, default);
        read.IsSuccess.Should().BeTrue();
        read.Rows.Select(r => r["A"]).Should().Equal("文件名称", "示例市城市绿化管理办法");
        read.Rows[1]["G"].Should().Be("是", "published on 5 January, filed on 2 March");
    }
}
