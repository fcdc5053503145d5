using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Seeding;

/// <summary>
/// The demo session's proposals (a city sees about ten a year): the proposal deadline set on the session's second day,
/// ten proposals registered before it through the store staff use, and the presidium's decisions played through the
/// domain at their dates — two put on the agenda and concluded, three referred to special committees (one reported and
/// concluded, one reported and waiting for the standing committee, one still unreported and overdue), two left off the
/// agenda, two handled as suggestions (each registered through the suggestion registrar, linked both ways, and handled
/// by a unit to its reply), one withdrawn. The demo deputy leads one and co-signs two. Deterministic (fixed seed); an
/// action dated after the real today is not played.
/// </summary>
public sealed class DemoProposalSeeder(AppDbContext db, SuggestionRulesProvider rulesProvider, WorkingCalendarProvider calendarProvider, TimeProvider clock)
{
    private const string StaffName = "代表工作室 王晓燕";
    private readonly Actor _staff = Actor.Staff(StaffName);
    private readonly Random _random = new(20260111);
    private readonly SimulatedClock _at = new();
    private DateTimeOffset _now;

    public async Task SeedAsync(Deputy demoDeputy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(demoDeputy);
        _now = clock.GetUtcNow();
        var session = await db.Sessions.OrderByDescending(s => s.StartDate).FirstAsync(ct);
        var day = session.StartDate;
        // 议案截止时间: set by the presidium's first meeting, the session's second day at 18:00.
        session.SetProposalRules(At(day.AddDays(1), 18), session.ProposalNumberPattern);
        await db.SaveChangesAsync(ct);

        var serving = await db.Deputies
            .Where(d => d.TermId == session.TermId && d.Level == DeputyLevel.Municipal && d.Status == DeputyStatus.Serving && d.Id != demoDeputy.Id)
            .OrderBy(d => d.Number).Select(d => new { d.Id, d.DelegationId }).ToListAsync(ct);
        var pool = serving.Select(d => d.Id).ToList();
        var delegations = await db.Delegations.Where(d => d.TermId == session.TermId).OrderBy(d => d.SortOrder).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var committees = await db.Committees.Where(c => c.Kind == CommitteeKind.Special).ToDictionaryAsync(c => c.Name, ct);
        var categories = await db.SuggestionCategories.ToDictionaryAsync(c => c.Name, c => c.Id, ct);
        var units = await db.HandlingUnits.ToDictionaryAsync(u => u.Name, u => u.Id, ct);
        var calendar = await calendarProvider.GetAsync(ct);
        var rules = await rulesProvider.GetAsync(ct);
        var store = new ProposalStore(db, calendarProvider, _at);
        var registrar = new SuggestionRegistrar(db, rulesProvider, _at);

        // Co-signers drawn from the serving deputies of the term; the demo deputy is placed by hand.
        List<int> Pick(int count, params int[] include)
        {
            var picked = new List<int>(include);
            while (picked.Count < count)
            {
                var id = pool[_random.Next(pool.Count)];
                if (!picked.Contains(id)) picked.Add(id);
            }
            return picked;
        }

        ProposalDraft Deputies(int lead, List<int> coSigners, (string Subject, string Grounds, string Solution) text) =>
            new(session.Id, ProposerKind.Deputies, lead, coSigners.Where(id => id != lead).ToList(), null, null, text.Subject, text.Grounds, text.Solution);

        async Task<int> RegisterAsync(ProposalDraft draft, DateTimeOffset at)
        {
            _at.Now = at;
            var result = await store.RegisterAsync(draft, _staff, ct);
            if (!result.IsSuccess) throw new InvalidOperationException($"Demo proposal {draft.Subject}: {result.Error}");
            db.ChangeTracker.Clear();
            return result.Value!.Id;
        }

        // ── Registration: the government's plan on the first morning, deputies' proposals until the deadline ──
        var plan = await RegisterAsync(new ProposalDraft(session.Id, ProposerKind.Government, null, [], null, null, Texts.Plan.Subject, Texts.Plan.Grounds, Texts.Plan.Solution),
            At(day, 9));
        var firstAid = await RegisterAsync(Deputies(demoDeputy.Id, Pick(12), Texts.FirstAid), At(day, 15));
        var water = await RegisterAsync(Deputies(pool[3], Pick(11, demoDeputy.Id), Texts.WaterSaving), At(day, 16));
        var reclaimed = await RegisterAsync(Deputies(pool[40], Pick(10, demoDeputy.Id), Texts.ReclaimedWater), At(day, 17));
        var delegation = delegations[3];
        var members = serving.Where(d => d.DelegationId == delegation.Id).Select(d => d.Id).Take(14).ToList();
        var trees = await RegisterAsync(new ProposalDraft(session.Id, ProposerKind.Delegation, members[0], members.Skip(1).ToList(), delegation.Id, null,
            Texts.OldTrees.Subject, Texts.OldTrees.Grounds, Texts.OldTrees.Solution), At(day.AddDays(1), 9));
        var dogs = await RegisterAsync(Deputies(pool[77], Pick(10), Texts.Dogs), At(day.AddDays(1), 10));
        var parking = await RegisterAsync(Deputies(pool[120], Pick(13), Texts.Parking), At(day.AddDays(1), 11));
        var ruralWater = await RegisterAsync(Deputies(pool[200], Pick(10), Texts.RuralWater), At(day.AddDays(1), 14));
        var ebikes = await RegisterAsync(Deputies(pool[150], Pick(10), Texts.EBikes), At(day.AddDays(1), 15));
        var wetlands = await RegisterAsync(Deputies(pool[260], Pick(11), Texts.Wetlands), At(day.AddDays(1), 17));

        // ── The presidium decides on the third day; staff record it that evening ──
        var decidedOn = day.AddDays(2);
        var recorded = At(decidedOn, 20);
        DecisionDraft Decision(string reason) => new(decidedOn, reason);
        await ActAsync(ebikes, At(day.AddDays(1), 20), (p, t) => p.Withdraw("自治区电动自行车管理条例已于上年公布施行，领衔代表书面申请撤回本议案。", _staff, t));
        await ActAsync(plan, recorded, (p, t) => p.PutOnAgenda(Decision("依照法律规定，国民经济和社会发展规划纲要由本次会议审查批准。"), _staff, t));
        await ActAsync(water, recorded, (p, t) => p.PutOnAgenda(Decision("节约用水关系城市发展全局，代表关注度高，列入会议议程，由大会审议作出决议。"), _staff, t));
        var dueOn = calendar.NextWorkingDayOnOrAfter(new DateOnly(decidedOn.Year, 6, 30));
        await ActAsync(firstAid, recorded, (p, t) => p.ReferToCommittee(Decision("属于地方立法事项，需要深入调研论证，交专门委员会审议。"),
            committees["教育科学文化卫生委员会"], dueOn, calendar, _staff, t));
        await ActAsync(reclaimed, recorded, (p, t) => p.ReferToCommittee(Decision("属于地方立法事项，需与城市供水用水管理条例的修改统筹考虑，交专门委员会审议。"),
            committees["城乡建设环境保护委员会"], dueOn, calendar, _staff, t));
        await ActAsync(trees, recorded, (p, t) => p.ReferToCommittee(Decision("属于地方立法事项，交专门委员会审议。"),
            committees["农业农村委员会"], Proposal.LatestReportDue(decidedOn, calendar), calendar, _staff, t));
        await ActAsync(dogs, recorded, (p, t) => p.LeaveOffAgenda(Decision("《示例市养犬管理条例（草案）》已列入常委会年度立法计划并已进行第一次审议，议案所提意见转法制委员会在统一审议时研究吸纳，不再列入本次会议议程。"), _staff, t));
        await ActAsync(wetlands, recorded, (p, t) => p.LeaveOffAgenda(Decision("湿地保护条例已于上届制定施行，议案所提补偿机制可由市人民政府依照条例制定配套办法，不列入本次会议议程。"), _staff, t));
        foreach (var (id, category, unit) in new[] { (parking, "城乡建设", "示例市住房和城乡建设局"), (ruralWater, "农业农村", "示例市水务局") })
        {
            if (recorded > _now) break;
            _at.Now = recorded;
            var proposal = await ProposalStore.WithEverything(db.Proposals).SingleAsync(p => p.Id == id, ct);
            var suggestion = proposal.ToSuggestionDraft(categories[category], decidedOn.Year, decidedOn);
            // The presidium's decision and the suggestion it creates are saved together: the link goes both ways.
            var result = await registrar.RegisterAsync([suggestion], _staff, null,
                created => proposal.ConvertToSuggestion(Decision("所提事项属于政府部门职责范围内的具体工作，不需要由大会作出决定，作为代表建议交有关部门办理。"), created[0].Id, _staff, recorded), ct);
            if (!result.IsSuccess) throw new InvalidOperationException($"Demo proposal {proposal.Subject}: {result.Error}");
            db.ChangeTracker.Clear();
            await HandleSuggestionAsync(result.Value![0].Id, units[unit], unit, day, rules, ct);
        }

        // ── What followed: the session's decisions, the committees' reports, the standing committee's results ──
        var closing = At(day.AddDays(3), 11);
        await ActAsync(plan, closing, (p, t) => p.RecordResult(day.AddDays(3), "大会表决通过关于示例市国民经济和社会发展第十五个五年规划纲要的决议，批准规划纲要。", null, _staff, t));
        await ActAsync(water, closing, (p, t) => p.RecordResult(day.AddDays(3), "大会表决通过《关于加强城市节约用水工作的决议》，要求市人民政府每年向常委会报告决议执行情况。", null, _staff, t));
        var reportedOn = new DateOnly(decidedOn.Year, 6, 18);
        await ActAsync(firstAid, At(reportedOn, 15), (p, t) => p.RecordCommitteeReport(reportedOn,
            "教育科学文化卫生委员会经调研论证认为，制定院前医疗急救服务条例确有必要，立法条件基本成熟，建议列入常委会下一年度立法计划正式项目，由市人民政府有关部门抓紧起草。", _staff, t));
        var meeting = await db.StandingCommitteeMeetings.Where(m => m.TermId == session.TermId && m.Date > reportedOn).OrderBy(m => m.Date)
            .Select(m => new { m.Id, m.Date }).FirstOrDefaultAsync(ct);
        if (meeting is not null)
            await ActAsync(firstAid, At(meeting.Date, 16), (p, t) => p.RecordResult(meeting.Date, "常委会会议审议同意教育科学文化卫生委员会的审议结果报告，院前医疗急救服务条例列入下一年度立法计划正式项目。", meeting.Id, _staff, t));
        var treesReported = Proposal.LatestReportDue(decidedOn, calendar).AddDays(-5);
        await ActAsync(trees, At(treesReported, 15), (p, t) => p.RecordCommitteeReport(treesReported,
            "农业农村委员会会同有关部门开展了实地调研。古树名木保护现由市政府规章调整，建议先开展立法调研，适时提请制定地方性法规。", _staff, t));

        // ── Publication: all but the withdrawn one and the one left off the agenda ──
        foreach (var id in new[] { plan, firstAid, water, reclaimed, trees, parking, ruralWater, wetlands })
            await ActAsync(id, At(day.AddDays(10), 10), (p, t) => p.Publish(_staff, t));

    }

    /// <summary>A proposal handled as a suggestion runs the suggestion workflow: accepted, assigned, met, answered and reviewed.</summary>
    private async Task HandleSuggestionAsync(int id, int unitId, string unitName, DateOnly day, SuggestionRules rules, CancellationToken ct)
    {
        var letter = StoredFile.Accept("答复函（示例）.pdf", DemoSuggestionSeeder.DemoLetter, StaffName, _now);
        db.StoredFiles.Add(letter);
        await db.SaveChangesAsync(ct);
        var unit = Actor.Unit(unitId, unitName.Replace("示例市", "", StringComparison.Ordinal) + "联络员");
        var s = await SuggestionStore.WithEverything(db.Suggestions).SingleAsync(x => x.Id == id, ct);
        var steps = new (DateTimeOffset At, Action<DateTimeOffset> Action)[]
        {
            (At(day.AddDays(10), 10), t => s.Accept(_staff, t)),
            (At(day.AddDays(30), 10), t => s.Assign(HandlingMode.Split, [unitId], null, _staff, t, rules, confirmed: true)),
            (At(day.AddDays(32), 10), t => s.AcceptAssignment(unit, t)),
            (At(day.AddDays(40), 10), t => s.LogContact(ContactStage.Before, DateOnly.FromDateTime(t.Date), ContactForm.InPerson, "走访领衔代表，了解议案所提问题和诉求。", unit, t, rules)),
            (At(day.AddDays(80), 10), t => s.Reply(new ReplyDraft("B", $"您领衔提出的《{s.Title}》经大会主席团决定作为建议交我单位办理。经认真研究，所提措施已列入本年度工作计划，正在分步实施。", "分管副局长 陈立新",
                DateOnly.FromDateTime(t.Date), true, letter.Id, [new CommitmentDraft("完成年度实施计划并组织验收", new DateOnly(day.Year, 12, 20))]), unit, t, rules)),
        };
        foreach (var (at, action) in steps)
        {
            if (at > _now) break;
            action(at);
            db.ChangeTracker.DetectChanges();
        }
        if (s.Assignments.SelectMany(a => a.Replies).FirstOrDefault() is { } reply && At(day.AddDays(83), 10) <= _now)
            s.ReviewReply(reply.Id, publish: true, _staff, At(day.AddDays(83), 10));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Plays one action on a proposal at a simulated time, unless that time is still in the future.</summary>
    private async Task ActAsync(int id, DateTimeOffset at, Action<Proposal, DateTimeOffset> action)
    {
        if (at > _now) return;
        var proposal = await ProposalStore.WithEverything(db.Proposals).SingleAsync(p => p.Id == id);
        try
        {
            action(proposal, at);
        }
        catch (DomainRuleException exception)
        {
            throw new InvalidOperationException($"Demo proposal {proposal.Number}: {exception.Message}", exception);
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static DateTimeOffset At(DateOnly date, int hour) => SimulatedClock.At(date, hour);

    /// <summary>The proposals' texts: 案由, 案据, 方案.</summary>
    private static class Texts
    {
        public static readonly (string Subject, string Grounds, string Solution) Plan = (
            "关于提请审查批准《示例市国民经济和社会发展第十五个五年规划纲要》的议案",
            "根据地方各级人民代表大会和地方各级人民政府组织法的规定，市人民政府编制了本市国民经济和社会发展第十五个五年规划纲要草案，经市人民政府常务会议讨论通过，并已征求市人大代表、政协委员和社会各界意见。",
            "提请本次会议审查批准《示例市国民经济和社会发展第十五个五年规划纲要》。");

        public static readonly (string Subject, string Grounds, string Solution) FirstAid = (
            "关于制定《示例市院前医疗急救服务条例》的议案",
            "本市急救站点布局不均衡，城区平均急救反应时间超过15分钟，县域更长；急救网络建设、急救人员配备、社会急救培训和公共场所急救设备配置缺少统一规范，部门职责不够清晰。",
            "建议制定院前医疗急救服务条例：明确市、县两级政府和卫生健康、财政、交通等部门的职责；规定急救站点的规划布局和建设标准；建立统一的急救调度平台；规范公共场所自动体外除颤器配置和社会急救培训；完善急救经费保障。");

        public static readonly (string Subject, string Grounds, string Solution) WaterSaving = (
            "关于加强城市节约用水工作的议案",
            "本市属于严重缺水城市，人均水资源量不足全国平均水平的五分之一。近年来城市用水量持续增长，公共供水管网漏损率仍在百分之十以上，高耗水行业节水改造进展不一，居民节水意识有待提高。",
            "建议由本次会议作出关于加强城市节约用水工作的决议：实行用水总量和强度双控，推进供水管网漏损治理，推行阶梯水价和超定额累进加价，推广节水器具，并要求市人民政府每年向常委会报告执行情况。");

        public static readonly (string Subject, string Grounds, string Solution) ReclaimedWater = (
            "关于制定《示例市城市再生水利用管理条例》的议案",
            "全市污水处理厂再生水利用率不到三成，城市绿化、道路清扫、工业冷却等仍大量使用自来水；再生水管网建设滞后，价格机制和使用激励不足，相关规定散见于规范性文件，缺乏刚性约束。",
            "建议制定城市再生水利用管理条例：把再生水纳入水资源统一配置；规定园林绿化、环境卫生、建筑施工和工业冷却优先使用再生水；明确再生水管网的规划建设责任；建立再生水价格和财政补贴机制。");

        public static readonly (string Subject, string Grounds, string Solution) OldTrees = (
            "关于制定《示例市古树名木保护条例》的议案",
            "本市登记在册的古树名木一千二百余株，部分生长在城市建设区和村庄，受到施工、硬化和病虫害威胁；保护责任单位不明确、养护经费不足的问题较为突出。",
            "建议制定古树名木保护条例，明确认定、登记、养护责任和资金保障，划定保护范围，规定建设项目避让古树名木的要求和违法行为的法律责任。");

        public static readonly (string Subject, string Grounds, string Solution) Dogs = (
            "关于制定《示例市养犬管理条例》的议案",
            "城区养犬数量逐年增加，犬只伤人、扰民、随地便溺等问题引发的投诉和纠纷增多，现行管理规定层级较低，执法依据不足。",
            "建议制定养犬管理条例，实行养犬登记和免疫制度，划定重点管理区，规定文明养犬行为规范，明确公安、城管、农业农村等部门的监管职责。");

        public static readonly (string Subject, string Grounds, string Solution) Parking = (
            "关于加快城区公共停车设施建设的议案",
            "城区机动车保有量五年间增长近一倍，老城区和医院、学校周边停车难、乱停车问题突出，公共停车泊位缺口较大，智慧停车系统尚未联网。",
            "建议编制城区停车设施专项规划，利用边角地、地下空间和老旧小区周边空地建设公共停车场，推动机关企事业单位停车场错时共享，建设全市统一的智慧停车平台。");

        public static readonly (string Subject, string Grounds, string Solution) RuralWater = (
            "关于推进农村供水工程规模化建设的议案",
            "南原县、白云县部分农村仍以单村供水工程为主，水源保障能力弱，水质检测覆盖不全，冬季管道冻损时有发生，管护经费和专业人员不足。",
            "建议推进城乡供水一体化和规模化供水工程建设，逐步以规模化工程替代单村工程，健全县级统管的运行管护机制，落实水质检测和维修养护经费。");

        public static readonly (string Subject, string Grounds, string Solution) EBikes = (
            "关于制定《示例市电动自行车管理条例》的议案",
            "全市电动自行车保有量已超过八十万辆，违规改装、超标车上路、飞线充电等问题带来交通和消防安全隐患。",
            "建议制定电动自行车管理条例，规范销售、登记、通行和停放充电管理，明确相关部门职责。");

        public static readonly (string Subject, string Grounds, string Solution) Wetlands = (
            "关于建立湿地保护生态补偿机制的议案",
            "本市湿地主要分布在沿河地区，部分湿地周边农户因退耕还湿、限制放牧而减少收入，补偿标准偏低、来源单一，影响保护工作的积极性。",
            "建议建立湿地保护生态补偿机制，明确补偿范围、标准和资金来源，将湿地保护成效与补偿资金挂钩。");
    }
}
