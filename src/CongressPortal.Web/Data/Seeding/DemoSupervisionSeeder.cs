using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Seeding;

/// <summary>
/// The demo city's supervision year 2026: the plan drafted in January, adopted at the standing committee's first
/// meeting after the session, published, and amended in July to add a research topic; twenty topics across every form,
/// played through the domain at their dates — heard at the year's meetings, opinions with numbered problem lists sent
/// (交办), handling reports filed (one late), evaluated (one 测评 不满意 and reported again), problems closed (销号) one by
/// one, two topics closed, one 回头看 that reopens a problem; a topic heard in November whose opinions are still a
/// draft, reports due soon and overdue, and the December meeting's topics still planned. The demo unit account
/// (住建局) has the old-residential-areas topic on its desk. Two themes of key suggestions are bundled with topics.
/// What the domain dates by the server clock (交办, filing, 销号) gets the day it happened through a
/// <see cref="SimulatedClock"/>; an action dated after the real today is not played.
/// </summary>
public sealed partial class DemoSupervisionSeeder(AppDbContext db, WorkingCalendarProvider calendarProvider, TimeProvider clock)
{
    private const string StaffName = "办公室监督处 刘敏";
    private const int Year = 2026;
    private readonly Actor _staff = Actor.Staff(StaffName);
    private readonly SimulatedClock _at = new();
    private readonly HashSet<int> _stopped = [];
    private readonly Dictionary<int, TopicText> _texts = [];
    private DateTimeOffset _now;
    private WorkingDayCalendar _calendar = WorkingDayCalendar.WeekdaysOnly;
    private SupervisionSettings _settings = SupervisionSettings.Defaults();
    private Dictionary<string, int> _units = [];
    private Dictionary<string, int> _committees = [];

    public async Task SeedAsync(Deputy demoDeputy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(demoDeputy);
        if (await db.SupervisionPlans.AnyAsync(ct)) return;
        _now = clock.GetUtcNow();
        if (SimulatedClock.At(D(1, 5), 10) > _now) return;
        _calendar = await calendarProvider.GetAsync(ct);
        _settings = await db.SupervisionSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? SupervisionSettings.Defaults();
        _units = await db.HandlingUnits.ToDictionaryAsync(u => u.Name, u => u.Id, ct);
        _committees = await db.Committees.ToDictionaryAsync(c => c.Name, c => c.Id, ct);
        var meetings = await db.StandingCommitteeMeetings.Where(m => m.TermId == demoDeputy.TermId && m.Date.Year == Year)
            .OrderBy(m => m.Date).Select(m => new Meeting(m.Id, m.Date)).ToListAsync(ct);
        if (meetings.Count < 6) return; // the demo term's 2026 meetings: January (plan), March, May, July, September, November
        var (january, march, may, july, september, november) = (meetings[0], meetings[1], meetings[2], meetings[3], meetings[4], meetings[5]);
        var pool = await db.Deputies.Where(d => d.TermId == demoDeputy.TermId && d.Level == DeputyLevel.Municipal && d.Status == DeputyStatus.Serving && d.Id != demoDeputy.Id)
            .OrderBy(d => d.Number).Select(d => d.Id).ToListAsync(ct);
        var themes = await db.SuggestionThemes.Where(t => t.Year == Year).ToDictionaryAsync(t => t.Name, t => t.Id, ct);
        var store = new SupervisionStore(db, calendarProvider, _at);

        // Deputies taking part: a few of the term's deputies per topic, the demo deputy on three.
        var nextDeputy = 0;
        List<int> Deputies(int count, bool withDemoDeputy = false)
        {
            var picked = withDemoDeputy ? new List<int> { demoDeputy.Id } : [];
            while (picked.Count < count && pool.Count > 0) picked.Add(pool[nextDeputy++ * 37 % pool.Count]);
            return picked.Distinct().ToList();
        }

        async Task<List<int>> KeySuggestionsAsync(string theme) => themes.TryGetValue(theme, out var themeId)
            ? await db.Suggestions.Where(s => s.ThemeId == themeId && s.IsKey).OrderBy(s => s.Id).Select(s => s.Id).Take(4).ToListAsync(ct)
            : [];

        async Task<List<int>> IssuesAsync(string summary, int count) =>
            await db.Receptions.SelectMany(r => r.Issues).Where(i => i.Summary == summary).OrderBy(i => i.Id).Select(i => i.Id).Take(count).ToListAsync(ct);

        // ── The plan: drafted after the session, its topics listed, adopted at the January meeting, published ──
        _at.Now = SimulatedClock.At(D(1, 5), 10);
        var created = await store.CreatePlanAsync(new SupervisionPlanDraft(Year, "示例市人大常委会2026年度监督工作计划", Texts.PlanSummary), _staff, ct);
        if (!created.IsSuccess) throw new InvalidOperationException($"Demo supervision plan: {created.Error}");
        var planId = created.Value;
        db.ChangeTracker.Clear();

        var ruralWaterSuggestion = await db.Suggestions.Where(s => s.ProposalId != null && s.Title.Contains("农村供水")).Select(s => s.Id).Take(1).ToListAsync(ct);
        async Task<int?> AddAsync(TopicText text, Meeting? meeting, List<int> deputies, List<int> suggestions, List<int> issues, int? amendmentId = null, int? month = null)
        {
            var draft = new SupervisionTopicDraft(text.Title, text.Form, Unit(text.Unit), _committees[text.Committee], meeting?.Id, month, text.Summary, text.Law,
                deputies, suggestions, issues, amendmentId);
            var result = await store.CreateTopicAsync(planId, draft, _staff, ct);
            if (!result.IsSuccess) throw new InvalidOperationException($"Demo supervision topic {text.Title}: {result.Error}");
            db.ChangeTracker.Clear();
            _texts[result.Value] = text;
            return result.Value;
        }

        _at.Now = SimulatedClock.At(D(1, 6), 15);
        var environment = await AddAsync(Texts.Environment, march, Deputies(4), [], []);
        var business = await AddAsync(Texts.Business, march, Deputies(4), [], []);
        var traffic = await AddAsync(Texts.Traffic, march, Deputies(5), await KeySuggestionsAsync("城区交通拥堵治理"), await IssuesAsync("学校放学时段周边交通拥堵", 1));
        var enforcement = await AddAsync(Texts.Enforcement, may, Deputies(3), [], []);
        var food = await AddAsync(Texts.Food, may, Deputies(6, withDemoDeputy: true), [], []);
        var health = await AddAsync(Texts.Health, may, Deputies(5), [], await IssuesAsync("希望增设社区卫生服务站的儿科门诊", 1));
        var ruralWater = await AddAsync(Texts.RuralWater, may, Deputies(4), ruralWaterSuggestion, []);
        var accounts = await AddAsync(Texts.Accounts, july, Deputies(3), [], []);
        var elderly = await AddAsync(Texts.Elderly, july, Deputies(4), [], await IssuesAsync("社区养老服务站午餐供应不稳定", 2));
        var publicInterest = await AddAsync(Texts.PublicInterest, july, Deputies(3), [], []);
        var employment = await AddAsync(Texts.Employment, july, Deputies(5), [], await IssuesAsync("灵活就业人员参保咨询", 1));
        var assets = await AddAsync(Texts.Assets, september, Deputies(3), [], []);
        var audit = await AddAsync(Texts.Audit, september, Deputies(3), [], []);
        var housing = await AddAsync(Texts.Housing, september, Deputies(5, withDemoDeputy: true), await KeySuggestionsAsync("老旧小区改造和加装电梯"),
            await IssuesAsync("老旧小区加装电梯审批慢、分摊费用难达成一致", 2));
        var air = await AddAsync(Texts.Air, september, Deputies(6), [], []);
        var debt = await AddAsync(Texts.Debt, november, Deputies(3), [], []);
        var heating = await AddAsync(Texts.Heating, november, Deputies(6), [], await IssuesAsync("冬季供暖温度不达标", 2));
        var digital = await AddAsync(Texts.Digital, null, Deputies(3), [], [], month: 12);
        var integrity = await AddAsync(Texts.Integrity, null, Deputies(3), [], [], month: 12);

        await PlanAsync(planId, SimulatedClock.At(january.Date, 17), (p, n, t) => p.Adopt(new PlanAdoption(january.Date, january.Id, null), n, _staff, t), ct);
        await PlanAsync(planId, SimulatedClock.At(W(january.Date.AddDays(3)), 10), (p, _, t) => p.Publish(_staff, t), ct);

        // ── The July amendment: the mid-July rainstorm adds a research topic on flood drainage ──
        int? amendmentId = null;
        await PlanAsync(planId, SimulatedClock.At(W(july.Date.AddDays(1)), 15), (p, _, t) => amendmentId = p.Amend(new PlanAdoption(july.Date, july.Id, Texts.Amendment), _staff, t).Number, ct);
        int? drainage = null;
        if (amendmentId is { } number)
        {
            var id = await db.SupervisionPlans.Where(p => p.Id == planId).SelectMany(p => p.Amendments).Where(a => a.Number == number).Select(a => a.Id).SingleAsync(ct);
            _at.Now = SimulatedClock.At(W(july.Date.AddDays(1)), 16);
            drainage = await AddAsync(Texts.Drainage, null, Deputies(4, withDemoDeputy: true), [], [], id, 12);
        }

        // ── Activities before the meetings ──
        await ActivityAsync(environment, SupervisionActivityKind.Research, D(3, 3), D(3, 4), "青山区、金桥区", "实地查看青山区钢城工业园区大气污染治理设施、金桥区南湖水质自动监测站，听取两区环境质量改善情况汇报。");
        await ActivityAsync(environment, SupervisionActivityKind.Forum, D(3, 11), null, "市人大常委会机关", "召开座谈会，听取市生态环境局、住房和城乡建设局、城市管理综合执法局和部分企业代表的意见。");
        await ActivityAsync(business, SupervisionActivityKind.Research, D(3, 10), D(3, 12), "示例经济技术开发区、金桥区、市政务服务中心", "走访12家民营企业和个体工商户，体验企业开办“一网通办”和工程建设项目审批流程。");
        await ActivityAsync(traffic, SupervisionActivityKind.Research, D(3, 5), D(3, 6), "明湖区、北塔区", "查看明湖路、古城街等拥堵节点和学校、医院周边交通组织，听取公安交管部门情况汇报。");
        await ActivityAsync(traffic, SupervisionActivityKind.UnannouncedVisit, D(3, 17), null, "明湖区文昌街道、北塔区钟楼街道", "早晚高峰时段暗访学校周边接送车辆停放和交通秩序。");
        await ActivityAsync(enforcement, SupervisionActivityKind.Research, D(4, 14), D(4, 15), "市中级人民法院、临江区人民法院、南原县人民法院", "查看执行指挥中心，抽查执行案卷40件，召开申请执行人和律师座谈会。");
        await ActivityAsync(food, SupervisionActivityKind.LawInspection, D(4, 8), D(4, 10), "明湖区、临江区", "检查农贸市场、大型商超、学校食堂和网络订餐平台，抽查食品经营主体26家。");
        await ActivityAsync(food, SupervisionActivityKind.LawInspection, D(4, 22), null, "南原县", "检查县城小餐饮集中区、乡镇集贸市场和农村集体聚餐备案管理。");
        await ActivityAsync(food, SupervisionActivityKind.Forum, D(4, 28), null, "市人大常委会机关", "召开执法检查组全体会议，听取市市场监督管理局、教育局、农业农村局关于食品安全法贯彻实施情况的汇报。");
        await ActivityAsync(health, SupervisionActivityKind.Research, D(4, 16), D(4, 17), "白云县、南原县", "走访6个乡镇卫生院和11个村卫生室，了解基层医务人员配备、家庭医生签约和医保报销情况。");
        await ActivityAsync(ruralWater, SupervisionActivityKind.Research, D(3, 17), D(3, 19), "南原县、白云县", "查看规模化供水工程、单村供水工程和水源井，入户了解冬季管道冻损和水质情况。");
        await ActivityAsync(ruralWater, SupervisionActivityKind.Forum, D(4, 14), null, "白云县双河镇", "与镇村干部、村民代表和供水管理员座谈，听取对农村供水管护的意见。");
        await ActivityAsync(accounts, SupervisionActivityKind.Research, D(6, 9), D(6, 11), "市财政局、市审计局、部分预算单位", "对部门决算和审计发现问题进行专题调研，抽查5个部门的专项资金使用情况。");
        await ActivityAsync(elderly, SupervisionActivityKind.Research, D(6, 2), D(6, 4), "青山区、明湖区、南原县", "查看街道综合养老服务中心、社区老年食堂和农村互助幸福院，听取运营方和老年人意见。");
        await ActivityAsync(publicInterest, SupervisionActivityKind.Research, D(6, 16), null, "市人民检察院、临江区人民检察院", "听取公益诉讼检察工作汇报，查看沿河生态修复公益诉讼案件整改现场。");
        await ActivityAsync(employment, SupervisionActivityKind.Other, D(5, 6), D(5, 29), "全市", "面向企业、求职人员和服务对象开展问卷调查，收回有效问卷2316份。");
        await ActivityAsync(employment, SupervisionActivityKind.UnannouncedVisit, D(6, 10), null, "青山区零工市场", "暗访零工市场求职登记、岗位信息发布和劳动维权咨询服务。");
        await ActivityAsync(employment, SupervisionActivityKind.Forum, D(6, 23), null, "青山区富强街道", "召开评议座谈会，听取企业人力资源负责人、高校毕业生和退役军人代表的意见。");
        await ActivityAsync(assets, SupervisionActivityKind.Research, D(8, 25), D(8, 27), "市国资监管企业、市机关事务服务中心", "调研行政事业性国有资产配置使用和闲置资产盘活情况。");
        await ActivityAsync(audit, SupervisionActivityKind.Research, D(9, 8), D(9, 9), "市审计局、市教育局、市农业农村局", "跟踪了解审计查出问题整改进度，查阅整改台账和佐证材料。");
        await ActivityAsync(housing, SupervisionActivityKind.Research, D(8, 18), D(8, 20), "青山区、北塔区、临江区", "查看15个老旧小区改造项目和已加装电梯的住宅楼，入户听取居民对改造质量和后续管理的意见。");
        await ActivityAsync(housing, SupervisionActivityKind.Forum, D(9, 2), null, "北塔区古城街道", "召开居民、物业企业、电梯企业和街道社区座谈会，研究加装电梯协商难、审批慢的问题。");
        await ActivityAsync(air, SupervisionActivityKind.LawInspection, D(6, 16), D(6, 18), "青山区、金桥区", "检查钢铁、焦化企业超低排放改造，建筑工地扬尘治理和重点道路机械化清扫。");
        await ActivityAsync(air, SupervisionActivityKind.LawInspection, D(7, 7), null, "示例经济技术开发区", "检查涉挥发性有机物企业治理设施运行和在线监测数据。");
        await ActivityAsync(air, SupervisionActivityKind.UnannouncedVisit, D(8, 26), null, "金桥区、北塔区", "夜间暗访渣土车辆运输、露天烧烤和餐饮油烟排放。");
        await ActivityAsync(debt, SupervisionActivityKind.Research, D(10, 20), D(10, 21), "市财政局、市城市建设投资集团", "调研政府债务限额管理、专项债券项目收益和偿债资金安排。");
        await ActivityAsync(heating, SupervisionActivityKind.Visit, D(10, 28), D(10, 29), "青山区、北塔区", "视察热源厂、换热站和老旧供热管网改造工程，查看供热应急抢修队伍准备情况。");
        await ActivityAsync(heating, SupervisionActivityKind.UnannouncedVisit, D(11, 4), null, "明湖区湖滨街道、临江区望江街道", "入户测温，抽查供热服务热线投诉处理情况。");
        await ActivityAsync(drainage, SupervisionActivityKind.Research, D(8, 11), D(8, 12), "临江区、北塔区", "查看7月强降雨积水点、排水泵站和雨污分流改造工程。");
        await ActivityAsync(drainage, SupervisionActivityKind.Forum, D(9, 8), null, "市水务局", "召开座谈会，听取水务、住建、城管、应急管理部门关于城区防汛排涝的情况介绍。");
        await ActivityAsync(digital, SupervisionActivityKind.Research, D(11, 17), D(11, 18), "金桥区科技城街道、示例经济技术开发区", "走访数据中心、软件企业和智能制造示范工厂，了解数字经济政策落实情况。");
        await ActivityAsync(integrity, SupervisionActivityKind.Forum, D(10, 20), null, "市监察委员会", "听取市监察委员会和部分区县监察委员会关于整治群众身边不正之风和腐败问题的情况介绍。");

        // ── The special inquiry: questions asked at the May meeting ──
        foreach (var (question, askedBy, answeredBy, answer) in Texts.Inquiry)
            await PlayAsync(health, SimulatedClock.At(may.Date, 17), (topic, t) => topic.RecordInquiry(new InquiryDraft(question, askedBy, answeredBy, answer), _staff, t));

        // ── March: environment, business environment, traffic (测评 不满意 and a second round) ──
        var marchSent = _calendar.AddWorkingDays(march.Date, 5);
        var julyEvaluated = W(july.Date.AddDays(1));
        await HeardAndSentAsync(environment, march, marchSent);
        await FileAsync(environment, W(D(6, 24)), rectified: [1, 2, 4]);
        await EvaluateAsync(environment, july.Date, julyEvaluated, Texts.Accepted, null);
        await CloseAsync(environment, 1, W(D(8, 20)));
        await CloseAsync(environment, 2, W(D(9, 15)));
        await CloseAsync(environment, 4, W(D(10, 28)));

        await HeardAndSentAsync(business, march, marchSent);
        await FileAsync(business, W(D(6, 18)), rectified: [1, 2, 3, 4]);
        await EvaluateAsync(business, july.Date, julyEvaluated, Texts.Accepted, null);
        await CloseAsync(business, 1, W(D(8, 10)));
        await CloseAsync(business, 2, W(D(8, 28)));
        await CloseAsync(business, 3, W(D(9, 18)));
        await CloseAsync(business, 4, W(D(10, 15)));
        await PlayAsync(business, SimulatedClock.At(W(D(11, 20)), 10), (topic, t) => topic.FollowUp(new FollowUpDraft(W(D(11, 18)), Texts.BusinessFollowUp, [3]), _staff, t));

        await HeardAndSentAsync(traffic, march, marchSent);
        await FileAsync(traffic, W(D(6, 29)), rectified: [4]);
        await EvaluateAsync(traffic, july.Date, julyEvaluated, Texts.TrafficRejected, new SatisfactionVote(9, 8, 21));
        await FileAsync(traffic, W(D(9, 14)), rectified: [1, 2, 4]);
        await EvaluateAsync(traffic, september.Date, W(september.Date.AddDays(1)), Texts.TrafficAccepted, new SatisfactionVote(22, 11, 5));
        await CloseAsync(traffic, 4, W(D(10, 20)));
        await CloseAsync(traffic, 1, W(D(11, 25)));

        // ── May: enforcement (closed), food safety inspection, the special inquiry (its report late), rural water research ──
        var maySent = _calendar.AddWorkingDays(may.Date, 5);
        var septemberEvaluated = W(september.Date.AddDays(1));
        await HeardAndSentAsync(enforcement, may, maySent);
        await FileAsync(enforcement, W(D(8, 14)), rectified: [1, 2, 3]);
        await EvaluateAsync(enforcement, september.Date, septemberEvaluated, Texts.Accepted, new SatisfactionVote(28, 9, 1));
        await CloseAsync(enforcement, 1, W(D(10, 15)));
        await CloseAsync(enforcement, 2, W(D(10, 30)));
        await CloseAsync(enforcement, 3, W(D(11, 10)));
        await CloseAsync(enforcement, 4, W(D(11, 24)));

        await HeardAndSentAsync(food, may, maySent);
        await FileAsync(food, W(D(8, 18)), rectified: [1, 2, 5]);
        await EvaluateAsync(food, september.Date, septemberEvaluated, Texts.Accepted, null);
        await CloseAsync(food, 1, W(D(10, 22)));
        await CloseAsync(food, 2, W(D(11, 5)));
        await CloseAsync(food, 5, W(D(11, 19)));

        await HeardAndSentAsync(health, may, W(D(5, 22)));
        await FileAsync(health, W(D(9, 2)), rectified: [2]); // due 24 August: the one report filed late
        await EvaluateAsync(health, september.Date, septemberEvaluated, Texts.AcceptedLate, null);
        await CloseAsync(health, 2, W(D(11, 12)));

        await HearAsync(ruralWater, may);
        await PlayAsync(ruralWater, SimulatedClock.At(_calendar.AddWorkingDays(may.Date, 5), 10), (topic, t) => topic.Conclude(Texts.RuralWaterConcluded, _staff, t));
        await PublishAsync(ruralWater, _calendar.AddWorkingDays(may.Date, 6));

        // ── July: the accounts and audit (2 months), elderly care (report overdue), public-interest litigation (closed), the appraisal (reported) ──
        var julySent = _calendar.AddWorkingDays(july.Date, 5);
        var novemberEvaluated = W(november.Date.AddDays(1));
        await HeardAndSentAsync(accounts, july, julySent);
        await FileAsync(accounts, W(D(9, 22)), rectified: [1, 3]);
        await EvaluateAsync(accounts, november.Date, novemberEvaluated, Texts.Accepted, null);
        await CloseAsync(accounts, 1, W(D(11, 20)));
        await CloseAsync(accounts, 3, W(D(11, 27)));

        await HeardAndSentAsync(elderly, july, julySent);

        await HeardAndSentAsync(publicInterest, july, julySent);
        await FileAsync(publicInterest, W(D(10, 16)), rectified: [1, 2, 3]);
        await EvaluateAsync(publicInterest, november.Date, novemberEvaluated, Texts.Accepted, new SatisfactionVote(31, 6, 0));
        await CloseAsync(publicInterest, 1, W(D(11, 17)));
        await CloseAsync(publicInterest, 2, W(D(11, 24)));
        await CloseAsync(publicInterest, 3, W(D(12, 1)));

        await HeardAndSentAsync(employment, july, julySent);
        await FileAsync(employment, W(D(10, 23)), rectified: [1]);

        // ── September: state assets, the audit findings (due soon), old residential areas (the demo unit's desk), air pollution inspection ──
        var septemberSent = _calendar.AddWorkingDays(september.Date, 5);
        await HeardAndSentAsync(assets, september, septemberSent);
        await HeardAndSentAsync(audit, september, septemberSent);
        await HeardAndSentAsync(housing, september, W(D(9, 30)));
        await HeardAndSentAsync(air, september, septemberSent);

        // ── November: government debt (opinions still a draft), the heating 视察 (concluded) ──
        await HearAsync(debt, november);
        await PlayAsync(debt, SimulatedClock.At(W(november.Date.AddDays(6)), 16), (topic, t) => topic.EditOpinions(Opinions(_texts[topic.Id]), _staff, t));
        await HearAsync(heating, november);
        await PlayAsync(heating, SimulatedClock.At(W(november.Date.AddDays(8)), 10), (topic, t) => topic.Conclude(Texts.HeatingConcluded, _staff, t));
        await PublishAsync(heating, W(november.Date.AddDays(9)));

        // ── 打捆督办: two themes of key suggestions bundled with the topics they fed ──
        await LinkThemeAsync("城区交通拥堵治理", traffic, ct);
        await LinkThemeAsync("老旧小区改造和加装电梯", housing, ct);
    }

    // ---------------------------------------------------------------- steps of the loop

    /// <summary>Heard at the meeting, opinions and problems written three days later, sent on <paramref name="sentOn"/>, published after.</summary>
    private async Task HeardAndSentAsync(int? id, Meeting meeting, DateOnly sentOn)
    {
        await HearAsync(id, meeting);
        await PlayAsync(id, SimulatedClock.At(W(meeting.Date.AddDays(3)), 16), (topic, t) => topic.EditOpinions(Opinions(_texts[topic.Id]), _staff, t));
        await PlayAsync(id, SimulatedClock.At(sentOn, 10), (topic, t) => topic.Assign(_settings, _calendar, _staff, t));
        await PublishAsync(id, _calendar.AddWorkingDays(sentOn, 2));
    }

    private Task HearAsync(int? id, Meeting meeting) =>
        PlayAsync(id, SimulatedClock.At(meeting.Date, 18), (topic, t) => topic.RecordDeliberation(new DeliberationDraft(meeting.Date, meeting.Id, _texts[topic.Id].Report), _settings, _calendar, _staff, t));

    private Task PublishAsync(int? id, DateOnly on) => PlayAsync(id, SimulatedClock.At(on, 11), (topic, t) => topic.Publish(_staff, t));

    /// <summary>The body files its report for the current round: the problems in <paramref name="rectified"/> done, the others in hand or planned.</summary>
    private Task FileAsync(int? id, DateOnly on, int[] rectified) =>
        PlayAsync(id, SimulatedClock.At(on, 15), (topic, t) =>
        {
            var text = _texts[topic.Id];
            var open = topic.Problems.Where(p => !p.IsClosed).OrderBy(p => p.Number).ToList();
            var entries = open.Select(p => rectified.Contains(p.Number)
                ? new HandlingEntryDraft(p.Number, ProblemProgress.Rectified, "已完成整改：" + text.Problems[p.Number - 1].Fix + "。")
                : p.Number == open[^1].Number && open.Count > 2
                    ? new HandlingEntryDraft(p.Number, ProblemProgress.Planned, "已列入明年工作计划：" + text.Problems[p.Number - 1].Fix + "，资金和责任单位已明确。")
                    : new HandlingEntryDraft(p.Number, ProblemProgress.InProgress, "正在整改：" + text.Problems[p.Number - 1].Fix + "，目前已完成阶段性任务。")).ToList();
            var round = topic.CurrentRound!.Number;
            var report = round == 1 ? Texts.HandlingReport(text.Body, text.Short, open.Count) : Texts.SecondReport(text.Body, text.Short);
            topic.FileReport(new HandlingReportDraft(report, entries), Body(topic.ReportingUnitId, text.Unit), t);
        });

    private Task EvaluateAsync(int? id, DateOnly evaluatedOn, DateOnly recordedOn, string evaluation, SatisfactionVote? vote) =>
        PlayAsync(id, SimulatedClock.At(recordedOn, 10), (topic, t) => topic.Evaluate(new EvaluationDraft(evaluatedOn, evaluation, vote), _settings, _calendar, _staff, t));

    /// <summary>销号 recorded on <paramref name="on"/>: rectified a week before, with the body's evidence checked by the committee.</summary>
    private Task CloseAsync(int? id, int number, DateOnly on) =>
        PlayAsync(id, SimulatedClock.At(on, 16), (topic, t) =>
        {
            var rectifiedOn = on.AddDays(-7) < topic.AssignedOn!.Value ? topic.AssignedOn.Value : on.AddDays(-7);
            var fix = _texts[topic.Id].Problems[number - 1].Fix;
            topic.CloseProblem(number, new ProblemClosure(rectifiedOn, $"{fix}。经专门委员会实地核查，整改到位，整改台账、文件和现场照片已归档。"), _staff, t);
        });

    private Task ActivityAsync(int? id, SupervisionActivityKind kind, DateOnly start, DateOnly? end, string place, string description) =>
        PlayAsync(id, SimulatedClock.At(W(end ?? start), 17), (topic, t) => topic.AddActivity(new ActivityDraft(kind, start, end, place, description), _staff, t));

    private OpinionsDraft Opinions(TopicText text) =>
        new(text.Opinions!, text.Problems.Select(p => new ProblemDraft(p.Text, p.Unit is null ? null : Unit(p.Unit))).ToList());

    /// <summary>Plays one action on a topic at a simulated time; once a step falls after today, the topic's later steps are not played either.</summary>
    private async Task PlayAsync(int? id, DateTimeOffset at, Action<SupervisionTopic, DateTimeOffset> action)
    {
        if (id is not { } topicId || _stopped.Contains(topicId)) return;
        if (at > _now)
        {
            _stopped.Add(topicId);
            return;
        }
        _at.Now = at;
        var topic = await SupervisionStore.WithEverything(db.SupervisionTopics).SingleAsync(t => t.Id == topicId);
        try
        {
            action(topic, at);
        }
        catch (DomainRuleException exception)
        {
            throw new InvalidOperationException($"Demo supervision topic {topic.Title}: {exception.Message}", exception);
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private async Task PlanAsync(int planId, DateTimeOffset at, Action<SupervisionPlan, int, DateTimeOffset> action, CancellationToken ct)
    {
        if (at > _now) return;
        _at.Now = at;
        var topics = await db.SupervisionTopics.CountAsync(t => t.PlanId == planId && t.Status != SupervisionTopicStatus.Cancelled, ct);
        var plan = await db.SupervisionPlans.Include(p => p.Amendments).SingleAsync(p => p.Id == planId, ct);
        action(plan, topics, at);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task LinkThemeAsync(string name, int? topicId, CancellationToken ct)
    {
        var theme = await db.SuggestionThemes.SingleOrDefaultAsync(t => t.Name == name && t.Year == Year, ct);
        if (theme is null || topicId is null) return;
        theme.LinkTopic(topicId);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private int Unit(string name) => _units.TryGetValue(name, out var id) ? id : _units["示例市" + name];

    private static Actor Body(int unitId, string unitName) => Actor.Unit(unitId, unitName.Replace("示例市", "", StringComparison.Ordinal) + "联络员");

    private DateOnly W(DateOnly date) => _calendar.NextWorkingDayOnOrAfter(date);

    private static DateOnly D(int month, int day) => new(Year, month, day);

    private sealed record Meeting(int Id, DateOnly Date);
}
