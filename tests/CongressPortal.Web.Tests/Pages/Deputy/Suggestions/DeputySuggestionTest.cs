using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

// Not "…Pages.Deputy": a namespace of that name would hide the Deputy entity type from every test namespace beside it.
namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;

/// <summary>What the deputy's and the public suggestion page tests share: replied suggestions and reading them back.</summary>
public abstract class DeputySuggestionTest(PortalAppFactory app) : WebTest(app)
{
    /// <summary>The smallest file that passes the content check as a PDF.</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    protected DateOnly Today => ChinaTime.Today(App.Clock.GetUtcNow());

    protected static Actor UnitActor(int unitId) => Actor.Unit(unitId, "测试承办人");

    /// <summary>
    /// Registered, accepted, assigned to the world's unit (split handling), answered with an A-class reply today and, unless
    /// told otherwise, reviewed by staff (published when the unit allowed it).
    /// </summary>
    protected async Task<Suggestion> RepliedAsync(TestData.SuggestionWorld world, string title = "关于加快老旧小区加装电梯的建议",
        bool publishable = true, int? letterFileId = null, bool withCoSigner = true, string? replyText = null, bool reviewed = true)
    {
        var suggestion = await Data.SuggestionAsync(world, title, withCoSigner: withCoSigner);
        await Data.AssignedSuggestionAsync(suggestion.Id, world.Unit.Id);
        var replied = await Data.ActAsync(suggestion.Id, (s, rules, now, letter) =>
        {
            var reply = TestData.ReplyA(Today, letterFileId ?? letter(), publishable);
            s.Reply(replyText is null ? reply : reply with { Text = replyText }, UnitActor(world.Unit.Id), now, rules);
        });
        return reviewed ? await Data.ReviewRepliesAsync(suggestion.Id) : replied;
    }

    protected Task<Suggestion> LoadAsync(int id) =>
        DbAsync(db => SuggestionStore.WithEverything(db.Suggestions).AsNoTracking().SingleAsync(s => s.Id == id));

    protected Task<int> StoredPdfAsync(string name) => DbAsync(async db =>
    {
        var file = StoredFile.Accept(name, Pdf, "测试承办人", App.Clock.GetUtcNow());
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    });

    protected Task<PortalClient> DeputyClientAsync(int deputyId) => SignedInClientAsync(PortalRole.Deputy, deputyId: deputyId, userName: DeputyUser(deputyId));

    /// <summary>The deputy's account signs in again: after the test clock moves on days, the earlier session has expired.</summary>
    protected async Task<PortalClient> SignInAgainAsync(int deputyId)
    {
        var client = AnonymousClient();
        await client.LoginAsync(DeputyUser(deputyId), Password);
        return client;
    }

    private static string DeputyUser(int deputyId) => $"deputy-{deputyId}";

    /// <summary>The latest reply of the suggestion's first answering unit.</summary>
    protected static SuggestionReply LatestReply(Suggestion suggestion) =>
        suggestion.Assignments.First(a => a.Answers).LatestReply!;
}
