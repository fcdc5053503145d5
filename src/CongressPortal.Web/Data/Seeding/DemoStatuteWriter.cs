using CongressPortal.Domain.Common;

namespace CongressPortal.Web.Data.Seeding;

/// <summary>What a fictional regulation is about: its subject (城市绿化), the department in charge, the law above it, its purpose and the names of its middle chapters.</summary>
public sealed record DemoTopic(string Subject, string Department, string UpperLaw, string Purpose, string[] Chapters);

/// <summary>
/// Writes the text of a fictional regulation of 示例市 from phrases: 总则 with purpose, scope, principles and duties;
/// middle chapters of obligations, prohibitions and lists of items, split into sections when asked; 法律责任 whose
/// articles cite the obligations they punish; 附则 with the day it takes effect. Deterministic: the same seed writes
/// the same text (a <see cref="Random"/> with that seed).
/// </summary>
public static class DemoStatuteWriter
{
    private static readonly string[] SectionTitles = ["一般规定", "规划和建设", "使用和维护", "服务和保障", "监督和检查"];

    private static readonly string[] Duties =
    [
        "建立健全{s}管理制度和工作责任制", "制定{s}年度工作计划并组织实施", "组织开展{s}宣传教育和业务培训",
        "建立{s}信息公开和公众参与机制", "依法受理和处理有关投诉、举报", "会同有关部门开展联合检查",
        "建立{s}信用档案，依法实施守信激励和失信惩戒", "指导街道办事处、乡镇人民政府开展相关工作",
    ];

    private static readonly string[] Prohibited =
    [
        "擅自占用、损毁{s}设施", "在禁止区域内从事经营活动", "擅自改变{s}用途或者规划确定的功能",
        "拒绝、阻碍工作人员依法执行职务", "以欺骗等不正当手段取得有关许可", "违反规定倾倒、堆放废弃物",
        "擅自拆除、迁移有关标志和设施", "其他违反法律、法规规定的行为",
    ];

    private static readonly string[] Requirements =
    [
        "符合国家和自治区规定的技术标准和规范", "在显著位置公示责任人、服务内容和监督电话", "建立台账，如实记录有关情况，保存期限不少于三年",
        "定期开展安全检查，及时消除隐患", "制定应急预案并定期组织演练", "配备与其规模相适应的专业人员和设施设备",
        "按照规定向主管部门报送有关信息", "接受主管部门和社会公众的监督",
    ];

    private static readonly string[] Behaviours =
    [
        "未按照规定履行管理责任", "擅自占用、损毁{s}设施", "未建立台账或者未如实记录有关情况", "拒不改正违法行为",
        "擅自改变{s}用途", "未按照规定公示有关信息",
    ];

    private static readonly (string Low, string High)[] Fines =
    [
        ("五百元", "二千元"), ("一千元", "五千元"), ("二千元", "一万元"), ("五千元", "三万元"), ("一万元", "五万元"),
    ];

    /// <summary>
    /// The text of a regulation of about <paramref name="articles"/> articles (at least 12 with chapters). With
    /// <paramref name="chapters"/> false the articles stand without chapters (a short 规定). Article keys start at 1 in
    /// the order written.
    /// </summary>
    public static DemoStatute Write(string title, DemoTopic topic, int articles, DateOnly effectiveOn, int seed, bool chapters = true, bool sections = false, bool toc = false)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var random = new Random(seed);
        var key = 0;
        var s = topic.Subject;
        var d = topic.Department;
        DemoArticle A(params string[] lines) => new(++key, [.. lines.Select(l => l.Replace("{s}", s, StringComparison.Ordinal).Replace("{d}", d, StringComparison.Ordinal))]);
        List<string> Pick(string[] pool, int count) => [.. pool.OrderBy(_ => random.Next()).Take(count)];
        IEnumerable<string> Items(string[] pool, int count)
        {
            var picked = Pick(pool, count);
            return picked.Select((text, i) => $"（{ChineseNumerals.Format(i + 1)}）{text}{(i == picked.Count - 1 ? "。" : "；")}");
        }

        var statute = new DemoStatute { Title = title, Toc = toc && chapters };
        var general = new List<DemoArticle>
        {
            A($"为了{topic.Purpose}，根据{topic.UpperLaw}等法律、法规，结合本市实际，制定本条例。"),
            A("本市行政区域内的{s}及其监督管理活动，适用本条例。", "法律、法规对{s}另有规定的，从其规定。"),
            A("{s}工作应当坚持党的领导，坚持以人民为中心，遵循政府主导、统筹规划、依法管理、社会参与的原则。"),
            A("市、县（区）人民政府应当加强对{s}工作的领导，将{s}工作纳入国民经济和社会发展规划，所需经费列入本级财政预算。",
                "街道办事处、乡镇人民政府按照职责做好本辖区内的{s}相关工作，指导居民委员会、村民委员会予以协助。"),
            A("{d}负责本市{s}工作的统一监督管理，履行下列职责："),
        };
        general[^1].Lines.AddRange(Items(Duties, random.Next(3, 6)).Select(l => l.Replace("{s}", s, StringComparison.Ordinal)));
        general.Add(A("发展改革、财政、自然资源、生态环境、住房和城乡建设、城市管理综合执法等部门按照各自职责，共同做好{s}相关工作。"));
        general.Add(A("鼓励和支持单位和个人参与{s}工作。对在{s}工作中做出显著成绩的单位和个人，按照国家和自治区有关规定给予表彰和奖励。"));
        var count = Math.Max(articles, chapters ? 12 : 8);
        var liabilityCount = Math.Clamp(count / 8, 2, 6);
        var middleCount = count - general.Count - liabilityCount - 1;

        // The middle: obligations (cited by 法律责任), prohibitions, lists of requirements, duties of the department.
        var obligations = new List<int>();
        var middle = new List<DemoArticle>();
        var templates = new Func<string, DemoArticle>[]
        {
            c => A($"{{d}}应当会同有关部门编制{c}专项规划，报市人民政府批准后向社会公布。", $"编制{c}专项规划，应当征求有关单位、专家和公众的意见。经批准的专项规划不得擅自变更；确需变更的，应当按照原审批程序报批。"),
            c => Obliged(A([$"从事{c}活动的单位和个人，应当遵守下列规定：", .. Items(Requirements, random.Next(3, 6))])),
            c => Obliged(A(["禁止下列行为：", .. Items(Prohibited, random.Next(3, 6))])),
            c => A($"鼓励社会资本参与{c}，依法保障投资者的合法权益。", "市、县（区）人民政府可以采取政府购买服务、以奖代补等方式予以支持。"),
            c => A($"{{d}}应当建立{c}信息平台，实现有关部门之间的信息共享，依法向社会公开有关信息，接受社会监督。"),
            c => Obliged(A($"{c}的责任人应当建立日常巡查制度，发现问题及时处理；不能处理的，应当及时报告{{d}}。")),
            c => A($"{{d}}应当制定{c}技术规范和服务标准，并向社会公布。", "技术规范和服务标准应当根据经济社会发展情况适时调整。"),
            c => A("任何单位和个人都有权对违反本条例的行为进行劝阻、投诉和举报。", "{d}接到投诉、举报后，应当在五个工作日内处理，并将处理结果告知投诉人、举报人。"),
            c => Obliged(A($"在{c}范围内进行施工作业的，施工单位应当采取安全防护措施，设置明显标志，并在作业完成后及时清理现场、恢复原状。")),
            c => A([$"{{d}}应当会同有关部门对{c}情况进行监督检查，可以采取下列措施：", .. Items(["进入现场进行检查", "查阅、复制有关文件和资料", "要求被检查单位和个人就有关问题作出说明", "责令停止违法行为"], 4)]),
            c => A($"市人民政府应当建立{c}工作考核评价制度，考核结果作为对有关部门和县（区）人民政府考核评价的重要内容。"),
            c => Obliged(A($"{c}的管理单位应当按照规定配备专职管理人员，建立健全安全管理、应急处置和档案管理制度。")),
        };
        DemoArticle Obliged(DemoArticle article)
        {
            obligations.Add(article.Key);
            return article;
        }

        var statuteChapters = chapters ? topic.Chapters : [topic.Subject];
        var perChapter = Math.Max(2, middleCount / statuteChapters.Length);
        var order = Enumerable.Range(0, templates.Length).OrderBy(_ => random.Next()).ToList();
        var next = 0;
        var middleChapters = new List<DemoChapter>();
        foreach (var (name, index) in statuteChapters.Select((n, i) => (n, i)))
        {
            var chapter = new DemoChapter(chapters ? name : null);
            var inChapter = index == statuteChapters.Length - 1 ? Math.Max(2, middleCount - perChapter * index) : perChapter;
            var sectionCount = chapters && sections && inChapter >= 6 ? 2 : 1;
            for (var sectionIndex = 0; sectionIndex < sectionCount; sectionIndex++)
            {
                var section = new DemoSection(sectionCount > 1 ? SectionTitles[(index + sectionIndex) % SectionTitles.Length] : null);
                var take = sectionIndex == sectionCount - 1 ? inChapter - inChapter / sectionCount * sectionIndex : inChapter / sectionCount;
                for (var i = 0; i < take; i++) section.Articles.Add(templates[order[next++ % order.Count]](name));
                chapter.Sections.Add(section);
            }
            middleChapters.Add(chapter);
        }

        var liability = new List<DemoArticle>();
        for (var i = 0; i < liabilityCount - 1; i++)
        {
            var fine = Fines[random.Next(Fines.Length)];
            var behaviour = Behaviours[i % Behaviours.Length];
            liability.Add(obligations.Count > 0
                ? A($"违反本条例{{ref:{obligations[i % obligations.Count]}}}规定，{behaviour}的，由{{d}}责令限期改正；逾期不改正的，处{fine.Low}以上{fine.High}以下罚款。")
                : A($"{behaviour}的，由{{d}}责令限期改正；逾期不改正的，处{fine.Low}以上{fine.High}以下罚款。"));
        }
        liability.Add(A("{d}和其他有关部门的工作人员在{s}工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。"));
        var closing = A($"本条例自{ChinaTime.FormatDate(effectiveOn)}起施行。");

        if (chapters)
        {
            var first = new DemoChapter("总则");
            first.Sections.Add(Section(general));
            statute.Chapters.Add(first);
            statute.Chapters.AddRange(middleChapters);
            var penalties = new DemoChapter("法律责任");
            penalties.Sections.Add(Section(liability));
            statute.Chapters.Add(penalties);
            var last = new DemoChapter("附则");
            last.Sections.Add(Section([closing]));
            statute.Chapters.Add(last);
        }
        else
        {
            var only = new DemoChapter(null);
            only.Sections.Add(Section([.. general, .. middleChapters.SelectMany(c => c.Sections).SelectMany(x => x.Articles), .. liability, closing]));
            statute.Chapters.Add(only);
        }
        return statute;
    }

    private static DemoSection Section(List<DemoArticle> articles)
    {
        var section = new DemoSection(null);
        section.Articles.AddRange(articles);
        return section;
    }
}
