using System.Net;
using System.Text.Json;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Stations;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>What the open data tests share: reading the API's JSON (and its problems) through the real app.</summary>
public abstract class OpenDataTest(PortalAppFactory app) : DeputySuggestionTest(app)
{
    public const string Origin = "http://localhost";

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    protected async Task<JsonElement> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync(url);
        return await JsonAsync(response, expected);
    }

    /// <summary>Every object of a list, following <c>links.next</c> to the end.</summary>
    protected async Task<List<JsonElement>> AllAsync(string url)
    {
        var objects = new List<JsonElement>();
        for (string? next = url; next is not null;)
        {
            var page = await GetJsonAsync(next);
            objects.AddRange(page.GetProperty("data").EnumerateArray());
            next = page.GetProperty("links").GetProperty("next").GetString();
            if (next is not null) next.Should().StartWith(Origin + "/api/v1/");
        }
        return objects;
    }

    /// <summary>Values the public must never see, seeded by <see cref="SeedWorldAsync"/> where the records keep them.</summary>
    public static readonly IReadOnlyList<string> PrivateValues =
    [
        TestData.PrivateSample.Mobile!, Web.Infrastructure.Mask.Value(TestData.PrivateSample.Mobile)!, TestData.PrivateSample.IdNumber!,
        TestData.PrivateSample.HomeAddress!, "1970-05-06", "张联络", "0471-1234567", "联系记录不公开", "评价意见不公开", "来访群众刘某某", "13600001111",
        "反映的问题不公开", DraftSteps.PrivateContact, "张市民", "建议明确绿化养护责任的分工。",
    ];

    /// <summary>
    /// One published object of every kind this class knows how to make, with private data beside it: a municipal deputy (mobile,
    /// ID number, address, birth date), a unit with its contact, a replied suggestion with a contact record and a rating
    /// comment, a station with a schedule and a reception whose visitor left a name and a phone, a draft whose commenter left a
    /// name and a phone (its outcome published), and a published work report.
    /// </summary>
    protected async Task<TestData.SuggestionWorld> SeedWorldAsync()
    {
        var world = await Data.SuggestionWorldAsync();
        var delegation = await Data.DelegationAsync();
        var lead = await Data.MunicipalDeputyAsync("王建华", "16101", delegation.Id);
        world = world with { Lead = lead };
        var suggestion = await RepliedAsync(world, replyText: "经研究，已列入今年加装电梯计划。");
        await Data.ActAsync(suggestion.Id, (s, rules, now) =>
        {
            s.LogContact(ContactStage.After, Today, ContactForm.Phone, "联系记录不公开", UnitActor(world.Unit.Id), now, rules);
            s.Rate(LatestReply(s).Id, Satisfaction.Satisfied, "评价意见不公开", Actor.Deputy(lead.Id, "王建华"), now, rules);
        });
        var district = await Data.DistrictAsync();
        var subdistrict = await Data.SubdistrictAsync(district.Id);
        var township = await Data.OtherLevelDeputyAsync();
        var station = await Data.StationAsync(subdistrict.Id, "青山路街道人大代表联络站", (lead.Id, StationRole.Head), (township.Id, StationRole.Member));
        await Data.ScheduleAsync(station.Id, new ScheduleRule(RecurrenceKind.Weekly, new TimeOnly(9, 0), new TimeOnly(11, 0), new DateOnly(2026, 1, 5), Weekday: DayOfWeek.Thursday), lead.Id);
        await Data.ReceptionAsync(station.Id, Today.AddDays(-7), [lead.Id], new TestData.VisitorIssue("来访群众刘某某", "13600001111", "反映的问题不公开"));
        // A draft whose commenter left a name and a phone; the comment is checked, adopted and the outcome published.
        var drafts = new DraftSteps(App);
        var draft = await drafts.OpenDraftAsync();
        var receipt = await drafts.CommentAsync(draft.DraftId);
        var comment = await drafts.CommentIdAsync(receipt);
        await drafts.CheckAsync(comment, Domain.Legislation.DraftCommentCheck.Valid);
        await drafts.DecideAsync(comment, Domain.Legislation.AdoptionDecision.Adopted);
        await drafts.PublishOutcomeAsync(draft.DraftId, notes: new Dictionary<string, string> { ["第五条"] = "已明确养护责任。" });
        await DbAsync(db => Pages.Staff.Reports.ReportSamples.CreateAsync(db, 2027, Pages.Staff.Reports.ReportSamples.Clean(2027), true, App.Clock.GetUtcNow()));
        return world;
    }

    protected static DateTimeOffset Modified(JsonElement element) => element.GetProperty("modified").GetDateTimeOffset();

    protected static string Id(JsonElement element) => element.GetProperty("id").GetString()!;
}
