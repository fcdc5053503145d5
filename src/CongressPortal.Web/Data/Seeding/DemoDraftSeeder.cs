using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Seeding;

/// <summary>
/// The demo city's public comment on drafts (DOMAIN.md §6): ten 基层立法联系点 (one no longer active); the household-waste
/// sorting draft (April–May 2026) and the community-governance draft (May–June 2026, extended once), both closed with every
/// comment checked and decided and the outcome published; the lift-safety draft, published ten days before today and open
/// for about three more weeks, with about two hundred comments — most waiting for a check, some checked, a few decided,
/// fifteen from contact points; and the civility draft prepared, not yet published. Comments are written from phrases on
/// what each article is about and played through the domain at the moment they were sent (<see cref="SimulatedClock"/>),
/// so nothing is dated after today. Deterministic (a seeded <see cref="Random"/>); runs once, after the legislation records.
/// </summary>
public sealed partial class DemoDraftSeeder(AppDbContext db, TimeProvider clock)
{
    private const string StaffName = "法制工作委员会 赵立新";

    /// <summary>A comment on the sorting draft that was adopted: its writer can look the result up (README).</summary>
    public const string AdoptedReceiptCode = "DRFTADPTED26";

    /// <summary>A comment on the open draft still waiting for its check.</summary>
    public const string PendingReceiptCode = "DRFTPENDNG26";

    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private readonly Actor _staff = Actor.Staff(StaffName);
    private readonly Random _random = new(20261125);
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal) { AdoptedReceiptCode, PendingReceiptCode };
    private DateTimeOffset _now;
    private List<(int Id, string Name, string District)> _points = [];

    /// <summary>What happens to a comment: the check staff give it, and the decision when it is valid and decided.</summary>
    private enum Fate
    {
        Valid,
        Duplicate,
        OffTopic,
        Abusive,
    }

    /// <summary>One comment as it will be played: when, on which article, what, by whom, and what staff make of it.</summary>
    private sealed record Planned(DateTimeOffset At, string? Anchor, ArticleKind Kind, string Body, string? Name, string? Contact, Fate Fate,
        int? PointId = null, DateOnly? CollectedOn = null);

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.OpenDrafts.AnyAsync(ct) || await db.LegislativeContactPoints.AnyAsync(ct)) return;
        _now = clock.GetUtcNow();
        await SeedPointsAsync(ct);

        await SeedClosedAsync(Sorting, ReadingStage.First, new DateOnly(2026, 4, 3), new DateOnly(2026, 5, 6), null, new DateOnly(2026, 5, 8), 64, 8, ct);
        await SeedClosedAsync(Community, ReadingStage.First, new DateOnly(2026, 5, 20), new DateOnly(2026, 6, 19),
            (new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 30),
                "端午节假期（6月19日至21日）与征求意见截止日期重合，应部分街道和基层立法联系点的要求，征求意见期限延长至6月30日。"),
            new DateOnly(2026, 7, 10), 80, 10, ct);
        await SeedOpenAsync(ct);
        await SeedPreparedAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static DateTimeOffset At(DateOnly date, int hour) => SimulatedClock.At(date, hour);

    private DateOnly Today => ChinaTime.Today(_now);

    // ── Contact points ──

    private async Task SeedPointsAsync(CancellationToken ct)
    {
        // The registry was entered when the portal went live in March; the docks' point had stopped working in 2025.
        var entered = At(new DateOnly(2026, 3, 2), 10);
        if (entered > _now) entered = _now;
        foreach (var spec in Points)
        {
            var point = LegislativeContactPoint.Create(new ContactPointDetails(spec.Name, spec.District, spec.Address, spec.Host, spec.Person, spec.Phone, spec.Established),
                _staff, entered);
            if (!spec.Active) point.SetActive(false, _staff, entered.AddMinutes(30));
            db.LegislativeContactPoints.Add(point);
        }
        await db.SaveChangesAsync(ct);
        var active = await db.LegislativeContactPoints.Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name, p.District }).ToListAsync(ct);
        _points = [.. active.Select(p => (p.Id, p.Name, p.District))];
    }

    // ── The drafts ──

    /// <summary>The record's reading the draft is opened from, when both exist and the reading was held before <paramref name="before"/>.</summary>
    private async Task<(LegislationRecord Record, LegislationReading Reading)?> ReadingAsync(DraftSpec spec, ReadingStage? stage, DateOnly before, CancellationToken ct)
    {
        var record = await db.LegislationRecords.Include(r => r.Readings).FirstOrDefaultAsync(r => r.Title == spec.RecordTitle, ct);
        var reading = record?.Readings.Where(r => stage == null || r.Stage == stage).OrderByDescending(r => r.Stage).FirstOrDefault();
        return record is null || reading is null || reading.HeldOn >= before || reading.ArticleCount == 0 ? null : (record, reading);
    }

    /// <summary>Prepares the draft two days before it is published, publishes it at ten in the morning and saves it.</summary>
    private async Task<OpenDraft?> PublishAsync(DraftSpec spec, ReadingStage? stage, DateOnly publishedOn, DateOnly lastDay, CancellationToken ct)
    {
        if (At(publishedOn, 10) > _now || await ReadingAsync(spec, stage, publishedOn.AddDays(-2), ct) is not { } found) return null;
        var (record, reading) = found;
        var draft = OpenDraft.Prepare(record, reading.Id, new OpenDraftDetails(spec.Title, Explanation(spec, reading), lastDay), _staff, At(publishedOn.AddDays(-2), 15));
        draft.Publish(_staff, At(publishedOn, 10));
        db.OpenDrafts.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft;
    }

    private static string Explanation(DraftSpec spec, LegislationReading reading)
    {
        var text = reading.Text();
        var chapters = text.Headings.Count(h => h.Kind == StatuteLineKind.Chapter);
        var size = chapters > 0 ? $"{ChineseNumerals.Format(chapters)}章{ChineseNumerals.Format(text.Articles.Count)}条" : $"{ChineseNumerals.Format(text.Articles.Count)}条";
        return spec.Explanation.Replace("{size}", size, StringComparison.Ordinal).Trim();
    }

    /// <summary>A draft whose period is over: every comment checked, every valid one decided, the outcome published.</summary>
    private async Task SeedClosedAsync(DraftSpec spec, ReadingStage stage, DateOnly publishedOn, DateOnly lastDay, (DateOnly On, DateOnly To, string Reason)? extension,
        DateOnly outcomeOn, int online, int fromPoints, CancellationToken ct)
    {
        if (At(outcomeOn, 16) > _now) return;
        var draft = await PublishAsync(spec, stage, publishedOn, lastDay, ct);
        if (draft is null) return;
        if (extension is { } e)
        {
            draft.Extend(e.To, e.Reason, _staff, At(e.On, 11));
            await db.SaveChangesAsync(ct);
        }
        var window = draft.Window;
        var closes = draft.ClosesAt!.Value;
        var planned = Plan(draft, spec, draft.OpenedAt!.Value, closes, online, fromPoints, ChinaTime.Today(closes.AddSeconds(-1)));
        var comments = new List<DraftComment>();
        var adoptedCode = false;
        foreach (var p in planned)
        {
            var decision = p.Fate == Fate.Valid ? Decision(p) : (AdoptionDecision?)null;
            var code = !adoptedCode && spec == Sorting && p.PointId is null && decision == AdoptionDecision.Adopted ? AdoptedReceiptCode : null;
            adoptedCode |= code is not null;
            var comment = Submit(window, p, code);
            // Staff check within two days, the last ones the day after the period ends; decide in the days before the outcome.
            var checkedAt = Min(At(ChinaTime.Today(p.At).AddDays(1 + _random.Next(2)), 9 + _random.Next(8)), At(lastDay.AddDays(1), 11));
            if (comment.Status == DraftCommentStatus.Received) Check(comment, window, p.Fate, Max(checkedAt, p.At.AddMinutes(30)));
            if (decision is { } d)
            {
                var decidedAt = Min(At(lastDay.AddDays(1 + _random.Next(2)), 15 + _random.Next(3)), At(outcomeOn, 11));
                comment.Decide(window, d, Reason(d), _staff, Max(decidedAt, comment.CheckedAt!.Value.AddHours(1)));
            }
            comments.Add(comment);
        }
        db.DraftComments.AddRange(comments);
        await db.SaveChangesAsync(ct);

        var figures = DraftCommentFigures.From(comments.GroupBy(c => c.Status).Select(g => (g.Key, g.Count())));
        draft.PublishOutcome(Outcome(draft, spec, planned, comments, figures, extension?.To), figures, _staff, At(outcomeOn, 16));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The draft open now: published ten days ago, open until 22 days from now, about two hundred comments mostly waiting for their check.</summary>
    private async Task SeedOpenAsync(CancellationToken ct)
    {
        var publishedOn = Today.AddDays(-10);
        var draft = await PublishAsync(Lifts, ReadingStage.First, publishedOn, publishedOn.AddDays(32), ct);
        if (draft is null) return;
        var window = draft.Window;
        var planned = Plan(draft, Lifts, draft.OpenedAt!.Value, _now.AddMinutes(-20), 185, 15, Today.AddDays(-1));
        var comments = new List<DraftComment>();
        var pending = planned.LastOrDefault(p => p.PointId is null && p.Fate == Fate.Valid);
        foreach (var p in planned)
        {
            var comment = Submit(window, p, p == pending ? PendingReceiptCode : null);
            var checkedAt = Max(At(ChinaTime.Today(p.At).AddDays(1 + _random.Next(3)), 9 + _random.Next(8)), p.At.AddMinutes(30));
            // Staff have worked through part of the first week's comments, the ones plainly not for counting first; the
            // abusive one was caught at once.
            var check = p.Fate == Fate.Abusive || (p != pending && checkedAt < _now.AddDays(-2) && _random.NextDouble() < (p.Fate == Fate.Valid ? 0.5 : 0.9));
            if (comment.Status == DraftCommentStatus.Received && check) Check(comment, window, p.Fate, p.Fate == Fate.Abusive ? p.At.AddHours(2) : checkedAt);
            var decideAt = At(Today.AddDays(-1), 16);
            if (comment.Status == DraftCommentStatus.Valid && comment.CheckedAt < decideAt.AddDays(-1) && _random.NextDouble() < 0.25)
            {
                var decision = Decision(p);
                comment.Decide(window, decision, Reason(decision), _staff, decideAt);
            }
            comments.Add(comment);
        }
        db.DraftComments.AddRange(comments);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Staff are preparing the civility draft (its vote was deferred) to go out again: not public.</summary>
    private async Task SeedPreparedAsync(CancellationToken ct)
    {
        var preparedOn = Today.AddDays(-1);
        if (await ReadingAsync(Civility, null, preparedOn, ct) is not { } found) return;
        var (record, reading) = found;
        db.OpenDrafts.Add(OpenDraft.Prepare(record, reading.Id, new OpenDraftDetails(Civility.Title, Explanation(Civility, reading), Today.AddDays(35)),
            _staff, At(preparedOn, 15)));
        await db.SaveChangesAsync(ct);
    }

    // ── Comments ──

    private DraftComment Submit(DraftWindow window, Planned p, string? code) => p.PointId is { } point
        ? DraftComment.Record(window, new PointCommentDraft(point, p.Anchor, p.Body, p.Name, p.Contact, p.CollectedOn!.Value), _staff, p.At)
        : DraftComment.Submit(window, new DraftCommentDraft(p.Anchor, p.Body, p.Name, p.Contact), code ?? Code(), p.At);

    private void Check(DraftComment comment, DraftWindow window, Fate fate, DateTimeOffset at) => comment.Check(window, fate switch
    {
        Fate.Duplicate => DraftCommentCheck.Duplicate,
        Fate.OffTopic => DraftCommentCheck.OffTopic,
        Fate.Abusive => DraftCommentCheck.Abusive,
        _ => DraftCommentCheck.Valid,
    }, _staff, at);

    /// <summary>A receipt code as <see cref="ReceiptCode.New"/> makes them, from the seeded generator.</summary>
    private string Code()
    {
        while (true)
        {
            var code = new string([.. Enumerable.Range(0, ReceiptCode.Length).Select(_ => Alphabet[_random.Next(Alphabet.Length)])]);
            if (_codes.Add(code)) return code;
        }
    }

    private AdoptionDecision Decision(Planned p)
    {
        // Comments on penalties and duties are taken up more often than general ones (Hohhot 2025: 279 of 773 adopted).
        var bonus = p.Kind is ArticleKind.Penalty or ArticleKind.Complaints or ArticleKind.Obligations ? 0.1 : 0;
        var r = _random.NextDouble();
        return r < 0.22 + bonus ? AdoptionDecision.Adopted : r < 0.38 + bonus ? AdoptionDecision.PartlyAdopted : AdoptionDecision.NotAdopted;
    }

    private string Reason(AdoptionDecision decision) => Pick(decision switch
    {
        AdoptionDecision.Adopted => AdoptedReasons,
        AdoptionDecision.PartlyAdopted => PartlyAdoptedReasons,
        _ => NotAdoptedReasons,
    });

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>
    /// The comments of a draft, oldest first: <paramref name="online"/> sent between <paramref name="from"/> and
    /// <paramref name="to"/> (more in the first days), a few of them duplicates, off-topic or rude; and
    /// <paramref name="fromPoints"/> collected at contact points' meetings up to <paramref name="lastCollected"/> and
    /// entered by staff the next afternoon. Comments gather on some articles (penalties, prohibitions, duties) more than others.
    /// </summary>
    private List<Planned> Plan(OpenDraft draft, DraftSpec spec, DateTimeOffset from, DateTimeOffset to, int online, int fromPoints, DateOnly lastCollected)
    {
        var articles = draft.Text().Articles.Select(a => (a.Anchor, Kind: KindOf(a.BodyText))).ToList();
        var weights = articles.Select(a => a.Kind switch
        {
            ArticleKind.Penalty => 4.0,
            ArticleKind.Prohibitions or ArticleKind.Obligations or ArticleKind.Complaints => 3.0,
            ArticleKind.Government or ArticleKind.Coordination or ArticleKind.Commencement => 2.0,
            _ => 1.0,
        } * (0.5 + _random.NextDouble())).ToArray();
        var total = weights.Sum();
        (string? Anchor, ArticleKind Kind) Article()
        {
            if (_random.NextDouble() < 0.2) return (null, ArticleKind.Other);
            var x = _random.NextDouble() * total;
            for (var i = 0; i < articles.Count; i++)
                if ((x -= weights[i]) <= 0) return articles[i];
            return articles[^1];
        }
        string Body(string? anchor, ArticleKind kind)
        {
            var core = anchor is null ? Pick(spec.WholeDraft) : Pick(ArticleComments[kind]);
            return $"{Pick(Openers)}{core.Replace("{s}", spec.Subject, StringComparison.Ordinal)}{Pick(Closers)}";
        }
        string? Name() => _random.Next(10) switch
        {
            < 5 => null,
            < 7 => $"{Pick(Surnames)}{(_random.Next(2) == 0 ? "先生" : "女士")}",
            _ => $"{Pick(Surnames)}{Pick(GivenNames)}",
        };
        string Contact() => _random.Next(3) == 0
            ? $"{Pick(["jumin", "reader", "zhang.w", "liu.min", "nmg.lawyer", "laoshi"])}{_random.Next(10, 1000)}@example.cn"
            : $"139 0000 {_random.Next(0, 10000):0000}";
        DateTimeOffset When()
        {
            var span = (to - from).TotalMinutes;
            while (true)
            {
                // More comments in the first days after publication, by day and evening rather than at night.
                var at = from.AddMinutes(span * Math.Pow(_random.NextDouble(), 1.4));
                var hour = ChinaTime.ToLocal(at).Hour;
                if (hour is >= 7 and <= 23 || _random.Next(8) == 0) return at;
            }
        }

        var plans = new List<Planned>();
        for (var i = 0; i < online; i++)
        {
            var at = When();
            var roll = _random.Next(100);
            if (roll < 5 && plans.Count > 0)
            {
                // Sent twice: the same words, the same writer, a little later.
                var earlier = plans[_random.Next(plans.Count)];
                var again = earlier.At.AddMinutes(3 + _random.Next(600));
                plans.Add(earlier with { At = again < to ? again : earlier.At + (to - earlier.At) / 2, Fate = Fate.Duplicate });
                continue;
            }
            if (roll < 8)
            {
                plans.Add(new Planned(at, null, ArticleKind.Other, Pick(OffTopic), Name(), Contact(), Fate.OffTopic));
                continue;
            }
            var (anchor, kind) = Article();
            plans.Add(new Planned(at, anchor, kind, Body(anchor, kind), Name(), Contact(), Fate.Valid));
        }
        // One rude comment in the first days.
        plans.Add(new Planned(from.AddHours(30 + _random.Next(48)), articles.FirstOrDefault(a => a.Kind == ArticleKind.Penalty).Anchor, ArticleKind.Penalty, Abusive, null,
            Contact(), Fate.Abusive));

        // Contact points hold a meeting and send what they collected; staff enter it the next afternoon.
        var firstDay = ChinaTime.Today(from).AddDays(2);
        var days = Math.Max(1, lastCollected.DayNumber - firstDay.DayNumber + 1);
        for (var i = 0; i < fromPoints;)
        {
            var point = Pick(_points);
            var collected = firstDay.AddDays(_random.Next(days));
            var entered = At(collected.AddDays(1), 15 + _random.Next(3));
            if (entered >= _now) entered = _now.AddMinutes(-5);
            for (var n = Math.Min(fromPoints - i, 2 + _random.Next(3)); n > 0; n--, i++)
            {
                var (anchor, kind) = Article();
                var body = $"（{point.Name}座谈会）{Body(anchor, kind)}";
                var name = _random.Next(3) == 0 ? null : $"{point.District}居民 {Pick(Surnames)}{Pick(GivenNames)}";
                plans.Add(new Planned(entered.AddMinutes(n), anchor, kind, body, name, _random.Next(4) == 0 ? Contact() : null, Fate.Valid, point.Id, collected));
            }
        }
        return [.. plans.OrderBy(p => p.At)];
    }

    // ── The outcome ──

    private static DraftOutcome Outcome(OpenDraft draft, DraftSpec spec, List<Planned> planned, List<DraftComment> comments, DraftCommentFigures f, DateOnly? extendedTo)
    {
        var kinds = planned.Where(p => p.Anchor is not null).GroupBy(p => p.Anchor!).ToDictionary(g => g.Key, g => g.First().Kind);
        var byArticle = comments.GroupBy(c => c.ArticleAnchor ?? "").ToDictionary(g => g.Key, g => g.Count());
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (anchor, count) in byArticle.Where(a => a.Key.Length > 0).OrderByDescending(a => a.Value).ThenBy(a => draft.ArticleAnchors.IndexOf(a.Key)).Take(5))
            notes[anchor] = KindNotes.GetValueOrDefault(kinds[anchor], DefaultNote).Replace("{n}", ChineseNumerals.Format(count), StringComparison.Ordinal);
        if (byArticle.TryGetValue("", out var whole))
            notes[""] = $"对草案整体共收到意见{ChineseNumerals.Format(whole)}条，涉及{spec.Subject}工作的体制机制、资金保障和群众关心的具体问题。其中具有普遍性的意见已在修改稿中吸收；涉及具体工作的意见已转交有关部门研究办理。";

        var opened = ChinaTime.FormatDate(draft.OpenedAt!.Value);
        var period = extendedTo is { } to
            ? $"{opened}至{ChinaTime.FormatDate(to)}（原定截止日期为{ChinaTime.FormatDate(draft.DeadlineChanges[0].FromLastDay)}，因端午节假期延长）"
            : $"{opened}至{ChinaTime.FormatDate(draft.LastDay)}";
        var online = comments.Count(c => c.Source == DraftCommentSource.Online);
        var summary = $"""
            {period}，《{draft.Title}》在示例市人大门户网站向社会公开征求意见，并通过基层立法联系点听取基层群众意见。共收到意见{f.Checked}条，其中网上提交{online}条，基层立法联系点收集{f.Checked - online}条。经逐条审核，有效意见{f.Counted}条，重复意见{f.Duplicate}条，与草案内容无关的{f.OffTopic}条，含有不当言论的{f.Abusive}条。
            有效意见中，采纳{f.Adopted}条，部分采纳{f.PartlyAdopted}条，未采纳{f.NotAdopted}条。法制委员会根据这些意见对草案作了修改，修改情况已在向常委会会议所作的报告中说明。对未采纳的意见，主要是上位法已有规定、宜由配套规定明确或者超出本条例调整范围的，已在每条意见的处理结果中说明理由。
            感谢社会各界对地方立法工作的关心和支持。
            """;
        return new DraftOutcome(summary, notes);
    }
}
