using System.Diagnostics;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CongressPortal.Bench;

/// <summary>
/// Loads the demo city through the app (migrations, reference and demo data), then writes <c>count</c>
/// suggestions spread over the five sessions 2022–2026 with their deputies, assignments, contacts, replies,
/// ratings, commitments and timeline, by binary COPY. The rows follow the domain's shape: the same
/// statuses, the same kept figures, the same bigram search text. Deterministic (fixed seed).
/// </summary>
internal static class SuggestionGenerator
{
    private const int FirstId = 100_000_000;

    public static async Task RunAsync(string connectionString, int count)
    {
        var clock = Stopwatch.StartNew();
        await using (var app = BenchHost.Build(connectionString))
        {
            await app.MigrateAndSeedAsync();
        }
        Console.WriteLine($"migrated and seeded the demo city in {clock.Elapsed.TotalSeconds:0.0} s");
        // The bench's migration added the tallies trigger when the database was created: it is counted once at the end.

        var options = AppDbContext.UsePortalDatabase(new DbContextOptionsBuilder<AppDbContext>(), connectionString).Options;
        int[] deputies, units, categories;
        (int Id, int Year, int Term, int Number)[] sessions;
        await using (var db = new AppDbContext((DbContextOptions<AppDbContext>)options))
        {
            deputies = await db.Deputies.Where(d => d.Level == DeputyLevel.Municipal).Select(d => d.Id).ToArrayAsync();
            units = await db.HandlingUnits.Select(u => u.Id).ToArrayAsync();
            categories = await db.SuggestionCategories.Select(c => c.Id).ToArrayAsync();
            sessions = (await db.Sessions.Include(s => s.Term).OrderBy(s => s.StartDate).ToListAsync())
                .Select(s => (s.Id, s.StartDate.Year, s.Term.Number, s.Number)).ToArray();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var plan = new Plan(count, deputies, units, categories, sessions);
        // The statistics tallies are counted once at the end, not upserted a million times (and again by the backfills).
        await using (var pause = new NpgsqlCommand("ALTER TABLE suggestions DISABLE TRIGGER suggestions_tally_insert_delete, DISABLE TRIGGER suggestions_tally_update;", connection))
        {
            await pause.ExecuteNonQueryAsync();
        }
        // Each table is one COPY (all or nothing): a run stopped part-way (a killed process, a column renamed since) is
        // resumed with the tables not yet written.
        await CopyAsync(connection, "suggestions", plan.Suggestions());
        Console.WriteLine($"suggestions: {clock.Elapsed.TotalSeconds:0.0} s");
        await CopyAsync(connection, "suggestion_deputies", plan.Deputies());
        await CopyAsync(connection, "suggestion_assignments", plan.Assignments());
        await CopyAsync(connection, "suggestion_contacts", plan.Contacts());
        await CopyAsync(connection, "suggestion_replies", plan.Replies());
        await CopyAsync(connection, "suggestion_commitments", plan.Commitments());
        await CopyAsync(connection, "suggestion_events", plan.Events());
        // The figures the domain keeps on suggestions and assignments, computed as the migrations did.
        await using (var figures = new NpgsqlCommand(CongressPortal.Web.Data.Migrations.SuggestionCommitmentFigures.Backfill
            + CongressPortal.Web.Data.Migrations.SuggestionStatisticsIndexes.Backfill
            + RatingWindows
            + CongressPortal.Web.Data.Migrations.SuggestionDisclosedFlag.Backfill
            + "ALTER TABLE suggestions ENABLE TRIGGER suggestions_tally_insert_delete, ENABLE TRIGGER suggestions_tally_update;"
            + CongressPortal.Web.Data.Migrations.SuggestionTalliesAndIndexes.Recount, connection) { CommandTimeout = 0 })
        {
            await figures.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"children and history: {clock.Elapsed.TotalSeconds:0.0} s");

        // Keys come from the hi-lo sequence: move it past the generated ids so the app can add rows.
        await using (var command = new NpgsqlCommand($"SELECT setval('\"EntityFrameworkHiLoSequence\"', {plan.LastId + 1000});", connection))
        {
            await command.ExecuteNonQueryAsync();
        }
        // As autovacuum would in production: statistics, the visibility map and the GIN index's pending list.
        await using (var vacuum = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 3600 })
        {
            await vacuum.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"generated {count:N0} suggestions in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// S50a's kept columns for the unrated replies: about every other unrated reply had its rating reminder ten days before
    /// its window closed (so the statistics settle both kinds), then migration RatingReminders' backfill.
    /// </summary>
    private const string RatingWindows = """
        UPDATE suggestion_replies SET rating_reminded_at = (rating_due_on - 10)::timestamp AT TIME ZONE 'Asia/Shanghai'
        WHERE rating IS NULL AND hashtext(id::text) % 2 = 0;
        """ + CongressPortal.Web.Data.Migrations.RatingReminders.Backfill;

    private static async Task CopyAsync(NpgsqlConnection connection, string table, (string Columns, IEnumerable<object?[]> Rows) data)
    {
        await using (var written = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table} WHERE {(table == "suggestion_deputies" ? "suggestion_id" : "id")} >= {FirstId})", connection))
        {
            if ((bool)(await written.ExecuteScalarAsync())!)
            {
                Console.WriteLine($"{table}: already written");
                return;
            }
        }
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} ({data.Columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in data.Rows)
        {
            await writer.StartRowAsync();
            foreach (var value in row)
            {
                switch (value)
                {
                    case null: await writer.WriteNullAsync(); break;
                    case DateOnly date: await writer.WriteAsync(date, NpgsqlDbType.Date); break;
                    case DateTimeOffset instant: await writer.WriteAsync(instant.UtcDateTime, NpgsqlDbType.TimestampTz); break;
                    case bool flag: await writer.WriteAsync(flag, NpgsqlDbType.Boolean); break;
                    case int number: await writer.WriteAsync(number, NpgsqlDbType.Integer); break;
                    default: await writer.WriteAsync(value.ToString()!, NpgsqlDbType.Text); break;
                }
            }
        }
        await writer.CompleteAsync();
    }

    /// <summary>Decides every generated row; the child enumerations replay the same decisions from the same seeds.</summary>
    internal sealed class Plan(int count, int[] deputies, int[] units, int[] categories, (int Id, int Year, int Term, int Number)[] sessions)
    {
        internal static readonly string[] Places = ["", "", "青山区", "明湖区", "金桥区", "临江区", "北塔区", "南原县", "白云县", "开发区"];
        internal static readonly string[] Topics =
        [
            "加快老旧小区改造", "老旧小区加装电梯", "缓解学校周边交通拥堵", "增设公共停车泊位", "推进排水管网改造", "提升背街小巷环境卫生",
            "加强黄河流域生态保护", "推进餐厨垃圾分类处理", "治理城区噪声污染", "加强饮用水水源地保护", "建设口袋公园", "完善农村饮水安全工程",
            "推进高标准农田建设", "发展农产品冷链物流", "改善农村人居环境", "增加公办幼儿园学位", "推进县域医共体建设", "加强中小学心理健康教育",
            "扩大社区体育设施覆盖", "发展社区居家养老服务", "完善婴幼儿照护服务", "保障新就业形态劳动者权益", "完善残疾人康复服务", "推进社区食堂建设",
            "加强基层人民调解", "推进公共法律服务进社区", "加强未成年人保护", "规范物业服务管理", "优化营商环境", "支持中小微企业发展",
            "规范专项债券资金使用", "发展夜间经济", "提升热线办理质量", "推进政务数据共享", "完善应急避难场所", "优化公共交通线路",
        ];
        internal static readonly string[] Clauses =
        [
            "群众反映较多", "存在投入不足、部门协同不够等问题", "建议制定专项工作方案", "明确责任单位和完成时限", "加大财政投入力度",
            "建立定期通报和群众评议机制", "统筹用好各类资金", "完善长效管理机制", "加强督促检查", "及时向社会公开进展",
        ];

        public int LastId { get; private set; } = FirstId;

        private static DateTimeOffset At(DateOnly date, int hour) => new(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

        private sealed record Item(int Id, int Year, int SessionId, int Sequence, int Term, int SessionNumber, Random Random, SuggestionStatus Status,
            int AssignmentCount, bool Joint, bool Rehandled, string? Classification, Satisfaction? Rating, bool Late, DateOnly Received, DateOnly Assigned, DateOnly Due, DateOnly? Replied);

        private IEnumerable<Item> Items()
        {
            var perSession = (count + sessions.Length - 1) / sessions.Length;
            for (var i = 0; i < count; i++)
            {
                var session = sessions[Math.Min(i / perSession, sessions.Length - 1)];
                var random = new Random(i);
                var received = new DateOnly(session.Year, 1, 12 + (i % 3));
                var assigned = received.AddDays(28);
                var due = assigned.AddMonths(3);
                var roll = random.NextDouble();
                var current = session.Year == sessions[^1].Year;
                var status = roll switch
                {
                    < 0.015 => SuggestionStatus.Letter,
                    < 0.02 => SuggestionStatus.Merged,
                    < 0.022 => SuggestionStatus.Withdrawn,
                    _ when current && roll < 0.06 => SuggestionStatus.Handling,
                    _ when current && roll < 0.08 => SuggestionStatus.Replied,
                    _ when current && roll < 0.085 => SuggestionStatus.Rehandling,
                    _ => SuggestionStatus.Closed,
                };
                var handled = status is SuggestionStatus.Handling or SuggestionStatus.Replied or SuggestionStatus.Rehandling or SuggestionStatus.Closed;
                var assignments = !handled ? 0 : roll > 0.9 ? 2 : 1;
                var joint = assignments == 2 && roll > 0.95;
                var rehandled = status == SuggestionStatus.Rehandling || (status == SuggestionStatus.Closed && roll > 0.97);
                var late = random.NextDouble() < 0.05;
                DateOnly? replied = status is SuggestionStatus.Replied or SuggestionStatus.Rehandling or SuggestionStatus.Closed
                    ? (late ? due.AddDays(10) : assigned.AddDays(40 + random.Next(45))) : null;
                var classRoll = random.NextDouble();
                string? classification = replied is null ? null : classRoll < 0.47 ? "A" : classRoll < 0.82 ? "B" : classRoll < 0.93 ? "C" : "D";
                Satisfaction? rating = status switch
                {
                    SuggestionStatus.Rehandling => Satisfaction.Unsatisfied,
                    SuggestionStatus.Closed => random.NextDouble() switch { < 0.86 => Satisfaction.Satisfied, < 0.985 => Satisfaction.BasicallySatisfied, _ => null },
                    _ => null,
                };
                yield return new Item(FirstId + (i * 20), session.Year, session.Id, 100_000 + i, session.Term, session.Number, random, status,
                    assignments, joint, rehandled, classification, rating, late, received, assigned, due, replied);
            }
        }

        public (string, IEnumerable<object?[]>) Suggestions() => ("id, number, number_scope, sequence, source, session_id, year, lead_deputy_id, title, content, category_id, received_on, submitted_online, status, mode, assigned_on, due_on, is_key, key_leader, key_committee_id, theme_id, merged_into_id, status_reason, closed_on, replied_on, replied_on_time, classification, satisfaction, met_deputy, rehandled, search_text, created_at, updated_at",
            Items().Select(item =>
            {
                var r = item.Random;
                LastId = Math.Max(LastId, item.Id + 19);
                var topic = Topics[r.Next(Topics.Length)];
                var title = $"关于{Places[r.Next(Places.Length)]}{topic}的建议";
                var content = $"{topic}{Clauses[r.Next(Clauses.Length)]}。经调研，{Clauses[r.Next(Clauses.Length)]}。建议：一是{Clauses[r.Next(Clauses.Length)]}；二是{Clauses[r.Next(Clauses.Length)]}；三是{Clauses[r.Next(Clauses.Length)]}。";
                var open = item.Status is SuggestionStatus.Handling or SuggestionStatus.Rehandling;
                return new object?[]
                {
                    item.Id, $"{ChineseNumerals.Format(item.Term)}届{ChineseNumerals.Format(item.SessionNumber)}次会议第{item.Sequence}号", $"session:{item.SessionId}", item.Sequence,
                    nameof(SuggestionSource.DuringSession), item.SessionId, item.Year, deputies[r.Next(deputies.Length)], title, content, categories[r.Next(categories.Length)],
                    item.Received, false, item.Status.ToString(), item.AssignmentCount == 0 ? null : (item.Joint ? HandlingMode.Joint : HandlingMode.Split).ToString(),
                    item.AssignmentCount == 0 ? null : item.Assigned, open ? (item.Status == SuggestionStatus.Rehandling ? item.Replied!.Value.AddMonths(2) : item.Due) : null,
                    r.NextDouble() < 0.03, null, null, null, null, null,
                    item.Status == SuggestionStatus.Closed ? item.Replied!.Value.AddDays(30) : null,
                    item.Replied, item.Replied is null ? null : !item.Late, item.Classification, item.Rating?.ToString(),
                    item.Replied is not null, item.Rehandled, ChineseSearch.Index(title + "\n" + content),
                    At(item.Received, 9), At(item.Replied ?? item.Received, 16),
                };
            }));

        public (string, IEnumerable<object?[]>) Deputies() => ("suggestion_id, deputy_id, role, \"order\"",
            Items().SelectMany(item =>
            {
                var r = new Random(item.Id);
                var lead = deputies[r.Next(deputies.Length)];
                var others = Enumerable.Range(0, r.Next(0, 3)).Select(_ => deputies[r.Next(deputies.Length)]).Where(d => d != lead).Distinct();
                return new[] { new object?[] { item.Id, lead, nameof(SuggestionDeputyRole.Lead), 0 } }
                    .Concat(others.Select((d, k) => new object?[] { item.Id, d, nameof(SuggestionDeputyRole.CoSigner), k + 1 }));
            }));

        private IEnumerable<(Item Item, int Id, int Unit, AssignmentRole Role)> AssignmentRows() =>
            Items().SelectMany(item => Enumerable.Range(0, item.AssignmentCount).Select(k =>
                (item, item.Id + 1 + k, units[(item.Id / 20 + (k * 7)) % units.Length], item.Joint ? (k == 0 ? AssignmentRole.Lead : AssignmentRole.CoHandling) : AssignmentRole.Split)));

        public (string, IEnumerable<object?[]>) Assignments() => ("id, suggestion_id, unit_id, role, state, assigned_on, due_on, return_deadline, accepted_on, round, extension, first_replied_on, replied_on_time, classification, satisfaction, met_deputy",
            AssignmentRows().Select(a =>
            {
                var answers = a.Role != AssignmentRole.CoHandling;
                var state = !answers ? AssignmentState.OpinionSent : a.Item.Status switch
                {
                    SuggestionStatus.Handling => AssignmentState.Accepted,
                    SuggestionStatus.Rehandling => AssignmentState.Rehandling,
                    _ => AssignmentState.Replied,
                };
                var replied = answers ? a.Item.Replied : a.Item.Assigned.AddDays(20);
                return new object?[]
                {
                    a.Id, a.Item.Id, a.Unit, a.Role.ToString(), state.ToString(), a.Item.Assigned, answers ? a.Item.Due : a.Item.Assigned.AddMonths(1), a.Item.Assigned.AddDays(7),
                    a.Item.Assigned.AddDays(2), a.Item.Rehandled ? 2 : 1, nameof(ExtensionState.None), replied, replied is null ? null : !a.Item.Late,
                    answers ? a.Item.Classification : null, answers ? a.Item.Rating?.ToString() : null, answers && a.Item.Replied is not null,
                };
            }));

        public (string, IEnumerable<object?[]>) Contacts() => ("id, assignment_id, stage, date, form, notes, recorded_by",
            AssignmentRows().Where(a => a.Role != AssignmentRole.CoHandling && a.Item.Replied is not null)
                .Select(a => new object?[] { a.Id + 5, a.Id, nameof(ContactStage.Before), a.Item.Assigned.AddDays(10), nameof(ContactForm.InPerson), "走访领衔代表，了解诉求。", "承办单位联络员" }));

        // Filed on the day signed, reviewed and published by staff the next day.
        public (string, IEnumerable<object?[]>) Replies() => ("id, assignment_id, round, classification, text, signer, signed_on, is_publishable, on_time, rating_due_on, rating, rating_comment, rated_on, filed_on, filed_at, reviewed_at, reviewed_by, is_published",
            AssignmentRows().Where(a => a.Role != AssignmentRole.CoHandling && a.Item.Replied is not null).SelectMany(a =>
            {
                var replied = a.Item.Replied!.Value;
                var id = ReplyId(a.Item, a.Id);
                object?[] first =
                [
                    id, a.Id, 1, a.Item.Classification, "经认真研究，现将办理情况答复如下：相关工作已列入计划并组织实施，感谢您对我们工作的关心和支持。", "分管副局长 张建华",
                    replied, true, !a.Item.Late, replied.AddDays(28), a.Item.Rehandled ? nameof(Satisfaction.Unsatisfied) : a.Item.Rating?.ToString(),
                    a.Item.Rehandled ? "答复没有给出具体时间表。" : null, a.Item.Rehandled || a.Item.Rating is not null ? replied.AddDays(7) : null,
                    .. Filed(replied),
                ];
                if (!a.Item.Rehandled || a.Item.Status == SuggestionStatus.Rehandling) return [first];
                var again = replied.AddMonths(1);
                return new[] { first, [id + 1, a.Id, 2, "B", "经重新研究，已明确实施时间表。", "局长 张建华", again, true, true, again.AddDays(28), a.Item.Rating?.ToString(), null, a.Item.Rating is null ? null : again.AddDays(7), .. Filed(again)] };
            }));

        private static object?[] Filed(DateOnly signed) => [signed, At(signed, 15), At(signed.AddDays(1), 10), "代表工作室 王晓燕", true];

        public (string, IEnumerable<object?[]>) Commitments() => ("id, reply_id, description, planned_on, progress, completed_on",
            AssignmentRows().Where(a => a.Role != AssignmentRole.CoHandling && a.Item.Classification is "B" or "C")
                .Select(a => new object?[]
                {
                    a.Id + 13, ReplyId(a.Item, a.Id), "完成项目实施并组织验收", a.Item.Replied!.Value.AddMonths(8), a.Item.Year < sessions[^1].Year ? 100 : 40,
                    a.Item.Year < sessions[^1].Year ? a.Item.Replied!.Value.AddMonths(7) : null,
                }));

        public (string, IEnumerable<object?[]>) Events() => ("id, suggestion_id, kind, at, actor_name, actor_role, unit_id, detail",
            Items().SelectMany(item =>
            {
                var events = new List<object?[]> { Event(item, 0, SuggestionEventKind.Registered, item.Received, PortalRole.Staff, null) };
                if (item.Status is SuggestionStatus.Letter or SuggestionStatus.Merged or SuggestionStatus.Withdrawn)
                {
                    events.Add(Event(item, 1, item.Status == SuggestionStatus.Letter ? SuggestionEventKind.ConvertedToLetter : item.Status == SuggestionStatus.Merged ? SuggestionEventKind.MergedInto : SuggestionEventKind.Withdrawn, item.Received.AddDays(8), PortalRole.Staff, "审查意见"));
                    return events;
                }
                events.Add(Event(item, 1, SuggestionEventKind.Accepted, item.Received.AddDays(8), PortalRole.Staff, null));
                events.Add(Event(item, 2, SuggestionEventKind.Assigned, item.Assigned, PortalRole.Staff, "分别办理，承办"));
                events.Add(Event(item, 3, SuggestionEventKind.AssignmentAccepted, item.Assigned.AddDays(2), PortalRole.HandlingUnit, null));
                if (item.Replied is { } replied)
                {
                    events.Add(Event(item, 4, SuggestionEventKind.ContactLogged, item.Assigned.AddDays(10), PortalRole.HandlingUnit, "办前·面谈"));
                    events.Add(Event(item, 5, SuggestionEventKind.Replied, replied, PortalRole.HandlingUnit, $"第1轮答复，{item.Classification}类"));
                    if (item.Rating is not null || item.Rehandled) events.Add(Event(item, 6, SuggestionEventKind.Rated, replied.AddDays(7), PortalRole.Deputy, item.Rehandled ? "不满意" : item.Rating.ToString()));
                    if (item.Status == SuggestionStatus.Closed) events.Add(Event(item, 7, SuggestionEventKind.Closed, replied.AddDays(30), PortalRole.Staff, null));
                }
                return events;
            }));

        /// <summary>Ids within a suggestion's block of 20: assignments +1 and +2, contacts +6/+7, replies +9/+10 and +11/+12 (two rounds each), commitments +14/+15.</summary>
        private static int ReplyId(Item item, int assignmentId) => item.Id + 9 + (2 * (assignmentId - item.Id - 1));

        private static object?[] Event(Item item, int k, SuggestionEventKind kind, DateOnly on, string role, string? detail) =>
            [item.Id + 10 + k, item.Id, kind.ToString(), At(on, 10), role == PortalRole.Staff ? "代表工作室 王晓燕" : role == PortalRole.Deputy ? "代表" : "承办单位联络员", role, null, detail];
    }
}
