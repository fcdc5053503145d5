using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Seeding;

/// <summary>
/// The demo city's suggestions: the 2026 session's batch (about 350, to about 40 units) played through the
/// real workflow methods — review, assignment, returns, extensions, contacts, replies with commitments,
/// ratings, re-handling, closing — plus between-session suggestions still in hand, so that every status,
/// overdue and due-soon items, key suggestions and themes are on show. Deterministic (fixed seed). Actions
/// that would fall after the real today are not played, so the data never runs ahead of the clock.
/// </summary>
public sealed partial class DemoSuggestionSeeder(AppDbContext db, SuggestionRegistrar registrar, SuggestionRulesProvider rulesProvider, TimeProvider clock)
{
    private const string StaffName = "代表工作室 王晓燕";
    private readonly Random _random = new(20260112);
    private readonly Actor _staff = Actor.Staff(StaffName);
    private DateTimeOffset _now;
    private int _letterId;
    private WorkingDayCalendar _calendar = WorkingDayCalendar.WeekdaysOnly;

    public async Task SeedAsync(Deputy demoDeputy, CancellationToken ct)
    {
        _now = clock.GetUtcNow();
        var rules = await rulesProvider.GetAsync(ct);
        _calendar = rules.Calendar;
        var session = await db.Sessions.OrderByDescending(s => s.StartDate).FirstAsync(ct);
        var deputies = await db.Deputies.Where(d => d.TermId == session.TermId && d.Level == DeputyLevel.Municipal).OrderBy(d => d.Number).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var deputyNames = deputies.ToDictionary(d => d.Id, d => d.Name);
        var units = await db.HandlingUnits.OrderBy(u => u.SortOrder).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var unitNames = units.ToDictionary(u => u.Id, u => u.Name);
        var unitIds = units.ToDictionary(u => u.Name, u => u.Id);
        var categories = await db.SuggestionCategories.OrderBy(c => c.SortOrder).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        var committees = await db.Committees.OrderBy(c => c.SortOrder).Select(c => c.Id).ToListAsync(ct);
        // One signed demo letter serves every demo reply (the domain requires a letter with each reply).
        var letter = StoredFile.Accept("答复函（示例）.pdf", DemoLetter, StaffName, _now);
        db.StoredFiles.Add(letter);
        await db.SaveChangesAsync(ct);
        _letterId = letter.Id;

        Actor Unit(int id) => Actor.Unit(id, unitNames[id].Replace("示例市", "", StringComparison.Ordinal) + "联络员");
        Actor DeputyActor(int id) => Actor.Deputy(id, deputyNames[id]);

        // ── The session's batch ──────────────────────────────────────────────
        var drafts = new List<SuggestionDraft>();
        var subjects = new List<Subject>();
        for (var i = 0; i < 352; i++)
        {
            var category = categories[i % categories.Count];
            var lead = i % 40 == 0 ? demoDeputy.Id : deputies[_random.Next(deputies.Count)].Id;
            var coSigners = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => deputies[_random.Next(deputies.Count)].Id).Where(id => id != lead).Distinct().ToList();
            var ofCategory = Subjects.Where(x => x.Category == category.Name).ToList();
            var subject = ofCategory.Count > 0 ? ofCategory[(i / categories.Count + _random.Next(ofCategory.Count)) % ofCategory.Count] : Subjects[i % Subjects.Length];
            subjects.Add(subject);
            var (title, content) = Compose(subject);
            drafts.Add(new SuggestionDraft(SuggestionSource.DuringSession, session.Id, session.StartDate.Year, lead, coSigners, title, content, category.Id,
                session.StartDate.AddDays(1 + (i % 2))));
        }
        var registered = await registrar.RegisterAsync(drafts, _staff, null, null, ct);
        if (!registered.IsSuccess) throw new InvalidOperationException(registered.Error);
        var ids = registered.Value!.Select(s => s.Id).ToList();
        db.ChangeTracker.Clear();

        var themes = ThemeNames.Select(name => SuggestionTheme.Create(name, session.StartDate.Year, "主任会议确定的重点督办主题，由常委会领导领衔督办，专门委员会跟踪。")).ToList();
        db.SuggestionThemes.AddRange(themes);
        await db.SaveChangesAsync(ct);
        string[] leaders = ["常委会主任 周文华", "常委会副主任 陈立群", "常委会副主任 刘志刚", "副市长 赵明", "副市长 孙丽"];

        var day = session.StartDate;
        var reviewOn = At(day.AddDays(10));
        var assignOn = Next(At(day.AddDays(30)), 0);
        for (var index = 0; index < ids.Count; index++)
        {
            var s = await SuggestionStore.WithEverything(db.Suggestions).SingleAsync(x => x.Id == ids[index], ct);
            // A duplicate is merged into the next suggestion, still waiting for review.
            var next = index % 117 == 11 ? await SuggestionStore.WithEverything(db.Suggestions).SingleAsync(x => x.Id == ids[index + 1], ct) : null;
            PlayOne(s, next, index, subjects[index]);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        void PlayOne(Suggestion s, Suggestion? next, int index, Subject subject)
        {
            var roll = _random.NextDouble();
            Play(s, reviewOn, t => s.Accept(_staff, t));
            if (index % 50 == 7) { Play(s, reviewOn, t => s.ConvertToLetter("反映的是个人家庭事务，不属于代表建议，转有关部门作为来信处理。", _staff, t)); return; }
            if (index % 117 == 11)
            {
                var target = next!;
                Play(s, reviewOn.AddHours(1), t => s.MergeInto(target, _staff, t));
                return;
            }
            if (index == 150) { Play(s, reviewOn.AddDays(2), t => s.Withdraw("领衔代表书面申请撤回。", _staff, t)); return; }

            // Assignment to the units that handle the subject: mostly its lead alone; some joint with a co-unit; some split
            // between two units that each answer their part.
            var first = unitIds[subject.Leads[_random.Next(subject.Leads.Length)]];
            var mode = roll < 0.12 ? HandlingMode.Joint : HandlingMode.Split;
            var parts = new List<int> { first };
            if (mode == HandlingMode.Joint || roll > 0.9) parts.Add(unitIds[subject.CoUnits[_random.Next(subject.CoUnits.Length)]]);
            Play(s, assignOn, t => s.Assign(mode, parts, mode == HandlingMode.Joint ? first : null, _staff, t, rules));
            if (index % 25 == 9)
            {
                // Every 25th suggestion is key; they go round the leaders and the themes in turn (index % 5 would always be 4).
                var key = index / 25;
                Play(s, Next(assignOn, 2), t => s.MarkKey(leaders[key % leaders.Length], committees[index % committees.Count], _staff, t));
                Play(s, Next(assignOn, 2), t => s.ChangeTheme(themes[key % themes.Count].Id, themes[key % themes.Count].Name, _staff, t));
            }
            foreach (var a in s.Assignments.ToList()) Play(s, Next(assignOn, 1 + _random.Next(3)), t => s.AcceptAssignment(Unit(a.UnitId), t));
            // The unit hands it back to another unit of the same subject, as staff would reassign it (when one is left).
            var free = subject.Leads.Concat(subject.CoUnits).Select(n => unitIds[n]).Where(u => s.Assignments.All(x => x.UnitId != u)).ToList();
            if (index % 60 == 5 && free.Count > 0)
            {
                var a = s.Assignments[0];
                var replacement = free[0];
                Play(s, Next(assignOn, 3), t => s.RequestReturn($"该事项主要属于{unitNames[replacement]}的职责，申请改由其办理。", Unit(a.UnitId), t));
                Play(s, Next(assignOn, 5), t => s.ApproveReturn(a.Id, replacement, _staff, t, rules));
                Play(s, Next(assignOn, 7), t => s.AcceptAssignment(Unit(replacement), t));
            }
            var extended = index % 45 == 13;
            if (extended)
            {
                var a = s.Assignments.First(x => x.Answers);
                Play(s, Next(assignOn, 30), t => s.RequestExtension("涉及多个部门和跨年度资金安排，需要统筹研究。", Unit(a.UnitId), t));
                Play(s, Next(assignOn, 32), t => s.ApproveExtension(a.Id, "同意延期至六个月。", _staff, t, rules));
            }

            // Co-units send their opinions; answering units meet the deputy and reply.
            foreach (var co in s.Assignments.Where(a => a.Role == AssignmentRole.CoHandling).ToList())
                Play(s, Next(assignOn, 15 + _random.Next(10)), t => s.SendOpinion("我单位职责范围内的意见：同意主办单位的办理思路，将在资金和政策上予以配合。", Unit(co.UnitId), t));
            var stuck = extended && index % 2 == 1; // an extended one still without a reply: overdue by now
            foreach (var a in s.Assignments.Where(a => a.Answers).ToList())
            {
                if (_random.NextDouble() < 0.93)
                    Play(s, Next(assignOn, 10), t => s.LogContact(ContactStage.Before, DateOnly.FromDateTime(t.Date), PickForm(), "走访领衔代表，了解建议的具体情况和诉求。", Unit(a.UnitId), t, rules));
                if (stuck) continue;
                var late = _random.NextDouble() < 0.06;
                var replyDay = extended ? Next(assignOn, 150) : late ? Next(At(a.DueOn), 5 + _random.Next(15)) : Next(assignOn, 40 + _random.Next(45));
                var code = PickClass(index);
                Play(s, replyDay, t =>
                {
                    var on = DateOnly.FromDateTime(t.Date);
                    s.LogContact(ContactStage.During, on, PickForm(), "向代表通报办理进展，听取意见。", Unit(a.UnitId), t, rules);
                    var reply = s.Reply(new ReplyDraft(code, ReplyText(s.Title, code), "分管副局长 " + SignerName(), on, index % 23 != 4, _letterId,
                        code is "B" or "C" ? [new CommitmentDraft(CommitmentText(code), new DateOnly(on.Year + (code == "C" ? 1 : 0), 12, 20))] : [],
                        s.CoUnitsWithoutOpinion().Count > 0 ? "协办单位逾期未送协办意见，已电话催办，本答复已吸收其前期沟通中的意见。" : null), Unit(a.UnitId), t, rules);
                    db.ChangeTracker.DetectChanges();
                    Review(s, reply, Next(t, 3), index);
                });
            }

            // The deputy rates; a few are unsatisfied and the unit re-handles; staff close.
            for (var round = 0; round < 2 && s.Status == SuggestionStatus.Replied; round++)
            {
                foreach (var a in s.Assignments.Where(a => a.Answers && a.LatestReply is { Rating: null }).ToList())
                {
                    var reply = a.LatestReply!;
                    var rateDay = Next(At(reply.FiledOn), 3 + _random.Next(10));
                    if (index % 97 == 31)
                    {
                        // Never rated. The portal reminded the deputy before the window ended, as ReminderScan does, so the reply
                        // leaves the satisfaction rate once the window has passed — except once: never reminded, it stays in the
                        // rate as not satisfied (S50a).
                        if (index != 31)
                            Play(s, At(reply.RatingDueOn.AddDays(-4)), t => s.RecordRatingReminder(reply.Id, $"提醒代表：请于{ChinaTime.FormatDate(reply.RatingDueOn)}前评价建议{s.Number}的答复", t));
                        continue;
                    }
                    // Twice 不满意 on one of them: staff close it with an explanation (the end of the loop).
                    var twice = index % 29 == 17 && index % 58 == 17;
                    var rating = (round == 0 && index % 29 == 17) || (round == 1 && twice) ? Satisfaction.Unsatisfied : _random.NextDouble() < 0.86 ? Satisfaction.Satisfied : Satisfaction.BasicallySatisfied;
                    Play(s, rateDay, t => s.Rate(reply.Id, rating, rating == Satisfaction.Unsatisfied ? "答复没有给出具体时间表，希望重新研究。" : "办理态度认真，答复具体。", DeputyActor(s.LeadDeputyId), t, rules));
                    if (rating == Satisfaction.Unsatisfied && round == 1) continue;
                    if (rating == Satisfaction.Unsatisfied && index % 58 != 46) // some are still being re-handled
                    {
                        var again = Next(rateDay, 30 + _random.Next(20));
                        Play(s, again, t =>
                        {
                            var on = DateOnly.FromDateTime(t.Date);
                            s.LogContact(ContactStage.After, on, ContactForm.Meeting, "召开座谈会，与代表逐条研究办理措施。", Unit(a.UnitId), t, rules);
                            var again = s.Reply(new ReplyDraft("B", ReplyText(s.Title, "B") + "经重新研究，已明确实施时间表。", "局长 " + SignerName(), on, true, _letterId,
                                [new CommitmentDraft("按时间表完成整改", on.AddMonths(6))]), Unit(a.UnitId), t, rules);
                            db.ChangeTracker.DetectChanges();
                            Review(s, again, Next(t, 3), index);
                        });
                    }
                }
            }
            if (s.Status == SuggestionStatus.Rehandling && s.ActiveAssignments.Any(a => a.UnsatisfiedRounds >= 2))
            {
                var last = s.ActiveAssignments.SelectMany(a => a.Replies).Max(r => r.RatedOn ?? r.FiledOn);
                Play(s, Next(At(last), 25), t =>
                {
                    if (s.Check(SuggestionAction.CloseWithExplanation, _staff, ChinaTime.Today(t)) is null)
                        s.CloseWithExplanation("代表两次评价不满意。经主任会议研究，该事项受上位规划限制，近期确实无法实施；已向代表当面说明情况，承办单位承诺纳入下一轮规划统筹考虑。", _staff, t, rules);
                });
            }
            if (s.Status == SuggestionStatus.Replied && index % 31 != 3)
                Play(s, Next(At(s.RepliedOn ?? day), 30), t => { if (s.Check(SuggestionAction.Close, _staff, ChinaTime.Today(t)) is null) s.Close(_staff, t, rules); });

            // Commitments move on.
            foreach (var a in s.Assignments.Where(a => a.IsActive).ToList())
                foreach (var c in a.Replies.SelectMany(r => r.Commitments).Where(c => !c.IsDone).ToList())
                {
                    var progress = _random.Next(3) switch { 0 => 30, 1 => 60, _ => 100 };
                    Play(s, Next(At(a.LatestReply!.FiledOn), 60), t => s.UpdateCommitment(c.Id, progress, progress == 100 ? "已完成。" : "按计划推进中。", DateOnly.FromDateTime(t.Date), Unit(a.UnitId), t));
                }
        }

        await SeedBetweenSessionsAsync(demoDeputy, deputies.Select(d => d.Id).ToList(), unitIds, categories.ToDictionary(c => c.Name, c => c.Id), rules, Unit, ct);
    }

    /// <summary>Suggestions put forward since the session: online submissions waiting for review, some waiting for assignment, some in hand (a few due soon or overdue), some from station receptions.</summary>
    private async Task SeedBetweenSessionsAsync(Deputy demoDeputy, List<int> deputies, Dictionary<string, int> units, Dictionary<string, int> categories, SuggestionRules rules, Func<int, Actor> unit, CancellationToken ct)
    {
        var today = ChinaTime.Today(_now);
        var issues = await db.Receptions.SelectMany(r => r.Issues.Where(i => i.Path == HandlingPath.TurnedIntoSuggestion && i.SuggestionId == null)
                .Select(i => new { Issue = i, r.Date, Deputy = r.Deputies.Select(d => d.DeputyId).First() }))
            .OrderBy(x => x.Date).Take(8).ToListAsync(ct);
        var plan = new List<(SuggestionDraft Draft, int Age, bool Online, ReceptionIssue? Issue, Subject Subject)>();
        // Every fourth goes to the demo unit (住建局), so its desk has parts in every state; the others round the subjects.
        var demoSubjects = Subjects.Where(x => x.Leads.Contains(DemoSeeder.DemoUnitName)).ToList();
        for (var i = 0; i < 27; i++)
        {
            var age = Math.Max(1, 150 - (i * 6)); // received between about five months and a few days ago
            var received = today.AddDays(-age);
            var lead = i % 6 == 0 ? demoDeputy.Id : deputies[_random.Next(deputies.Count)];
            var subject = age % 4 == 0 ? demoSubjects[i % demoSubjects.Count] : Subjects[(i * 7 + _random.Next(Subjects.Length)) % Subjects.Length];
            var (title, content) = Compose(subject);
            ReceptionIssue? issue = null;
            if (i < issues.Count && issues[i].Date <= received)
            {
                issue = issues[i].Issue;
                lead = issues[i].Deputy;
                subject = SubjectOf(issue.Summary);
                title = "关于" + Shorten(issue.Summary) + "的建议";
                content = $"在代表联络站接待群众时，群众反映：{issue.Summary}。建议有关部门深入调研，尽快研究解决。";
            }
            plan.Add((new SuggestionDraft(SuggestionSource.BetweenSessions, null, received.Year, lead, [], title, content, categories[subject.Category], received), age, Online: i % 3 == 0, issue, subject));
        }
        foreach (var (draft, age, online, issue, subject) in plan)
        {
            var actor = online ? Actor.Deputy(draft.LeadDeputyId, "代表") : _staff;
            var result = await registrar.RegisterAsync([draft], actor, null, created =>
            {
                if (issue is not null) db.Attach(issue).Entity.LinkSuggestion(created[0].Id);
            }, ct);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
            var id = result.Value![0].Id;
            db.ChangeTracker.Clear();
            if (age < 12) continue; // still waiting for review
            var s = await SuggestionStore.WithEverything(db.Suggestions).SingleAsync(x => x.Id == id, ct);
            var received = At(draft.ReceivedOn);
            Play(s, Next(received, 2), t => s.Accept(_staff, t));
            if (age < 20)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                continue; // accepted, waiting for assignment
            }
            var target = units[subject.Leads[_random.Next(subject.Leads.Length)]];
            Play(s, Next(received, 4), t => s.Assign(HandlingMode.Split, [target], null, _staff, t, rules));
            if (age > 40) Play(s, Next(received, 6), t => s.AcceptAssignment(unit(target), t));
            if (age > 60) Play(s, Next(received, 12), t => s.LogContact(ContactStage.Before, DateOnly.FromDateTime(t.Date), ContactForm.Phone, "电话联系代表，了解诉求。", unit(target), t, rules));
            // The oldest were answered about ten days ago: their deputies are asked to rate now.
            // The oldest were answered about ten days ago: their deputies are asked to rate now, and staff still have to review the replies.
            if (age > 100) Play(s, Next(received, age - 12), t => s.Reply(new ReplyDraft("A", ReplyText(s.Title, "A"), "分管副局长 " + SignerName(), DateOnly.FromDateTime(t.Date), true, _letterId, []), unit(target), t, rules));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Plays an action at a simulated time, unless that time is still in the future.</summary>
    private void Play(Suggestion s, DateTimeOffset at, Action<DateTimeOffset> action)
    {
        if (at > _now) return;
        try
        {
            action(at);
            // New replies, assignments and commitments get their hi-lo ids now, so later actions can refer to them.
            db.ChangeTracker.DetectChanges();
        }
        catch (DomainRuleException exception)
        {
            throw new InvalidOperationException($"Demo suggestion {s.Number}: {exception.Message}", exception);
        }
    }

    /// <summary>Staff review most replies within days and publish those the unit allowed; a few recent ones wait for review.</summary>
    private void Review(Suggestion s, SuggestionReply reply, DateTimeOffset at, int index)
    {
        if (index % 13 == 6 || at > _now) return;
        s.ReviewReply(reply.Id, publish: index % 17 != 8, _staff, at);
    }

    /// <summary>A one-page PDF standing in for the signed letters of the demo replies.</summary>
    internal static readonly byte[] DemoLetter = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    /// <summary>A working-hours moment <paramref name="days"/> days later, moved on to the next working day (staff do not act on holidays).</summary>
    private DateTimeOffset Next(DateTimeOffset from, int days)
    {
        var t = from.AddDays(days);
        while (!_calendar.IsWorkingDay(DateOnly.FromDateTime(t.Date))) t = t.AddDays(1);
        return t;
    }

    private ContactForm PickForm() => (ContactForm)_random.Next(4);

    private string PickClass(int index) => (((index * 7) + _random.Next(100)) % 100) switch
    {
        < 47 => "A",
        < 82 => "B",
        < 93 => "C",
        _ => "D",
    };

    private string SignerName() => Surnames[_random.Next(Surnames.Length)] + GivenNames[_random.Next(GivenNames.Length)];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    private static readonly string[] GivenNames = ["建华", "志强", "海燕", "国庆", "丽娟", "伟", "敏", "红梅", "立新", "永胜"];

    private static string Shorten(string text)
    {
        var trimmed = text.TrimEnd('。', '；', '，');
        return trimmed.Length > 24 ? trimmed[..24] : trimmed;
    }

    private static string ReplyText(string title, string code) => code switch
    {
        "A" => $"您提出的《{title}》收悉。经认真研究，相关工作已落实：我们会同有关部门制定了实施方案，已于今年完成主要任务，并建立了长效管理机制。感谢您对我们工作的关心和支持。",
        "B" => $"您提出的《{title}》收悉。经认真研究，该事项已列入本年度工作计划，正在分步实施，我们将按承诺的时间节点推进，并及时向您通报进展。",
        "C" => $"您提出的《{title}》收悉。该建议很有价值，但受资金和规划条件限制，近期难以全面实施，我们已将其纳入中长期规划，条件具备时优先安排。",
        _ => $"您提出的《{title}》收悉。您的意见对我们改进工作很有参考价值，我们将在今后制定相关政策时认真研究吸纳。",
    };

    private static string CommitmentText(string code) => code == "B" ? "完成项目实施并组织验收" : "将该事项纳入下一年度规划并争取资金";

    private (string Title, string Content) Compose(Subject subject)
    {
        var topic = subject.Topic;
        var place = Places[_random.Next(Places.Length)];
        var title = $"关于{place}{topic}的建议";
        var content = $"{place}群众对{topic}反映较多。经调研，目前存在投入不足、部门协同不够、长效机制不健全等问题。" +
            $"建议：一是制定专项工作方案，明确责任单位和完成时限；二是加大财政投入，统筹用好各类资金；三是建立定期通报和群众评议机制，确保{topic}取得实效。";
        return (title, content);
    }

    /// <summary>The subject a demo suggestion's title is about (its topic, or a reception issue's keywords).</summary>
    internal static Subject SubjectOfTitle(string title) => Subjects.FirstOrDefault(x => title.Contains(x.Topic, StringComparison.Ordinal)) ?? SubjectOf(title);

    private static readonly string[] ThemeNames = ["老旧小区改造和加装电梯", "城区交通拥堵治理", "黄河流域生态保护", "“一老一小”服务体系建设", "优化营商环境"];

    private static readonly string[] Places = ["", "", "", "青山区", "明湖区", "金桥区", "临江区", "北塔区", "南原县", "白云县", "开发区"];
}
