using CongressPortal.Domain.Legislation;
using F = CongressPortal.Domain.Legislation.LegislativeField;
using K = CongressPortal.Domain.Legislation.LegislationKind;

namespace CongressPortal.Web.Data.Seeding;

public sealed partial class DemoLegislationSeeder
{
    /// <summary>One version of a library regulation: what kind, passed at which meeting, what changed, and how the text changes.</summary>
    private sealed record Change(K Kind, DateOnly PassedOn, string? Summary = null, Action<DemoStatute>? Apply = null);

    /// <summary>A regulation of the library: its title, field, topic, size and layout, and its versions in order.</summary>
    private sealed record Law(string Title, F Field, DemoTopic Topic, int Articles, Change[] Versions, bool Chapters = true, bool Sections = false, bool Toc = false);

    private static DemoTopic T(string subject, string department, string upperLaw, string purpose, params string[] chapters) => new(subject, department, upperLaw, purpose, chapters);

    private static Change Enacted(int year, int meeting) => new(K.Enact, M(year, meeting));

    /// <summary>The demo city's meeting days: the standing committee meets about every two months (DemoSeeder's calendar).</summary>
    private static DateOnly M(int year, int meeting) => meeting switch
    {
        1 => new DateOnly(year, 1, 19),
        2 => new DateOnly(year, 3, 26),
        3 => new DateOnly(year, 5, 12),
        4 => new DateOnly(year, 7, 19),
        5 => new DateOnly(year, 9, 26),
        _ => new DateOnly(year, 11, 12),
    };

    private static Change Renamed(int year, int meeting, string from, string to) => new(K.Revise, M(year, meeting),
        $"根据机构改革，将条例中的“{from}”修改为“{to}”。", s => s.Reword(from, to));

    private static Change Inserted(int year, int meeting, int afterKey, string article, string summary) => new(K.Amend, M(year, meeting), summary,
        s => s.InsertAfter(afterKey, new DemoArticle(1000 + afterKey, [article])));

    private const string WaterTitle = "示例市城市供水用水管理条例";
    private const string PropertyTitle = "示例市物业管理条例";
    private const string MarketsTitle = "示例市集贸市场管理条例";
    private const string GasTitle = "示例市燃气管理条例";
    private const string HeritageCityTitle = "示例市历史文化名城保护条例";

    /// <summary>The regulations of 示例市 since it was given the power to legislate (2015), by the four fields of 立法法第八十一条.</summary>
    private static readonly Law[] Laws =
    [
        // ── 城乡建设与管理 ──
        new(PropertyTitle, F.UrbanRural, T("物业管理", "市住房和城乡建设主管部门", "《中华人民共和国民法典》《物业管理条例》",
            "规范物业管理活动，维护业主、物业服务人的合法权益，营造安全、舒适、文明、和谐的居住环境", "业主和业主组织", "前期物业管理", "物业服务", "物业的使用和维护"),
            62, [Enacted(2018, 4), Renamed(2022, 3, "市住房和城乡建设主管部门", "市物业管理主管部门")], Sections: true, Toc: true),
        new(WaterTitle, F.UrbanRural, T("城市供水用水", "市水行政主管部门", "《中华人民共和国水法》《城市供水条例》",
            "保障城市供水安全，促进计划用水、节约用水", "供水水源和工程建设", "供水经营", "用水管理", "供水设施维护"),
            48, [Enacted(2017, 2), Renamed(2021, 3, "市水行政主管部门", "市水务主管部门")], Toc: true),
        new("示例市城市市容和环境卫生管理条例", F.UrbanRural, T("市容和环境卫生", "市城市管理主管部门", "《城市市容和环境卫生管理条例》",
            "创造清洁、优美的城市工作和生活环境", "市容管理", "环境卫生管理", "环境卫生设施"),
            56, [Enacted(2016, 3), Inserted(2020, 4, 7, "生活垃圾实行分类投放、分类收集、分类运输、分类处理，具体办法按照国家、自治区和本市有关规定执行。",
                "增加一条，作为第八条：生活垃圾分类与市容环境卫生管理相衔接。")], Sections: true),
        new("示例市城市道路管理条例", F.UrbanRural, T("城市道路", "市住房和城乡建设主管部门", "《城市道路管理条例》",
            "保障城市道路完好，充分发挥城市道路功能", "规划和建设", "养护和维修", "路政管理"), 44, [Enacted(2017, 3)]),
        new("示例市机动车停车条例", F.UrbanRural, T("机动车停车", "市公安机关交通管理部门", "《中华人民共和国道路交通安全法》",
            "规范机动车停车秩序，改善城市交通状况", "停车设施规划和建设", "停车设施管理", "道路停车管理"), 42, [Enacted(2021, 4)]),
        new(GasTitle, F.UrbanRural, T("燃气", "市燃气主管部门", "《城镇燃气管理条例》",
            "保障燃气供应，防止和减少燃气安全事故", "燃气发展规划与应急保障", "燃气经营与服务", "燃气使用", "燃气设施保护"), 58, [Enacted(2018, 2)], Sections: true, Toc: true),
        new("示例市城市供热条例", F.UrbanRural, T("城市供热", "市供热主管部门", "《中华人民共和国节约能源法》",
            "规范城市供热用热行为，保障供热质量", "供热规划和建设", "供热经营", "用热管理", "供热设施维护"), 52, [Enacted(2019, 5)]),
        new("示例市户外广告设置管理条例", F.UrbanRural, T("户外广告设置", "市城市管理主管部门", "《中华人民共和国广告法》",
            "规范户外广告设置，美化城市环境", "设置规划", "设置管理", "安全维护"), 32, [Enacted(2020, 2)]),
        new("示例市城市地下管线管理条例", F.UrbanRural, T("城市地下管线", "市住房和城乡建设主管部门", "《中华人民共和国城乡规划法》",
            "保障地下管线安全运行", "规划和建设", "运行维护", "信息管理"), 40, [Enacted(2022, 4)]),
        new("示例市建筑垃圾管理条例", F.UrbanRural, T("建筑垃圾", "市城市管理主管部门", "《中华人民共和国固体废物污染环境防治法》",
            "促进建筑垃圾减量化、资源化、无害化", "源头减量", "运输和处置", "资源化利用"), 38, [Enacted(2020, 5)]),
        new(MarketsTitle, F.UrbanRural, T("集贸市场", "市市场监督管理部门", "《中华人民共和国消费者权益保护法》",
            "维护集贸市场秩序，保护经营者和消费者的合法权益", "市场设立", "市场经营管理"), 28, [Enacted(2016, 2)]),
        new("示例市城乡规划条例", F.UrbanRural, T("城乡规划", "市自然资源主管部门", "《中华人民共和国城乡规划法》",
            "协调城乡空间布局，改善人居环境", "城乡规划的制定", "城乡规划的实施", "城乡规划的修改", "监督检查"), 72, [Enacted(2017, 6)], Sections: true, Toc: true),
        new("示例市市政设施管理条例", F.UrbanRural, T("市政设施", "市住房和城乡建设主管部门", "《城市道路管理条例》",
            "保障市政设施完好和安全运行", "建设管理", "养护维修", "设施保护"), 36, [Enacted(2019, 2)]),
        new("示例市燃放烟花爆竹管理规定", F.UrbanRural, T("烟花爆竹燃放", "市公安机关", "《烟花爆竹安全管理条例》",
            "保障公共安全和人身、财产安全"), 16, [Enacted(2017, 6)], Chapters: false),
        new("示例市住宅专项维修资金管理条例", F.UrbanRural, T("住宅专项维修资金", "市住房和城乡建设主管部门", "《物业管理条例》",
            "保障住宅共用部位、共用设施设备的维修和正常使用", "交存", "使用", "监督管理"), 34, [Enacted(2023, 2)]),

        // ── 生态文明建设 ──
        new("示例市城市绿化条例", F.Ecology, T("城市绿化", "市园林绿化主管部门", "《城市绿化条例》",
            "促进城市绿化事业发展，改善生态环境", "规划和建设", "保护和管理"),
            40, [Enacted(2016, 6), Inserted(2021, 2, 7, "鼓励发展屋顶绿化、垂直绿化等立体绿化。新建公共建筑具备条件的，应当实施立体绿化。",
                "增加一条，作为第八条：鼓励发展立体绿化。")]),
        new("示例市湿地保护条例", F.Ecology, T("湿地保护", "市林业和草原主管部门", "《中华人民共和国湿地保护法》",
            "维护湿地生态功能和生物多样性", "规划和名录", "保护和利用", "修复"), 46, [Enacted(2019, 3)]),
        new("示例市大气污染防治条例", F.Ecology, T("大气污染防治", "市生态环境主管部门", "《中华人民共和国大气污染防治法》",
            "保护和改善大气环境，保障公众健康", "监督管理", "工业污染防治", "机动车污染防治", "扬尘污染防治", "重污染天气应对"),
            78, [Enacted(2018, 6), new(K.Amend, M(2024, 2), "删去第七条；第二条增加一款。其后条文序号相应调整。", s =>
            {
                s.Remove(7);
                s.Article(2).Lines.Add("本市行政区域内的重点排污单位，应当按照国家有关规定安装、使用大气污染物排放自动监测设备，并与生态环境主管部门的监控设备联网。");
            })], Sections: true, Toc: true),
        new("示例市饮用水水源保护条例", F.Ecology, T("饮用水水源保护", "市生态环境主管部门", "《中华人民共和国水污染防治法》",
            "保障饮用水安全", "保护区划定", "保护措施", "应急管理"), 38, [Enacted(2017, 4)]),
        new("示例市扬尘污染防治条例", F.Ecology, T("扬尘污染防治", "市生态环境主管部门", "《中华人民共和国大气污染防治法》",
            "改善环境空气质量", "施工扬尘", "道路和运输扬尘", "堆场扬尘"), 35, [Enacted(2020, 3)]),
        new("示例市山体保护条例", F.Ecology, T("山体保护", "市自然资源主管部门", "《中华人民共和国森林法》",
            "维护自然景观和生态安全", "保护名录", "保护措施", "修复治理"), 30, [Enacted(2021, 6)]),
        new("示例市河湖保护条例", F.Ecology, T("河湖保护", "市水行政主管部门", "《中华人民共和国水法》",
            "落实河湖长制，维护河湖健康生命", "河湖长制", "河湖保护", "河湖治理"), 44, [Enacted(2022, 5)]),
        new("示例市森林草原防火条例", F.Ecology, T("森林草原防火", "市林业和草原主管部门", "《森林防火条例》《草原防火条例》",
            "预防和扑救森林草原火灾，保护人民生命财产安全", "火灾预防", "火灾扑救", "灾后处置"), 42, [Enacted(2023, 4)]),
        new("示例市节约用水条例", F.Ecology, T("节约用水", "市水行政主管部门", "《中华人民共和国水法》",
            "推进节约用水，提高用水效率", "用水管理", "节水措施", "激励和保障"), 40, [Enacted(2024, 1)]),
        new("示例市绿色建筑发展条例", F.Ecology, T("绿色建筑", "市住房和城乡建设主管部门", "《中华人民共和国节约能源法》",
            "节约资源，保护环境", "规划和建设", "运行和改造", "激励措施"), 36, [Enacted(2025, 2)]),
        new("示例市土壤污染防治条例", F.Ecology, T("土壤污染防治", "市生态环境主管部门", "《中华人民共和国土壤污染防治法》",
            "保障农产品质量安全和人居环境安全", "预防和保护", "风险管控和修复"), 34, [Enacted(2025, 3)]),

        // ── 历史文化保护 ──
        new(HeritageCityTitle, F.Heritage, T("历史文化名城保护", "市历史文化名城保护主管部门", "《中华人民共和国文物保护法》《历史文化名城名镇名村保护条例》",
            "传承优秀历史文化，延续城市文脉", "保护规划", "保护措施", "历史文化街区", "历史建筑", "利用和传承"),
            66, [Enacted(2017, 1), Renamed(2020, 6, "市历史文化名城保护主管部门", "市文物和历史文化名城保护主管部门"),
                Inserted(2025, 4, 3, "市人民政府应当建立历史文化资源数字化档案，推进历史文化名城保护数字化建设，并向社会开放共享。",
                    "增加一条，作为第四条：历史文化资源数字化保护。")], Sections: true, Toc: true),
        new("示例市古城墙保护条例", F.Heritage, T("古城墙保护", "市文物主管部门", "《中华人民共和国文物保护法》",
            "传承历史文脉", "保护范围", "保护措施", "合理利用"), 30, [Enacted(2018, 2)]),
        new("示例市非物质文化遗产保护条例", F.Heritage, T("非物质文化遗产保护", "市文化和旅游主管部门", "《中华人民共和国非物质文化遗产法》",
            "继承和弘扬中华优秀传统文化", "调查和名录", "传承和传播", "保障措施"), 40, [Enacted(2019, 4)]),
        new("示例市红色文化遗存保护条例", F.Heritage, T("红色文化遗存保护", "市文物主管部门", "《中华人民共和国文物保护法》《中华人民共和国英雄烈士保护法》",
            "弘扬革命精神，传承红色基因", "认定和名录", "保护管理", "传承利用"), 34, [Enacted(2021, 2)]),
        new("示例市北塔保护条例", F.Heritage, T("北塔保护", "市文物主管部门", "《中华人民共和国文物保护法》",
            "保护北塔及其周边历史环境"), 18, [Enacted(2020, 4)], Chapters: false),
        new("示例市工业遗产保护条例", F.Heritage, T("工业遗产保护", "市文物主管部门", "《中华人民共和国文物保护法》",
            "保护钢城工业遗产，延续城市记忆", "认定和保护", "利用和展示"), 28, [Enacted(2022, 6)]),
        new("示例市钟楼历史文化街区保护条例", F.Heritage, T("历史文化街区保护", "市自然资源主管部门", "《历史文化名城名镇名村保护条例》",
            "保护钟楼历史文化街区的传统格局和历史风貌", "保护规划", "保护措施", "利用管理"), 32, [Enacted(2024, 3)]),

        // ── 基层治理 ──
        new("示例市多元化解纠纷促进条例", F.GrassrootsGovernance, T("多元化解纠纷", "市司法行政部门", "《中华人民共和国人民调解法》",
            "维护社会和谐稳定", "化解渠道", "化解程序", "保障措施"), 42, [Enacted(2019, 6)]),
        new("示例市志愿服务条例", F.GrassrootsGovernance, T("志愿服务", "市民政部门", "《志愿服务条例》",
            "弘扬志愿精神，保障志愿者、志愿服务组织和志愿服务对象的合法权益", "志愿者和志愿服务组织", "志愿服务活动", "促进措施"), 38, [Enacted(2018, 3)]),
        new("示例市社区居家养老服务条例", F.GrassrootsGovernance, T("社区居家养老服务", "市民政部门", "《中华人民共和国老年人权益保障法》",
            "满足老年人养老服务需求", "服务设施", "服务内容", "扶持保障"), 44, [Enacted(2020, 6)]),
        new("示例市网格化服务管理条例", F.GrassrootsGovernance, T("网格化服务管理", "市社会治理主管部门", "《中华人民共和国城市居民委员会组织法》",
            "提升基层治理能力", "网格设置", "网格员队伍", "服务管理"), 32, [Enacted(2022, 2)]),
        new("示例市见义勇为人员奖励和保护条例", F.GrassrootsGovernance, T("见义勇为人员奖励和保护", "市公安机关", "《中华人民共和国民法典》",
            "弘扬社会正气", "确认", "奖励", "保护和优抚"), 30, [Enacted(2017, 4)]),
        new("示例市街道办事处工作条例", F.GrassrootsGovernance, T("街道办事处工作", "市民政部门", "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》",
            "加强基层政权建设", "职责", "工作机制", "保障和监督"), 36, [Enacted(2023, 5)]),
        new("示例市人民调解条例", F.GrassrootsGovernance, T("人民调解", "市司法行政部门", "《中华人民共和国人民调解法》",
            "及时化解民间纠纷", "调解组织", "调解员", "调解程序"), 34, [Enacted(2021, 1)]),
    ];
}
