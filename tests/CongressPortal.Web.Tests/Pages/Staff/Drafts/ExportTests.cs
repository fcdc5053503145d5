using System.IO.Compression;
using System.Net;
using System.Text;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure.Excel;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Drafts;

/// <summary>The draft's comments as an .xlsx: a row each, and no contact anywhere in the file.</summary>
public sealed class ExportTests(PortalAppFactory app) : StaffDraftTest(app)
{
    [Fact]
    public async Task The_workbook_has_a_row_per_comment_and_no_contact_in_any_byte()
    {
        var draft = await Steps.OpenDraftAsync();
        var a = await OnlineAsync(draft.DraftId, "第五条", Script);
        await Steps.CommentAsync(draft.DraftId, null, "对草案整体的意见。", DraftSteps.PrivateEmail);
        var point = await Steps.ContactPointAsync();
        await Steps.PointCommentAsync(draft.DraftId, point);
        await Steps.CheckAsync(a, DraftCommentCheck.Valid);
        await Steps.DecideAsync(a, AdoptionDecision.Adopted, "已删除第五条第二款。");

        using var staff = await StaffAsync();
        using var response = await staff.GetAsync($"/Staff/Drafts/{draft.DraftId}/Export");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(XlsxFile.ContentType);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be(DraftSteps.DraftTitle + "意见汇总.xlsx");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = await reader.ReadToEndAsync();
                text.Should().NotContain(DraftSteps.PrivateContact, entry.FullName).And.NotContain(DraftSteps.PrivateEmail, entry.FullName);
            }
        }
        using var stream = new MemoryStream(bytes);
        var sheetName = (DraftSteps.DraftTitle.Length > 25 ? DraftSteps.DraftTitle[..25] : DraftSteps.DraftTitle) + "意见";
        var read = await XlsxFile.ReadAsync("意见.xlsx", bytes.Length, stream, sheetName, 1000, "太多", CongressPortal.Domain.Common.ZipLimits.Default, default);
        read.IsSuccess.Should().BeTrue(read.Error);
        read.Rows.Should().HaveCount(4);
        read.Rows[0]["A"].Should().Be("编号");
        read.Rows[1]["C"].Should().Be(Script, "the comment is text in the sheet, as typed");
        read.Rows[1]["I"].Should().Be(DraftCommentWorkflow.StatusLabel(DraftCommentStatus.Adopted));
        read.Rows[1]["N"].Should().Be("已删除第五条第二款。");
        read.Rows[2]["B"].Should().Be("草案整体");
        read.Rows[3]["F"].Should().Be("青山路街道基层立法联系点");
    }
}
