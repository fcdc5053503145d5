using System.Globalization;
using System.Text;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>
/// Drafts for comment made through the store and the domain's own methods, as staff and the public would make them from
/// their pages (the pages are tested against these): a record read at a meeting today with a generated text of
/// <c>articles</c> articles in chapters, a draft prepared from that reading and published, comments, checks, decisions,
/// contact points. Each step fails the test when the domain refuses.
/// </summary>
public sealed class DraftSteps(PortalAppFactory app)
{
    public static readonly Actor Staff = Actor.Staff("测试工作人员");

    /// <summary>A contact a commenter leaves: public pages, exports and feeds are searched for it and must not contain it.</summary>
    public const string PrivateContact = "13987654321";

    public const string PrivateEmail = "citizen.private@example.cn";

    public const string DraftTitle = "示例市城市绿化条例（草案征求意见稿）";

    public DateOnly Today => ChinaTime.Today(app.Clock.GetUtcNow());

    public sealed record Created(int DraftId, int RecordId, int ReadingId);

    private async Task<T> StoreAsync<T>(Func<DraftStore, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<DraftStore>());
    }

    private async Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static T Ok<T>(CommandResult<T> result) =>
        result.IsSuccess ? result.Value! : throw new InvalidOperationException($"refused: {result.Error}");

    /// <summary>A draft's text: a title, then chapters of five articles each (第一条 … 第N条), each article one sentence naming its number.</summary>
    public static StatuteText Text(int articles, string title = DraftTitle)
    {
        var text = new StringBuilder().AppendLine(title);
        for (var n = 1; n <= articles; n++)
        {
            if ((n - 1) % 5 == 0) text.AppendLine(CultureInfo.InvariantCulture, $"第{ChineseNumerals.Format((n - 1) / 5 + 1)}章　第{ChineseNumerals.Format((n - 1) / 5 + 1)}部分规定");
            text.AppendLine(CultureInfo.InvariantCulture, $"第{ChineseNumerals.Format(n)}条　本条规定城市绿化的第{ChineseNumerals.Format(n)}项要求，有关部门应当依法履行职责。");
        }
        return StatuteDetector.Detect(text.ToString()).Text;
    }

    /// <summary>A record read (初审) at a meeting held today, with <paramref name="articles"/> articles.</summary>
    public async Task<(int RecordId, int ReadingId)> ReadRecordAsync(int articles = 8, string title = "示例市城市绿化条例")
    {
        var now = app.Clock.GetUtcNow();
        return await DbAsync(async db =>
        {
            var term = await db.Terms.OrderBy(t => t.Id).FirstOrDefaultAsync();
            if (term is null)
            {
                term = Term.Create(16, new DateOnly(2022, 1, 1), null);
                db.Add(term);
                await db.SaveChangesAsync();
            }
            var number = await db.StandingCommitteeMeetings.CountAsync() + 100;
            var meeting = StandingCommitteeMeeting.Create(term.Id, number, ChinaTime.Today(now));
            db.Add(meeting);
            await db.SaveChangesAsync();
            var record = LegislationRecord.Create(new LegislationRecordDraft(title, LegislationKind.Enact, LegislativeField.UrbanRural, null, null,
                "市园林绿化局", null, null, "城市绿化立法"), Staff, now);
            record.RecordReading(new ReadingDraft(ReadingStage.First, meeting.Id, title + "（草案）", "关于草案的起草说明。"), ChinaTime.Today(now), Text(articles, title + "（草案）"), Staff, now);
            db.Add(record);
            await db.SaveChangesAsync();
            return (record.Id, record.Readings.Single().Id);
        });
    }

    /// <summary>A draft prepared from a fresh reading with the last day <paramref name="days"/> after today, published unless told not to.</summary>
    public async Task<Created> OpenDraftAsync(int articles = 8, int days = OpenDraft.MinimumDays, bool publish = true, string title = DraftTitle)
    {
        var (recordId, readingId) = await ReadRecordAsync(articles);
        var details = new OpenDraftDetails(title, "起草说明：为了加强城市绿化，制定本条例。", Today.AddDays(days));
        var id = Ok(await StoreAsync(store => store.PrepareAsync(recordId, readingId, details, Staff, default)));
        if (publish) await ActAsync(id, (draft, now) => draft.Publish(Staff, now));
        return new Created(id, recordId, readingId);
    }

    public Task<uint> VersionAsync(int draftId) => DbAsync(db => db.OpenDrafts.Where(d => d.Id == draftId).Select(d => d.Version).SingleAsync());

    public async Task ActAsync(int draftId, Action<OpenDraft, DateTimeOffset> action)
    {
        var version = await VersionAsync(draftId);
        Ok(await StoreAsync(store => store.ActAsync(draftId, version, action, default)));
    }

    public Task CloseEarlyAsync(int draftId, string reason = "草案需要作较大修改。") => ActAsync(draftId, (d, now) => d.CloseEarly(reason, Staff, now));

    /// <summary>A comment from the public through the store; returns its receipt code.</summary>
    public Task<string> CommentAsync(int draftId, string? anchor = "第五条", string body = "建议明确绿化养护责任的分工。", string contact = PrivateContact, string? name = "张市民") =>
        StoreAsync(async store => Ok(await store.SubmitCommentAsync(draftId, new DraftCommentDraft(anchor, body, name, contact), default)));

    public Task<int> CommentIdAsync(string receiptCode) => DbAsync(db => db.DraftComments.Where(c => c.ReceiptCode == receiptCode).Select(c => c.Id).SingleAsync());

    public Task CheckAsync(int commentId, DraftCommentCheck check) => CommentActAsync(commentId, (c, w, now) => c.Check(w, check, Staff, now));

    public Task DecideAsync(int commentId, AdoptionDecision decision, string reason = "该意见已在修改稿中吸收。") =>
        CommentActAsync(commentId, (c, w, now) => c.Decide(w, decision, reason, Staff, now));

    private Task<int> CommentActAsync(int commentId, Action<DraftComment, DraftWindow, DateTimeOffset> action) => DbAsync(async db =>
    {
        var comment = await db.DraftComments.SingleAsync(c => c.Id == commentId);
        var window = await db.OpenDrafts.Where(d => d.Id == comment.DraftId).Select(d => new DraftWindow(d.Id, d.Status, d.ClosesAt, d.ArticleAnchors)).SingleAsync();
        action(comment, window, app.Clock.GetUtcNow());
        await db.SaveChangesAsync();
        return 0;
    });

    /// <summary>Closes the draft early and publishes its outcome (every comment must be checked and decided).</summary>
    public async Task PublishOutcomeAsync(int draftId, string summary = "共收到意见若干条，经研究采纳了其中的合理意见。", IReadOnlyDictionary<string, string>? notes = null)
    {
        var phase = await DbAsync(db => db.OpenDrafts.Where(d => d.Id == draftId).Select(d => new { d.Status, d.ClosesAt }).SingleAsync());
        if (OpenDraft.PhaseOf(phase.Status, phase.ClosesAt, app.Clock.GetUtcNow()) == DraftPhase.Open) await CloseEarlyAsync(draftId);
        var version = await VersionAsync(draftId);
        Ok(await StoreAsync(store => store.PublishOutcomeAsync(draftId, version, new DraftOutcome(summary, notes ?? new Dictionary<string, string>()), Staff, default)));
    }

    public Task<int> ContactPointAsync(string name = "青山路街道基层立法联系点", string district = "新城区") => DbAsync(async db =>
    {
        var point = LegislativeContactPoint.Create(new ContactPointDetails(name, district, "青山路1号", "青山路街道办事处", "李联络", "0471-6612345", new DateOnly(2023, 5, 1)),
            Staff, app.Clock.GetUtcNow());
        db.Add(point);
        await db.SaveChangesAsync();
        return point.Id;
    });

    public Task<int> PointCommentAsync(int draftId, int pointId, string? anchor = "第三条", string body = "联系点收集：建议增加社区绿地。") =>
        StoreAsync(async store => Ok(await store.RecordPointCommentAsync(draftId, new PointCommentDraft(pointId, anchor, body, "王居民", null, Today), Staff, default)));
}
