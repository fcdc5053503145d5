using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using B = CongressPortal.Domain.Legislation.FilingBody;
using D = CongressPortal.Domain.Legislation.NormativeDocumentKind;
using I = CongressPortal.Domain.Legislation.PlanItemKind;
using K = CongressPortal.Domain.Legislation.LegislationKind;

namespace CongressPortal.Web.Data.Seeding;

public sealed partial class DemoLegislationSeeder
{
    private delegate void FilingStep(NormativeDocumentFiling filing, Actor actor, DateTimeOffset at, WorkingDayCalendar calendar);

    private sealed record FilingSpec(B Body, D Kind, string Title, string Number, DateOnly PublishedOn, DateOnly FiledOn, string Summary, params (DateOnly On, FilingStep Step)[] Steps);

    private sealed record RequestSpec(string Code, string Document, string Reasons, string? Name, string Contact, DateOnly SubmittedOn, DateOnly? AcceptedOn,
        (DateOnly On, ReviewRequestResult Result, string Text)? Answer);

    private static class Texts
    {
        public const string ProgrammeSummary = "根据市委关于全面推进依法治市的部署和本届人大常委会工作安排，围绕城乡建设与管理、生态文明建设、历史文化保护、基层治理四个方面，编制本届常委会立法规划。规划项目分为审议项目、预备项目和调研项目，实行动态管理。";
        public const string AnnualSummary = "2026年常委会立法工作坚持科学立法、民主立法、依法立法，安排审议项目八件、预备项目四件、调研项目二件。市人民代表大会第五次会议期间代表提出的有关议案和建议已研究吸纳。";
        public const string AmendmentSummary = "根据7月中旬强降雨后城区排水防涝工作需要，增加城市排水与防涝立法调研项目；国务院《城镇燃气管理条例》正在修订，取消《示例市燃气管理条例》修改预备项目。";
        public const string DrainageItem = "城市排水与防涝立法调研";
        public const string GasItem = "示例市燃气管理条例（修改）";
        public const string ReclaimedSummary = "落实市人民代表大会第五次会议代表议案，规范再生水的规划、建设、使用和管理，提高再生水利用率。";
        public const string TreesConclusion = "调研报告认为，本市古树名木保护责任不够明确、养护经费保障不足、建设项目避让要求缺乏刚性约束，制定地方性法规确有必要。建议将《示例市古树名木保护条例》列入2027年度立法计划预备项目，由市林业和草原局牵头起草。";

        public static readonly (I Kind, K Legislation, string Title, string Body, string Committee, string? Note)[] ProgrammeItems =
        [
            (I.Deliberation, K.Enact, "示例市养犬管理条例", "示例市公安局", "社会建设委员会", null),
            (I.Deliberation, K.Enact, "示例市电动自行车管理条例", "示例市公安局", "社会建设委员会", null),
            (I.Deliberation, K.Enact, "示例市生活垃圾分类管理条例", "示例市城市管理综合执法局", "城乡建设环境保护委员会", null),
            (I.Deliberation, K.Enact, "示例市社区治理促进条例", "示例市民政局", "社会建设委员会", null),
            (I.Deliberation, K.Enact, "示例市传统村落保护条例", "示例市住房和城乡建设局", "农业农村委员会", null),
            (I.Deliberation, K.Revise, "示例市物业管理条例（修订）", "示例市住房和城乡建设局", "城乡建设环境保护委员会", null),
            (I.Deliberation, K.Amend, "示例市历史文化名城保护条例（修改）", "示例市文化旅游广电局", "教育科学文化卫生委员会", null),
            (I.Deliberation, K.Enact, "示例市节约用水条例", "示例市水务局", "城乡建设环境保护委员会", null),
            (I.Preparatory, K.Enact, "示例市文明行为促进条例", "示例市精神文明建设委员会办公室", "教育科学文化卫生委员会", null),
            (I.Preparatory, K.Enact, "示例市电梯安全管理条例", "示例市市场监督管理局", "城乡建设环境保护委员会", null),
            (I.Preparatory, K.Enact, "示例市绿色建筑发展条例", "示例市住房和城乡建设局", "城乡建设环境保护委员会", null),
            (I.Research, K.Research, "城市更新立法调研", "示例市住房和城乡建设局", "城乡建设环境保护委员会", "研究老旧小区改造、城市更新中的产权、资金和公众参与问题。"),
            (I.Research, K.Research, "古树名木保护立法调研", "示例市林业和草原局", "农业农村委员会", null),
        ];

        /// <summary>The 2026 plan: kind, what it does, title, drafting body, committee, target meeting (1–6 of the year), note, and words of the suggestions that fed it.</summary>
        public static readonly (I Kind, K Legislation, string Title, string? Body, string Committee, int? Meeting, string? Note, string? FedBy)[] AnnualItems =
        [
            (I.Deliberation, K.Enact, "示例市养犬管理条例", "示例市公安局", "社会建设委员会", 4, "2025年11月常委会会议已进行初审，继续审议。", null),
            (I.Deliberation, K.Enact, "示例市生活垃圾分类管理条例", "示例市城市管理综合执法局", "城乡建设环境保护委员会", 5, null, "垃圾分类"),
            (I.Deliberation, K.Amend, "示例市城市供水用水管理条例（修改）", "示例市水务局", "城乡建设环境保护委员会", 3, "与再生水利用相衔接。", null),
            (I.Deliberation, K.Enact, "示例市社区治理促进条例", "示例市民政局", "社会建设委员会", 6, null, "社区"),
            (I.Deliberation, K.Enact, "示例市传统村落保护条例", "示例市住房和城乡建设局", "农业农村委员会", 5, null, null),
            (I.Deliberation, K.Repeal, "废止《示例市集贸市场管理条例》", "示例市市场监督管理局", "财政经济委员会", 4, null, null),
            (I.Deliberation, K.Enact, "示例市文明行为促进条例", "示例市精神文明建设委员会办公室", "教育科学文化卫生委员会", 6, null, null),
            (I.Deliberation, K.Revise, "示例市物业管理条例（修订）", "示例市住房和城乡建设局", "城乡建设环境保护委员会", 6, null, "物业"),
            (I.Preparatory, K.Enact, "示例市电梯安全管理条例", "示例市市场监督管理局", "城乡建设环境保护委员会", null, null, "电梯"),
            (I.Preparatory, K.Enact, "示例市城市再生水利用管理条例", "示例市水务局", "城乡建设环境保护委员会", null, "市人民代表大会第五次会议代表议案交专门委员会审议后列入。", null),
            (I.Preparatory, K.Enact, "示例市院前医疗急救服务条例", "示例市卫生健康委员会", "教育科学文化卫生委员会", null, "市人民代表大会第五次会议代表议案。", null),
            (I.Preparatory, K.Amend, GasItem, "示例市住房和城乡建设局", "城乡建设环境保护委员会", null, null, null),
            (I.Research, K.Research, "古树名木保护立法调研", "示例市林业和草原局", "农业农村委员会", null, "市人民代表大会第五次会议代表团议案。", null),
            (I.Research, K.Research, "历史文化名城保护条例实施情况评估", "示例市文化旅游广电局", "教育科学文化卫生委员会", null, "立法后评估。", null),
        ];

        /// <summary>Proposals of the January 2026 session (found by words of their 案由) and the plan item each fed.</summary>
        public static readonly (string Words, string Item)[] ProposalLinks =
        [
            ("再生水", "示例市城市再生水利用管理条例"),
            ("古树名木", "古树名木保护立法调研"),
            ("院前医疗急救", "示例市院前医疗急救服务条例"),
            ("养犬", "示例市养犬管理条例"),
        ];

        private static (DateOnly, FilingStep) Checked(int y, int m, int d) => (new DateOnly(y, m, d), (f, a, t, _) => f.CheckFormat(a, t));

        private static (DateOnly, FilingStep) Returned(int y, int m, int d, string reason) => (new DateOnly(y, m, d), (f, a, t, _) => f.ReturnForCompletion(reason, a, t));

        private static (DateOnly, FilingStep) Resubmitted(int y, int m, int d) => (new DateOnly(y, m, d), (f, a, t, c) => f.Resubmit(a, t, c));

        private static (DateOnly, FilingStep) Concluded(int y, int m, int d, FilingReviewResult result, string opinion) =>
            (new DateOnly(y, m, d), (f, a, t, _) => f.ConcludeReview(new FilingConclusion(result, opinion), a, t));

        private static (DateOnly, FilingStep) Correction(int y, int m, int d, string opinion) => (new DateOnly(y, m, d), (f, a, t, c) => f.RequestCorrection(opinion, a, t, c));

        private static (DateOnly, FilingStep) Replied(int y, int m, int d, FilingReviewResult result, string text) =>
            (new DateOnly(y, m, d), (f, a, t, _) => f.RecordReply(new FilingReply(result, text), a, t));

        private const string NoProblem = "经审查，未发现与宪法、法律、法规相抵触或者明显不适当的问题。";

        public static readonly FilingSpec[] Filings =
        [
            // 待形式审查
            new(B.Government, D.GovernmentRule, "示例市城市道路挖掘管理办法", "示例市人民政府令第48号", new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 2),
                "规范城市道路挖掘审批、施工和恢复。"),
            new(B.Government, D.AdministrativeNormative, "示例市人民政府关于进一步规范城区占道经营管理的通告", "示政发〔2026〕31号", new DateOnly(2026, 10, 28), new DateOnly(2026, 11, 16),
                "划定城区禁止占道经营区域和临时疏导点。"),
            new(B.Court, D.JudicialNormative, "示例市中级人民法院关于规范执行案款管理的若干规定", "示中法发〔2026〕15号", new DateOnly(2026, 9, 15), new DateOnly(2026, 11, 27),
                "规范执行案款的收取、发放和监督。"),
            new(B.Procuratorate, D.JudicialNormative, "示例市人民检察院关于公益诉讼线索移送的工作办法（试行）", "示检发〔2026〕12号", new DateOnly(2026, 11, 18), new DateOnly(2026, 12, 4),
                "规范行政机关向检察机关移送公益诉讼线索的程序。"),
            // 退回补正
            new(B.Government, D.AdministrativeNormative, "示例市城市生活垃圾处理费征收管理办法", "示政办发〔2026〕22号", new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 20),
                "规定生活垃圾处理费的征收标准和方式。", Returned(2026, 10, 27, "报备材料缺少制定说明和所依据的法律、法规目录，请补正后重新报送。")),
            new(B.SupervisionCommission, D.SupervisionNormative, "示例市监察委员会关于监察调查措施使用的若干规定", "示监发〔2026〕6号", new DateOnly(2026, 10, 30), new DateOnly(2026, 11, 10),
                "规范留置以外监察调查措施的审批和使用。", Returned(2026, 11, 18, "未附正式文本和电子文本，请补正后重新报送。")),
            // 审查中
            new(B.Government, D.GovernmentRule, "示例市物业服务收费管理办法", "示例市人民政府令第46号", new DateOnly(2026, 7, 25), new DateOnly(2026, 8, 20),
                "规范住宅物业服务收费行为。", Checked(2026, 8, 25)),
            new(B.Government, D.AdministrativeNormative, "示例市老旧小区改造项目资金管理办法", "示政办发〔2026〕18号", new DateOnly(2026, 9, 10), new DateOnly(2026, 9, 28),
                "规范老旧小区改造项目资金的筹集、使用和监督。", Checked(2026, 10, 9)),
            new(B.Court, D.JudicialNormative, "示例市中级人民法院关于审理物业服务合同纠纷案件若干问题的指导意见", "示中法发〔2026〕12号", new DateOnly(2026, 9, 20), new DateOnly(2026, 10, 9),
                "统一物业服务合同纠纷案件的裁判尺度。", Checked(2026, 10, 14)),
            new(B.Government, D.AdministrativeNormative, "示例市城区公共停车场收费管理办法", "示政办发〔2026〕15号", new DateOnly(2026, 8, 12), new DateOnly(2026, 8, 28),
                "规定城区公共停车场的收费标准和减免情形。", Returned(2026, 9, 4, "缺少价格听证报告，请补正后重新报送。"), Resubmitted(2026, 9, 21), Checked(2026, 9, 25)),
            new(B.Procuratorate, D.JudicialNormative, "示例市人民检察院关于开展行政检察监督的实施意见", "示检发〔2026〕9号", new DateOnly(2026, 10, 12), new DateOnly(2026, 11, 3),
                "规范行政诉讼监督和行政违法行为监督工作。", Checked(2026, 11, 6)),
            // 已提出纠正意见，待回复
            new(B.Government, D.AdministrativeNormative, "示例市城区犬只收容管理办法", "示政办发〔2026〕9号", new DateOnly(2026, 6, 5), new DateOnly(2026, 6, 22),
                "规定无主犬只和违法饲养犬只的收容程序。", Checked(2026, 6, 26),
                Correction(2026, 10, 15, "该办法第十二条对未按期办理犬只登记的当事人规定“没收犬只”，属于规范性文件设定行政处罚，超越权限，建议予以纠正。")),
            new(B.Government, D.AdministrativeNormative, "示例市共享单车停放管理办法", "示政办发〔2026〕24号", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 18),
                "规范互联网租赁自行车的投放和停放。", Checked(2026, 9, 24),
                Correction(2026, 11, 20, "该办法第九条要求运营企业缴纳“停放管理保证金”，缺乏法律、法规依据，增加了企业负担，建议予以纠正。")),
            // 审查完毕
            new(B.Government, D.GovernmentRule, "示例市城市排水管理办法", "示例市人民政府令第45号", new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 25),
                "规范城市排水设施建设、维护和排水许可。", Checked(2026, 3, 30), Concluded(2026, 6, 10, FilingReviewResult.NoProblem, NoProblem)),
            new(B.SupervisionCommission, D.SupervisionNormative, "示例市监察委员会特约监察员工作办法", "示监发〔2026〕2号", new DateOnly(2026, 2, 15), new DateOnly(2026, 3, 5),
                "规范特约监察员的聘请、履职和管理。", Checked(2026, 3, 10), Concluded(2026, 5, 20, FilingReviewResult.NoProblem, NoProblem)),
            new(B.Court, D.JudicialNormative, "示例市中级人民法院诉讼服务中心工作规程", "示中法发〔2026〕4号", new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 20),
                "规范诉讼服务中心的立案、咨询和材料收转。", Checked(2026, 4, 24), Concluded(2026, 7, 8, FilingReviewResult.NoProblem, NoProblem + "报备时间超过规定期限，已提醒报备机关今后及时报备。")),
            new(B.Government, D.AdministrativeNormative, "示例市建筑工地扬尘治理管理办法", "示政办发〔2026〕6号", new DateOnly(2026, 4, 10), new DateOnly(2026, 4, 28),
                "规定建筑工地扬尘治理措施和责任。", Checked(2026, 5, 6),
                Concluded(2026, 7, 15, FilingReviewResult.CorrectedAfterContact, "该办法第十五条关于暂扣施工机械的规定缺乏法律依据。经与市人民政府办公室沟通，制定机关已自行修改，删去该项规定。")),
            new(B.Government, D.AdministrativeNormative, "示例市城市房屋征收补偿办法实施细则", "示政办发〔2026〕3号", new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 12),
                "细化国有土地上房屋征收补偿的标准和程序。", Checked(2026, 3, 17),
                Correction(2026, 5, 28, "该细则第九条将被征收人申请复核的期限由评估报告送达之日起十日缩短为五日，与《国有土地上房屋征收评估办法》的规定不一致，建议予以纠正。"),
                Replied(2026, 6, 24, FilingReviewResult.Corrected, "市人民政府办公室复函：已按照审查意见修改第九条，复核申请期限恢复为十日，修改后的细则已重新公布。")),
            new(B.Procuratorate, D.JudicialNormative, "示例市人民检察院关于未成年人检察工作的若干规定", "示检发〔2026〕3号", new DateOnly(2026, 4, 15), new DateOnly(2026, 5, 8),
                "规范涉未成年人案件的办理和保护救助。", Checked(2026, 5, 12), Concluded(2026, 7, 30, FilingReviewResult.NoProblem, NoProblem)),
            new(B.Government, D.AdministrativeNormative, "示例市出租汽车经营权管理办法", "示政办发〔2026〕11号", new DateOnly(2026, 4, 2), new DateOnly(2026, 5, 25),
                "规定出租汽车经营权的配置、转让和退出。", Checked(2026, 5, 29),
                Correction(2026, 8, 12, "该办法第二十条允许出租汽车经营权有偿转让，与国务院有关出租汽车经营权不得变更经营主体的规定不一致，建议予以纠正。"),
                Replied(2026, 9, 10, FilingReviewResult.NotCorrected, "市人民政府办公室复函称，该条规定系为妥善处理历史遗留问题，拟在过渡期满后再行修改。法制工作委员会认为理由不能成立，拟提请常委会审议处理。")),
        ];

        /// <summary>Three review requests from the public; the contacts are obviously fictional.</summary>
        public static readonly RequestSpec[] ReviewRequests =
        [
            new("DEMAANSWERED", "示例市城市房屋征收补偿办法实施细则",
                "该细则第九条将被征收人对评估结果申请复核的期限缩短为五日，时间过短，与上位规定不一致，损害被征收人的合法权益，建议审查。",
                "王先生（示例）", "139 0000 0000", new DateOnly(2026, 4, 20), new DateOnly(2026, 4, 23),
                (new DateOnly(2026, 6, 28), ReviewRequestResult.Corrected, "经审查，您提出的问题属实。法制工作委员会已向制定机关提出纠正意见，市人民政府办公室已将复核申请期限恢复为十日，修改后的细则已重新公布。感谢您对备案审查工作的支持。")),
            new("DEMAUNDERREV", "示例市城区犬只收容管理办法",
                "该办法规定未按期办理犬只登记的，由公安机关没收犬只。规范性文件不能设定行政处罚，请予审查。",
                null, "demo-citizen@example.com", new DateOnly(2026, 9, 8), new DateOnly(2026, 9, 11), null),
            new("DEMANEWQUERY", "北塔区人民政府关于古城街区临时停车收费的通知",
                "该通知对古城街区居民自有车位也收取临时停车费，收费缺乏依据，请审查是否合法。",
                "李女士（示例）", "138 0000 0000", new DateOnly(2026, 12, 1), null, null),
        ];
    }
}
