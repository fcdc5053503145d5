using CongressPortal.Domain.Legislation;
using Microsoft.EntityFrameworkCore;
using F = CongressPortal.Domain.Legislation.LegislativeField;
using K = CongressPortal.Domain.Legislation.LegislationKind;
using R = CongressPortal.Domain.Legislation.ReadingStage;

namespace CongressPortal.Web.Data.Seeding;

public sealed partial class DemoLegislationSeeder
{
    private const string SortingTitle = "示例市生活垃圾分类管理条例";

    /// <summary>The promulgations of the records below, numbered with the library's (<see cref="NumberAnnouncements"/>).</summary>
    private static readonly (DateOnly On, string Key)[] RecordPromulgations =
    [
        (new DateOnly(2026, 8, 12), Key(WaterTitle, 3)),
        (new DateOnly(2026, 10, 10), Key(MarketsTitle, 0)),
        (new DateOnly(2026, 11, 30), Key(SortingTitle, 1)),
    ];

    /// <summary>One dated step of a record, played when its day has come.</summary>
    private sealed record Step(DateTimeOffset At, Action<LegislationRecord, DateTimeOffset> Do);

    /// <summary>Twelve records, one at each stage a visitor should see (DemoLegislationSeederTests lists them).</summary>
    private async Task SeedRecordsAsync(PlanItems items, CancellationToken ct)
    {
        int? Annual(string title) => items.Annual.TryGetValue(title, out var id) ? id : null;
        int? Programme(string title) => items.Programme.TryGetValue(title, out var id) ? id : null;
        int? Regulation(string title) => _regulations.TryGetValue(title, out var id) ? id : null;
        const string Legal = "法制委员会";

        // 起草中, with a hearing: reclaimed water, fed by the session's proposal.
        await PlayAsync(new LegislationRecordDraft("示例市城市再生水利用管理条例", K.Enact, F.Ecology, Annual("示例市城市再生水利用管理条例"), null, "示例市水务局",
            "市水务局、市发展和改革委员会、市住房和城乡建设局联合起草小组", Committee("城乡建设环境保护委员会"), Texts.ReclaimedSummary), new DateOnly(2026, 2, 25),
            Consult(ConsultationKind.Research, new DateOnly(2026, 4, 15), "金桥区、临江区", "实地查看金桥污水处理厂再生水厂和临江区再生水管网，听取园林绿化、环卫和工业企业用水情况。"),
            Consult(ConsultationKind.Hearing, new DateOnly(2026, 10, 15), "市人大常委会机关第一会议室",
                "就再生水价格机制和园林绿化、环境卫生强制使用再生水的范围举行立法听证会，12名陈述人发言，30名市民旁听，听证报告已送起草小组研究。"),
            Consult(ConsultationKind.ExpertMeeting, new DateOnly(2026, 11, 5), "市水务局", "邀请给排水、环境工程和法学专家论证再生水水质标准、管网建设责任和财政补贴条款。"));

        // 调研完成: old trees, fed by the session's proposal.
        await PlayAsync(new LegislationRecordDraft("古树名木保护立法调研", K.Research, F.Ecology, Annual("古树名木保护立法调研"), null, "示例市林业和草原局",
            null, Committee("农业农村委员会"), "对全市古树名木保护现状和立法必要性开展调研。"), new DateOnly(2026, 2, 25),
            Consult(ConsultationKind.Research, new DateOnly(2026, 5, 20), "南原县、白云县", "实地查看古树名木32株，走访养护责任单位和村民委员会。"),
            Consult(ConsultationKind.Forum, new DateOnly(2026, 8, 18), "市林业和草原局", "听取林草、住建、自然资源、文旅部门和部分代表的意见。"),
            new Step(At(new DateOnly(2026, 10, 30), 16), (r, t) => r.ConcludeResearch(Texts.TreesConclusion, _staff, t)));

        // 审议中, one reading: lift safety.
        var lifts = DemoStatuteWriter.Write("示例市电梯安全管理条例（草案）", new DemoTopic("电梯安全", "市市场监督管理部门", "《中华人民共和国特种设备安全法》",
            "加强电梯安全管理，预防和减少电梯事故，保障人身和财产安全", ["生产和使用", "维护保养", "应急处置"]), 38, new DateOnly(2027, 5, 1), 7001);
        await PlayAsync(new LegislationRecordDraft("示例市电梯安全管理条例", K.Enact, F.UrbanRural, Annual("示例市电梯安全管理条例"), null, "示例市市场监督管理局",
            null, Committee("城乡建设环境保护委员会"), "老旧小区加装电梯和既有电梯老化带来的安全问题日益突出，制定本条例。"), new DateOnly(2026, 3, 2),
            Consult(ConsultationKind.ExpertMeeting, new DateOnly(2026, 9, 10), "市市场监督管理局", "论证电梯维护保养责任、电梯安全责任保险和住宅电梯更新改造资金筹集条款。"),
            Read(R.First, M(2026, 6), lifts, "关于《示例市电梯安全管理条例（草案）》的说明：草案共五章三十八条，重点规定使用单位安全主体责任、维护保养质量和应急救援。"));

        // 审议中, two readings: the revision of the property-management regulation.
        if (_texts.TryGetValue(PropertyTitle, out var property))
        {
            var first = Retitled(property.Text, "示例市物业管理条例（修订草案）");
            first.InsertAfter(8, new DemoArticle(3001, ["业主大会、业主委员会应当依法履行职责，接受业主监督。街道办事处、乡镇人民政府应当指导和监督业主大会、业主委员会的日常活动。"]));
            var second = Retitled(first, "示例市物业管理条例（修订草案修改稿）");
            second.Article(2).Lines.Add("物业服务人应当执行政府依法实施的应急处置措施和其他管理措施，积极配合开展相关工作。");
            await PlayAsync(new LegislationRecordDraft("示例市物业管理条例（修订）", K.Revise, F.UrbanRural, Annual("示例市物业管理条例（修订）"), Regulation(PropertyTitle),
                "示例市住房和城乡建设局", null, Committee("城乡建设环境保护委员会"), "适应民法典施行后的新要求，完善业主自治、物业服务和监督管理制度。"), new DateOnly(2026, 2, 10),
                Consult(ConsultationKind.Forum, new DateOnly(2026, 5, 28), "青山区友谊街道", "召开业主代表、业主委员会和物业服务企业座谈会。"),
                Read(R.First, M(2026, 4), first, "关于《示例市物业管理条例（修订草案）》的说明。"),
                Read(R.Second, M(2026, 5), second, "法制委员会关于《示例市物业管理条例（修订草案）》修改情况的报告。"));
        }

        // 审议中, three readings, the vote deferred: civilised behaviour.
        var civility = DemoStatuteWriter.Write("示例市文明行为促进条例（草案）", new DemoTopic("文明行为促进", "市精神文明建设指导机构", "《中华人民共和国宪法》和有关法律",
            "培育和践行社会主义核心价值观，提升市民文明素质和城市文明程度", ["文明行为规范", "促进与保障", "不文明行为治理"]), 44, new DateOnly(2027, 5, 1), 7002);
        await PlayAsync(new LegislationRecordDraft("示例市文明行为促进条例", K.Enact, F.GrassrootsGovernance, Annual("示例市文明行为促进条例"), null,
            "示例市精神文明建设委员会办公室", null, Committee("教育科学文化卫生委员会"), null), new DateOnly(2026, 2, 10),
            Read(R.First, M(2026, 3), civility, "关于《示例市文明行为促进条例（草案）》的说明。"),
            Read(R.Second, M(2026, 5), Revised(civility, "示例市文明行为促进条例（草案修改稿）", 9, "公共场所应当设置无障碍设施和母婴室，为老年人、残疾人和孕婴提供便利。"),
                "法制委员会关于《示例市文明行为促进条例（草案）》修改情况的报告。"),
            Read(R.Third, M(2026, 6), Revised(civility, "示例市文明行为促进条例（草案修改二稿）", 12, "鼓励机关、企业事业单位在节假日向社会开放停车场、卫生间等设施。"),
                "法制委员会关于《示例市文明行为促进条例（草案修改二稿）》审议结果的报告：部分常委会组成人员对不文明行为的处罚条款仍有不同意见，建议暂不付表决，进一步研究修改。"));

        // 已表决通过: community governance, passed at the November meeting.
        var community = DemoStatuteWriter.Write("示例市社区治理促进条例（草案）", new DemoTopic("社区治理", "市民政部门", "《中华人民共和国城市居民委员会组织法》",
            "推进社区治理体系和治理能力现代化，建设共建共治共享的社区治理格局", ["社区组织", "社区服务", "社区参与", "保障措施"]), 46, new DateOnly(2027, 3, 1), 7003);
        var communityPassed = Retitled(Revised(community, "示例市社区治理促进条例", 10, "社区居民委员会应当建立居民议事会制度，协商解决社区公共事务。"), "示例市社区治理促进条例");
        await PlayAsync(new LegislationRecordDraft("示例市社区治理促进条例", K.Enact, F.GrassrootsGovernance, Annual("示例市社区治理促进条例"), null, "示例市民政局",
            null, Committee("社会建设委员会"), null), new DateOnly(2026, 2, 12),
            Read(R.First, M(2026, 3), community, "关于《示例市社区治理促进条例（草案）》的说明。"),
            Read(R.Second, M(2026, 4), Revised(community, "示例市社区治理促进条例（草案修改稿）", 10, "社区居民委员会应当建立居民议事会制度，协商解决社区公共事务。"), "法制委员会关于草案修改情况的报告。"),
            Read(R.Third, M(2026, 6), Retitled(communityPassed, "示例市社区治理促进条例（草案表决稿）"), "法制委员会关于草案审议结果的报告。"),
            Pass(M(2026, 6), 41, communityPassed));

        // 报批中, the four months nearly over: dogs (first read before the January session, as the proposal's decision says).
        var dogs = DemoStatuteWriter.Write("示例市养犬管理条例（草案）", new DemoTopic("养犬管理", "市公安机关", "《中华人民共和国动物防疫法》",
            "规范养犬行为，保障公民人身安全和健康，维护社会公共秩序和市容环境卫生", ["养犬登记", "养犬行为规范", "犬只收容"]), 40, new DateOnly(2027, 1, 1), 7004);
        var dogsPassed = Retitled(Revised(dogs, "示例市养犬管理条例", 8, "城区实行重点管理区制度。重点管理区内每户限养一只犬，禁止饲养烈性犬。"), "示例市养犬管理条例");
        await PlayAsync(new LegislationRecordDraft("示例市养犬管理条例", K.Enact, F.UrbanRural, Programme("示例市养犬管理条例"), null, "示例市公安局",
            "市公安局、市城市管理综合执法局、市农业农村局联合起草小组", Committee("社会建设委员会"), "城区养犬数量增加，犬只伤人、扰民问题突出，制定本条例。"), new DateOnly(2025, 6, 10),
            Consult(ConsultationKind.Hearing, new DateOnly(2025, 9, 16), "市人大常委会机关第一会议室", "就重点管理区限养和禁养犬只名录举行立法听证会。"),
            Read(R.First, M(2025, 6), dogs, "关于《示例市养犬管理条例（草案）》的说明。"),
            Read(R.Second, M(2026, 2), Revised(dogs, "示例市养犬管理条例（草案修改稿）", 8, "城区实行重点管理区制度。重点管理区内每户限养一只犬，禁止饲养烈性犬。"), "法制委员会关于草案修改情况的报告。"),
            Read(R.Third, M(2026, 4), Retitled(dogsPassed, "示例市养犬管理条例（草案表决稿）"), "法制委员会关于草案审议结果的报告。"),
            Pass(M(2026, 4), 39, dogsPassed),
            new Step(At(new DateOnly(2026, 8, 10), 10), (r, t) => r.SubmitForApproval(_staff, t)));

        // 已批准, not yet promulgated: traditional villages.
        var villages = DemoStatuteWriter.Write("示例市传统村落保护条例（草案）", new DemoTopic("传统村落保护", "市住房和城乡建设主管部门", "《历史文化名城名镇名村保护条例》",
            "加强传统村落保护，传承优秀传统文化，推进乡村振兴", ["保护名录", "保护规划", "保护利用"]), 36, new DateOnly(2027, 3, 1), 7005);
        var villagesPassed = Retitled(villages, "示例市传统村落保护条例");
        await PlayAsync(new LegislationRecordDraft("示例市传统村落保护条例", K.Enact, F.Heritage, Annual("示例市传统村落保护条例"), null, "示例市住房和城乡建设局",
            null, Committee("农业农村委员会"), null), new DateOnly(2026, 2, 12),
            Read(R.First, M(2026, 3), villages, "关于《示例市传统村落保护条例（草案）》的说明。"),
            Read(R.Second, M(2026, 4), Retitled(villages, "示例市传统村落保护条例（草案修改稿）"), "法制委员会关于草案修改情况的报告。"),
            Read(R.Third, M(2026, 5), Retitled(villages, "示例市传统村落保护条例（草案表决稿）"), "法制委员会关于草案审议结果的报告。"),
            Pass(M(2026, 5), 40, villagesPassed),
            new Step(At(new DateOnly(2026, 10, 9), 10), (r, t) => r.SubmitForApproval(_staff, t)),
            Approve(new DateOnly(2026, 11, 27), "自治区人民代表大会常务委员会关于批准《示例市传统村落保护条例》的决定"));

        // 已公布, a new regulation not yet in force: household waste sorting.
        var sorting = DemoStatuteWriter.Write("示例市生活垃圾分类管理条例（草案）", new DemoTopic("生活垃圾分类", "市城市管理主管部门", "《中华人民共和国固体废物污染环境防治法》",
            "推进生活垃圾减量化、资源化、无害化，改善人居环境", ["源头减量", "分类投放", "分类收集、运输和处理", "促进措施"]), 52, new DateOnly(2027, 3, 1), 7006, sections: true);
        var sortingPassed = Retitled(Revised(sorting, SortingTitle, 7, "餐厨垃圾应当由具备相应条件的单位收集、运输和处理，禁止将餐厨垃圾交由未经许可的单位或者个人处置。"), SortingTitle);
        var sortingRecord = await PlayAsync(new LegislationRecordDraft(SortingTitle, K.Enact, F.Ecology, Annual(SortingTitle), null, "示例市城市管理综合执法局",
            null, Committee("城乡建设环境保护委员会"), "落实生活垃圾分类制度，推进餐厨垃圾分类处理。"), new DateOnly(2026, 1, 28),
            Read(R.First, M(2026, 2), sorting, "关于《示例市生活垃圾分类管理条例（草案）》的说明。"),
            Read(R.Second, M(2026, 3), Revised(sorting, "示例市生活垃圾分类管理条例（草案修改稿）", 7, "餐厨垃圾应当由具备相应条件的单位收集、运输和处理，禁止将餐厨垃圾交由未经许可的单位或者个人处置。"),
                "法制委员会关于草案修改情况的报告。"),
            Read(R.Third, M(2026, 5), Retitled(sortingPassed, "示例市生活垃圾分类管理条例（草案表决稿）"), "法制委员会关于草案审议结果的报告。"),
            Pass(M(2026, 5), 42, sortingPassed),
            new Step(At(new DateOnly(2026, 9, 30), 10), (r, t) => r.SubmitForApproval(_staff, t)),
            Approve(new DateOnly(2026, 11, 20), "自治区人民代表大会常务委员会关于批准《示例市生活垃圾分类管理条例》的决定"));
        if (sortingRecord?.Status == LegislationStatus.Approved)
        {
            var dates = new VersionDates(K.Enact, sortingRecord.PassedOn!.Value, sortingRecord.ApprovedOn!.Value, new DateOnly(2026, 11, 30), new DateOnly(2027, 3, 1));
            sortingPassed.Note = Note(SortingTitle, [dates]);
            await PromulgateAsync(sortingRecord, dates, Key(SortingTitle, 1), F.Ecology, sortingPassed, null, ct);
        }

        // 已公布, an amendment: water supply, inserting the article on reclaimed water (the articles after it renumber).
        if (_texts.TryGetValue(WaterTitle, out var water))
        {
            var amended = Retitled(water.Text, WaterTitle);
            amended.InsertAfter(6, new DemoArticle(3002, ["市人民政府应当推进再生水利用，将再生水纳入水资源统一配置。园林绿化、环境卫生、建筑施工等用水，具备使用再生水条件的，应当优先使用再生水。"]));
            var record = await PlayAsync(new LegislationRecordDraft("示例市城市供水用水管理条例（修改）", K.Amend, F.UrbanRural, Annual("示例市城市供水用水管理条例（修改）"),
                Regulation(WaterTitle), "示例市水务局", null, Committee("城乡建设环境保护委员会"), "与再生水利用相衔接，增加再生水优先使用的规定。"), new DateOnly(2026, 2, 5),
                Read(R.First, M(2026, 2), Retitled(amended, "示例市城市供水用水管理条例（修正草案）"), "关于《示例市人民代表大会常务委员会关于修改〈示例市城市供水用水管理条例〉的决定（草案）》的说明。"),
                Read(R.Second, M(2026, 3), Retitled(amended, "示例市城市供水用水管理条例（修正草案表决稿）"), "法制委员会关于修改决定草案审议结果的报告。"),
                Pass(M(2026, 3), 40, null),
                new Step(At(new DateOnly(2026, 5, 20), 10), (r, t) => r.SubmitForApproval(_staff, t)),
                Approve(new DateOnly(2026, 7, 30), "自治区人民代表大会常务委员会关于批准《示例市人民代表大会常务委员会关于修改〈示例市城市供水用水管理条例〉的决定》的决定"));
            if (record?.Status == LegislationStatus.Approved)
            {
                var dates = new VersionDates(K.Amend, record.PassedOn!.Value, record.ApprovedOn!.Value, new DateOnly(2026, 8, 12), new DateOnly(2026, 10, 1));
                amended.Note = Note(WaterTitle, [.. water.History, dates]);
                await PromulgateAsync(record, dates, Key(WaterTitle, 3), F.UrbanRural, amended, "增加一条，作为第七条：再生水的统一配置和优先使用。其后条文序号相应调整。", ct);
            }
        }

        // 已公布, a repeal: the markets regulation, overtaken by national law.
        var repeal = await PlayAsync(new LegislationRecordDraft("废止《示例市集贸市场管理条例》", K.Repeal, F.UrbanRural, Annual("废止《示例市集贸市场管理条例》"), Regulation(MarketsTitle),
            "示例市市场监督管理局", null, Committee("财政经济委员会"), "条例的主要内容已被国家有关法律、行政法规涵盖，部分规定与优化营商环境要求不相适应。"), new DateOnly(2026, 3, 10),
            Read(R.First, M(2026, 4), null, "关于《示例市人民代表大会常务委员会关于废止〈示例市集贸市场管理条例〉的决定（草案）》的说明。"),
            Pass(M(2026, 4), 43, null),
            new Step(At(new DateOnly(2026, 7, 27), 10), (r, t) => r.SubmitForApproval(_staff, t)),
            Approve(new DateOnly(2026, 9, 25), "自治区人民代表大会常务委员会关于批准《示例市人民代表大会常务委员会关于废止〈示例市集贸市场管理条例〉的决定》的决定"));
        if (repeal?.Status == LegislationStatus.Approved && Regulation(MarketsTitle) is { } marketsId && At(new DateOnly(2026, 10, 12), 10) <= _now)
        {
            var at = At(new DateOnly(2026, 10, 12), 10);
            var number = _announcements[Key(MarketsTitle, 0)];
            var on = new DateOnly(2026, 10, 10);
            var regulation = await db.Regulations.Include(r => r.Versions).SingleAsync(r => r.Id == marketsId, ct);
            var promulgation = new PromulgationDraft(number, on, on);
            LegislationRecord.CheckPromulgation(promulgation, repeal.ApprovedOn, at);
            regulation.Repeal(new RepealDraft(number, on, on, "条例的主要内容已被国家有关法律、行政法规涵盖。"), repeal.Id, _staff, at);
            repeal.Promulgate(promulgation, marketsId, _staff, at);
            await db.SaveChangesAsync(ct);
        }

        // 已终止: electric bicycles — the region's own regulation came first.
        await PlayAsync(new LegislationRecordDraft("示例市电动自行车管理条例", K.Enact, F.UrbanRural, Programme("示例市电动自行车管理条例"), null, "示例市公安局",
            null, Committee(Legal), null), new DateOnly(2024, 3, 15),
            Consult(ConsultationKind.Forum, new DateOnly(2024, 6, 20), "市公安局交通管理支队", "听取电动自行车销售企业、快递外卖企业和骑行者代表的意见。"),
            new Step(At(new DateOnly(2026, 1, 20), 16), (r, t) => r.Withdraw("自治区电动自行车管理条例已于2025年公布施行，对本市需要规范的事项已作规定，经主任会议同意终止本项目。", _staff, t)));
        db.ChangeTracker.Clear();
    }

    /// <summary>Creates the record and plays its steps up to today.</summary>
    private async Task<LegislationRecord?> PlayAsync(LegislationRecordDraft draft, DateOnly createdOn, params Step[] steps)
    {
        var created = At(createdOn, 10);
        if (created > _now) return null;
        var record = LegislationRecord.Create(draft, _staff, created);
        db.LegislationRecords.Add(record);
        foreach (var step in steps)
        {
            if (step.At > _now) break;
            step.Do(record, step.At);
        }
        await db.SaveChangesAsync();
        return record;
    }

    /// <summary>
    /// 公布: the library gets the version (a new regulation, or a new version of the one amended), staff publish it, and
    /// the record is promulgated with the regulation it now lives in — as the staff pages do, in that order.
    /// </summary>
    private async Task PromulgateAsync(LegislationRecord record, VersionDates dates, string key, F field, DemoStatute text, string? summary, CancellationToken ct)
    {
        var at = At(dates.PromulgatedOn.AddDays(1), 10);
        if (at > _now) return;
        var number = _announcements[key];
        var promulgation = new PromulgationDraft(number, dates.PromulgatedOn, dates.EffectiveOn);
        LegislationRecord.CheckPromulgation(promulgation, record.ApprovedOn, at);
        var draft = new RegulationVersionDraft(text.Title, dates.Kind, number, dates.PassedOn, dates.ApprovedOn, dates.PromulgatedOn, dates.EffectiveOn, summary);
        Regulation regulation;
        if (record.RegulationId is { } id)
        {
            regulation = await db.Regulations.Include(r => r.Versions).SingleAsync(r => r.Id == id, ct);
            regulation.AddVersion(draft, text.ToText(), record.Id, _staff, at);
        }
        else
        {
            regulation = Domain.Legislation.Regulation.Create(field, draft, text.ToText(), record.Id, _staff, at);
            db.Regulations.Add(regulation);
        }
        await db.SaveChangesAsync(ct);
        regulation.Publish(_staff, at.AddHours(2));
        record.Promulgate(promulgation, regulation.Id, _staff, at);
        await db.SaveChangesAsync(ct);
        _regulations[text.Title] = regulation.Id;
    }

    private Step Consult(ConsultationKind kind, DateOnly on, string place, string summary) =>
        new(At(on, 18), (r, t) => r.RecordConsultation(new ConsultationDraft(kind, on, place, summary), _staff, t));

    /// <summary>A reading at the meeting of <paramref name="on"/>: the meeting's own date, recorded that evening.</summary>
    private Step Read(ReadingStage stage, DateOnly on, DemoStatute? text, string explanation) =>
        new(At(on, 17), (r, t) => r.RecordReading(new ReadingDraft(stage, Meeting(on), text?.Title, explanation), on, text?.ToText() ?? StatuteText.Empty, _staff, t));

    private Step Pass(DateOnly on, int votesFor, DemoStatute? passed) =>
        new(At(on, 18), (r, t) => r.Pass(new PassDraft(Meeting(on), votesFor, 0, 1), on, passed?.ToText(), _staff, t));

    /// <summary>The province's approval, recorded when its decision arrives three days later.</summary>
    private Step Approve(DateOnly on, string resolution) =>
        new(At(on.AddDays(3), 10), (r, t) => r.Approve(new ApprovalDraft(on, resolution), _staff, t));

    private static DemoStatute Retitled(DemoStatute text, string title)
    {
        var copy = text.Clone();
        copy.Title = title;
        copy.Note = null;
        return copy;
    }

    /// <summary>The draft of the next reading: an article added after <paramref name="afterKey"/>, so the later ones renumber.</summary>
    private static DemoStatute Revised(DemoStatute text, string title, int afterKey, string article)
    {
        var copy = Retitled(text, title);
        copy.InsertAfter(afterKey, new DemoArticle(2000 + afterKey, [article]));
        return copy;
    }
}
