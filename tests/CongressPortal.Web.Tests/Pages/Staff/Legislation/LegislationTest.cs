using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Legislation;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Regulations;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Legislation;

/// <summary>Shared steps of the staff legislation tests: meetings held on given days, a record created and read through the pages, the stored record.</summary>
public abstract class LegislationTest(PortalAppFactory app) : RegulationTest(app)
{
    protected const string RecordTitle = "示例市湿地保护条例";

    protected static string RecordPage(int id) => $"/Staff/Legislation/Records/Details/{id}";

    protected static string Id(int? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "";

    protected async Task<int> MeetingAsync(int number, DateOnly date)
    {
        var term = await Data.TermAsync();
        return await DbAsync(async db =>
        {
            var meeting = StandingCommitteeMeeting.Create(term.Id, number, date);
            db.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
    }

    protected static async Task<int> CreateRecordAsync(PortalClient staff, LegislationKind kind = LegislationKind.Enact, int? regulationId = null, string title = RecordTitle)
    {
        using var created = await PostAsync(staff, "/Staff/Legislation/Records/Create", "#record-form",
        [
            ("Input.Title", title), ("Input.Kind", kind.ToString()), ("Input.Field", nameof(LegislativeField.Ecology)),
            ("Input.DraftingBody", "市林业和草原局"), ("Input.RegulationId", Id(regulationId)),
        ]);
        created.StatusCode.Should().Be(HttpStatusCode.Redirect, "the record should be created");
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>A 初审 of the sample text at <paramref name="meetingId"/>, through the record page's form.</summary>
    protected static async Task<IHtmlDocument> FirstReadingAsync(PortalClient staff, int recordId, int meetingId)
    {
        var page = await staff.GetDocumentAsync(RecordPage(recordId));
        using var read = await PostAsync(staff, page, "#form-reading", [("Reading.MeetingId", Id(meetingId)), ("Reading.Explanation", "关于草案的说明"), ("Reading.Text.Pasted", SampleText(RecordTitle))]);
        return await PageAfterAsync(staff, read, recordId);
    }

    protected Task<LegislationRecord> RecordAsync(int id) =>
        DbAsync(db => LegislationStore.WithEverything(db.LegislationRecords.AsNoTracking()).SingleAsync(r => r.Id == id));

    protected static async Task<IHtmlDocument> PageAfterAsync(PortalClient staff, HttpResponseMessage response, int id)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the action should succeed");
        return await staff.GetDocumentAsync(RecordPage(id));
    }
}
