namespace CongressPortal.Web.Data.Seeding;

public sealed partial class DemoDraftSeeder
{
    /// <summary>What an article is about, read from its words; each kind has the comments people write on such an article.</summary>
    internal enum ArticleKind
    {
        Purpose,
        Scope,
        Principles,
        Government,
        Department,
        Coordination,
        Encouragement,
        Planning,
        Obligations,
        Prohibitions,
        Funding,
        Information,
        Patrol,
        Standards,
        Complaints,
        Construction,
        Inspection,
        Assessment,
        Staffing,
        Penalty,
        Officials,
        Commencement,
        Other,
    }

    /// <summary>The kind of an article from its text (the demo's statute writer uses these phrases).</summary>
    internal static ArticleKind KindOf(string text) => text switch
    {
        _ when text.Contains("制定本条例", StringComparison.Ordinal) => ArticleKind.Purpose,
        _ when text.Contains("适用本条例", StringComparison.Ordinal) => ArticleKind.Scope,
        _ when text.Contains("起施行", StringComparison.Ordinal) => ArticleKind.Commencement,
        _ when text.Contains("滥用职权", StringComparison.Ordinal) => ArticleKind.Officials,
        _ when text.Contains("罚款", StringComparison.Ordinal) => ArticleKind.Penalty,
        _ when text.Contains("遵循政府主导", StringComparison.Ordinal) => ArticleKind.Principles,
        _ when text.Contains("列入本级财政预算", StringComparison.Ordinal) => ArticleKind.Government,
        _ when text.Contains("统一监督管理", StringComparison.Ordinal) => ArticleKind.Department,
        _ when text.Contains("按照各自职责", StringComparison.Ordinal) => ArticleKind.Coordination,
        _ when text.Contains("表彰和奖励", StringComparison.Ordinal) => ArticleKind.Encouragement,
        _ when text.Contains("专项规划", StringComparison.Ordinal) => ArticleKind.Planning,
        _ when text.Contains("禁止下列行为", StringComparison.Ordinal) => ArticleKind.Prohibitions,
        _ when text.Contains("应当遵守下列规定", StringComparison.Ordinal) => ArticleKind.Obligations,
        _ when text.Contains("社会资本", StringComparison.Ordinal) => ArticleKind.Funding,
        _ when text.Contains("信息平台", StringComparison.Ordinal) => ArticleKind.Information,
        _ when text.Contains("巡查", StringComparison.Ordinal) => ArticleKind.Patrol,
        _ when text.Contains("技术规范", StringComparison.Ordinal) => ArticleKind.Standards,
        _ when text.Contains("投诉和举报", StringComparison.Ordinal) => ArticleKind.Complaints,
        _ when text.Contains("施工作业", StringComparison.Ordinal) => ArticleKind.Construction,
        _ when text.Contains("监督检查", StringComparison.Ordinal) => ArticleKind.Inspection,
        _ when text.Contains("考核评价", StringComparison.Ordinal) => ArticleKind.Assessment,
        _ when text.Contains("专职管理人员", StringComparison.Ordinal) => ArticleKind.Staffing,
        _ => ArticleKind.Other,
    };

    /// <summary>Comments on an article of each kind ({s}: the draft's subject, 电梯安全).</summary>
    private static readonly Dictionary<ArticleKind, string[]> ArticleComments = new()
    {
        [ArticleKind.Purpose] =
        [
            "建议在立法目的中增加“保障人民群众生命财产安全”的表述，突出以人民为中心。",
            "本条立法依据只列了一部法律，建议把国务院有关行政法规和自治区的地方性法规也列进去，更加完整。",
            "立法目的写得比较笼统，建议结合本市实际，点明要解决的突出问题。",
        ],
        [ArticleKind.Scope] =
        [
            "建议明确本条例是否适用于农村地区和各类开发区、工业园区，避免管理空白。",
            "“法律、法规另有规定的，从其规定”一句可以删去，这是当然之理，不必重复。",
            "适用范围建议把军事管理区、铁路站场等特殊区域的情况说清楚。",
        ],
        [ArticleKind.Principles] =
        [
            "建议在原则中增加“预防为主、综合治理”，体现{s}工作的特点。",
            "“社会参与”写得比较虚，建议后面章节对公众参与的具体途径作出规定。",
        ],
        [ArticleKind.Government] =
        [
            "经费列入财政预算很好，但建议明确县（区）财政困难的，市级财政给予适当补助，避免基层落实不了。",
            "建议明确街道办事处、乡镇人民政府的具体职责清单，否则容易层层往下推。",
            "居民委员会、村民委员会事务已经很多，建议写明“协助”的范围，并给予相应经费保障。",
            "建议增加“将{s}工作纳入基层网格化服务管理”的内容。",
        ],
        [ArticleKind.Department] =
        [
            "主管部门的职责列得不全，建议增加对从业人员培训考核的职责。",
            "建议增加主管部门定期向社会公布{s}状况的职责。",
            "信用档案和失信惩戒要有明确的标准和修复程序，建议在本条或者配套规定中写明。",
        ],
        [ArticleKind.Coordination] =
        [
            "部门职责写成“按照各自职责”太笼统，出了问题还是互相推诿，建议逐个部门写明具体职责。",
            "建议明确部门之间职责交叉时由谁牵头、如何协调。",
        ],
        [ArticleKind.Encouragement] =
        [
            "建议增加对举报重大隐患的单位和个人给予奖励的规定，并为举报人保密。",
            "表彰奖励建议向基层一线工作人员倾斜。",
        ],
        [ArticleKind.Planning] =
        [
            "专项规划在编制过程中应当公示草案，公示期不少于三十日，建议写进条文。",
            "建议明确专项规划与国土空间规划的衔接关系。",
            "规划变更的条件建议写具体，防止随意变更。",
        ],
        [ArticleKind.Obligations] =
        [
            "台账保存三年的期限偏短，建议延长到五年，便于事后追溯责任。",
            "第（二）项要求在显著位置公示监督电话，建议同时公示二维码，方便群众扫码反映问题。",
            "对小微经营者来说这些要求负担较重，建议区分规模作出不同要求，或者给予一定过渡期。",
            "建议明确“专业人员”需要具备什么资格，否则不好执行。",
            "应急预案演练的频次建议写明，比如每年不少于一次。",
        ],
        [ArticleKind.Prohibitions] =
        [
            "禁止行为的兜底项“其他违反法律、法规规定的行为”过于宽泛，建议删除或者具体列举。",
            "建议在禁止行为中增加“在{s}设施周边私拉乱接电线”。",
            "禁止行为列了不少，但法律责任一章没有对应的处罚，建议逐项对应。",
            "“擅自”如何认定，建议明确需要经过哪个部门同意。",
        ],
        [ArticleKind.Funding] =
        [
            "以奖代补的具体标准建议由市人民政府另行公布，并向老旧小区和困难群体倾斜。",
            "鼓励社会资本参与是好事，但要防止企业只挑有利可图的项目，建议明确公益性项目的保障措施。",
        ],
        [ArticleKind.Information] =
        [
            "建议信息平台与12345政务服务便民热线打通，群众反映的问题能在一个地方查到办理结果。",
            "信息平台汇集大量个人信息，建议增加个人信息保护的规定。",
            "建议明确哪些信息必须向社会公开，公开的时限是多少。",
        ],
        [ArticleKind.Patrol] =
        [
            "日常巡查制度建议明确巡查频次和记录要求。",
            "“及时报告”建议改为“在二十四小时内报告”，便于考核。",
        ],
        [ArticleKind.Standards] =
        [
            "技术规范和服务标准制定时应当听取行业协会和群众意见，建议写进去。",
            "建议明确标准多长时间评估修订一次。",
        ],
        [ArticleKind.Complaints] =
        [
            "五个工作日处理时限偏长，涉及安全隐患的投诉建议当日处理。",
            "建议明确不在本部门职责范围的投诉如何转办，避免群众来回跑。",
            "投诉人对处理结果不满意的，建议规定可以向上一级部门申请复核。",
            "建议对举报人信息严格保密，并对打击报复举报人的行为规定法律责任。",
        ],
        [ArticleKind.Construction] =
        [
            "恢复原状由谁验收建议写明，不然施工单位干完活就走了。",
            "施工作业设置明显标志之外，建议夜间设置警示灯。",
            "建议施工前在小区或者周边公告施工时间和联系人。",
        ],
        [ArticleKind.Inspection] =
        [
            "监督检查时执法人员应当出示执法证件，建议在本条中明确。",
            "“责令停止违法行为”属于行政强制的范畴，建议核对是否有上位法依据。",
            "建议规定检查结果向社会公开。",
        ],
        [ArticleKind.Assessment] =
        [
            "建议将群众满意度作为考核评价的重要指标。",
            "考核评价结果建议向社会公开，接受监督。",
        ],
        [ArticleKind.Staffing] =
        [
            "专职管理人员的配备比例建议量化，比如每多少台（处）配备一名。",
            "档案管理制度建议明确电子档案的要求。",
        ],
        [ArticleKind.Penalty] =
        [
            "罚款的下限偏高，对个人和小微企业来说负担过重，建议对个人和单位分别规定罚款幅度。",
            "罚款数额偏低，违法成本太低，起不到震慑作用，建议适当提高上限。",
            "建议增加“首次违法且危害后果轻微并及时改正的，可以不予行政处罚”的规定，体现包容审慎监管。",
            "“逾期不改正”的期限由谁确定、多长时间，建议写明。",
            "本条引用的条文序号建议在修改时再次核对，前面增减条文后容易对不上。",
        ],
        [ArticleKind.Officials] =
        [
            "建议增加对不履行监督管理职责、接到投诉不处理的工作人员的问责规定。",
        ],
        [ArticleKind.Commencement] =
        [
            "施行日期离公布时间太近，有关单位来不及准备，建议给六个月的过渡期。",
            "建议在附则中明确已有设施如何适用新标准。",
        ],
        [ArticleKind.Other] =
        [
            "本条表述较为原则，建议进一步细化，增强可操作性。",
            "建议对本条中的有关用语作出解释。",
        ],
    };

    /// <summary>How people begin a comment.</summary>
    private static readonly string[] Openers =
    [
        "", "", "", "", "", "我是青山区友谊街道的居民，", "本人是一名律师，", "我在社区工作多年，", "作为一名退休教师，", "我是一名人大代表，在联系群众中了解到，",
        "我家住在老旧小区，", "作为从业人员，", "我是个体经营户，", "看了草案，",
    ];

    /// <summary>How people end one.</summary>
    private static readonly string[] Closers = ["", "", "", "以上意见，供参考。", "希望能够采纳。", "谢谢！", "请研究。"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "乌"];

    private static readonly string[] GivenNames = ["建国", "秀英", "志强", "丽华", "海龙", "桂芳", "晓东", "敏", "伟", "静", "军", "娜仁", "巴特尔", "玉兰", "文博", "雅琴"];

    /// <summary>Comments that are not about the draft (与草案无关).</summary>
    private static readonly string[] OffTopic =
    [
        "我们小区门口的路灯坏了两个多月了，打了好几次电话都没人来修，请有关部门尽快处理。",
        "楼下烧烤店每天晚上营业到凌晨两点，油烟和噪音扰民严重，希望城管部门管一管。",
        "请问今年的供暖费什么时候开始缴纳？能不能在手机上缴？",
        "我家孩子明年上小学，想咨询一下学区是怎么划分的。",
    ];

    /// <summary>One comment that staff mark 不当言论: rude, printable.</summary>
    private const string Abusive = "写这些条文的人根本就没下过基层，天天坐在办公室里拍脑袋，纯属糊弄老百姓，一群饭桶！";

    /// <summary>Reasons staff give for each decision, on an article's comment.</summary>
    private static readonly string[] AdoptedReasons =
    [
        "该意见已采纳，草案修改稿已对本条作相应修改。",
        "该意见已采纳，草案修改稿增加了相关规定。",
        "经研究，该意见具有针对性和可操作性，已在修改稿中采纳。",
    ];

    private static readonly string[] PartlyAdoptedReasons =
    [
        "该意见部分采纳：修改稿对本条作了细化；具体标准涉及技术性内容，将由主管部门在配套规定中明确。",
        "该意见部分采纳：修改稿吸收了意见的主要内容，其余建议将在条例实施中研究落实。",
    ];

    private static readonly string[] NotAdoptedReasons =
    [
        "上位法对此已有明确规定，本条例不再重复规定。",
        "该事项属于政府规章或者规范性文件规定的内容，宜由实施细则予以明确，条例不作规定。",
        "经研究，草案现有规定已能涵盖该意见所提情形，不再修改。",
        "罚款幅度与上位法规定和周边城市同类法规相衔接，经研究维持草案规定。",
        "该意见涉及的内容超出本条例的调整范围，已转交有关部门研究。",
    ];

    /// <summary>The adoption note of a much-commented article, by its kind ({n}: how many comments).</summary>
    private static readonly Dictionary<ArticleKind, string> KindNotes = new()
    {
        [ArticleKind.Penalty] = "本条共收到意见{n}条，主要集中在罚款幅度。经研究，修改稿区分个人和单位分别规定了罚款幅度，并增加了首次违法、危害后果轻微并及时改正的可以不予处罚的规定；提高罚款上限的意见，因与上位法衔接的需要，未予采纳。",
        [ArticleKind.Prohibitions] = "本条共收到意见{n}条。修改稿删去了兜底项，对“擅自”的情形明确为“未经主管部门同意”，并在法律责任一章逐项对应了罚则。",
        [ArticleKind.Obligations] = "本条共收到意见{n}条。修改稿将台账保存期限延长为五年，增加了扫码反映问题的方式；区分规模作出不同要求的意见，将在配套规定中研究落实。",
        [ArticleKind.Complaints] = "本条共收到意见{n}条。修改稿规定涉及安全隐患的投诉、举报应当立即处理，其他投诉、举报的处理时限由五个工作日缩短为三个工作日，并增加了转办和为举报人保密的规定。",
        [ArticleKind.Government] = "本条共收到意见{n}条。修改稿增加了市级财政对县（区）给予适当补助的规定，并明确街道办事处、乡镇人民政府的职责由市人民政府以清单形式公布。",
        [ArticleKind.Information] = "本条共收到意见{n}条。修改稿规定信息平台与12345政务服务便民热线互联互通，并增加了个人信息保护的规定。",
        [ArticleKind.Commencement] = "本条共收到意见{n}条。考虑到有关单位需要准备时间，修改稿将施行日期适当推后。",
        [ArticleKind.Coordination] = "本条共收到意见{n}条。修改稿逐一列明了发展改革、财政、住房和城乡建设等部门的具体职责，并明确职责交叉时由主管部门牵头协调。",
        [ArticleKind.Planning] = "本条共收到意见{n}条。修改稿增加了专项规划草案公示不少于三十日的规定，并明确与国土空间规划相衔接。",
        [ArticleKind.Inspection] = "本条共收到意见{n}条。修改稿增加了执法人员出示执法证件和检查结果向社会公开的规定；关于行政强制措施的意见，经核对上位法依据，删去了有关表述。",
    };

    private const string DefaultNote = "本条共收到意见{n}条。经研究，对其中具有可操作性的意见予以吸收，对本条表述作了细化；其余意见已在说明中逐条作出回应。";

    /// <summary>A 基层立法联系点 of the demo city: name, district, address, host, contact person, office phone, established, active.</summary>
    private sealed record PointSpec(string Name, string District, string Address, string Host, string Person, string Phone, DateOnly Established, bool Active = true);

    private static readonly PointSpec[] Points =
    [
        new("青山区友谊街道基层立法联系点", "青山区", "青山区友谊街道友谊路18号街道党群服务中心二楼", "青山区友谊街道办事处", "刘海燕", "0999-6231807", new DateOnly(2019, 6, 18)),
        new("明湖区文昌街道湖畔社区基层立法联系点", "明湖区", "明湖区文昌街道湖畔路6号湖畔社区居委会", "明湖区文昌街道湖畔社区居民委员会", "张桂兰", "0999-6518342", new DateOnly(2020, 4, 10)),
        new("金桥区科技城街道基层立法联系点", "金桥区", "金桥区科技城街道创新大道99号科创服务中心", "金桥区科技城街道办事处", "白乌云", "0999-6702215", new DateOnly(2021, 3, 26)),
        new("临江区滨河街道望江社区基层立法联系点", "临江区", "临江区滨河街道望江路31号", "临江区滨河街道望江社区居民委员会", "陈立军", "0999-6357720", new DateOnly(2020, 9, 8)),
        new("北塔区古城街道基层立法联系点", "北塔区", "北塔区古城街道钟楼西街12号", "北塔区古城街道办事处", "马秀英", "0999-6128846", new DateOnly(2018, 11, 20)),
        new("南原县杨柳乡柳树湾村基层立法联系点", "南原县", "南原县杨柳乡柳树湾村村民委员会", "南原县杨柳乡柳树湾村村民委员会", "郭福成", "0999-6893105", new DateOnly(2021, 7, 1)),
        new("白云县草原苏木乌兰嘎查基层立法联系点", "白云县", "白云县草原苏木乌兰嘎查嘎查民委员会", "白云县草原苏木乌兰嘎查嘎查民委员会", "巴特尔", "0999-6960418", new DateOnly(2022, 5, 16)),
        new("示例大学法学院基层立法联系点", "明湖区", "明湖区大学西路235号示例大学法学院", "示例大学法学院", "周文博", "0999-6597731", new DateOnly(2019, 10, 12)),
        new("示例市明正律师事务所基层立法联系点", "金桥区", "金桥区金桥大道168号金融大厦18层", "示例市明正律师事务所", "林雅琴", "0999-6715589", new DateOnly(2023, 2, 28)),
        // The docks' sub-district was merged into 滨河街道 in 2025; its point stopped working and is kept for its comments.
        new("临江区码头街道基层立法联系点", "临江区", "临江区码头街道航运路2号", "临江区码头街道办事处", "孙志强", "0999-6342019", new DateOnly(2018, 11, 20), Active: false),
    ];

    /// <summary>A draft the demo opens: its record, which reading, the subject's own comments on the whole draft, and the 起草说明.</summary>
    private sealed record DraftSpec(string RecordTitle, string Title, string Subject, string[] WholeDraft, string Explanation);

    private static readonly DraftSpec Lifts = new("示例市电梯安全管理条例", "示例市电梯安全管理条例（草案征求意见稿）", "电梯安全",
    [
        "老旧小区加装电梯的费用分摊是最大的难题，一楼二楼的住户不同意就装不了，建议条例对加装电梯的表决程序和费用分摊作出规定。",
        "电梯困人后救援时间建议明确，市区不超过三十分钟，偏远地区不超过一小时。",
        "维保单位低价竞争、“保而不养”的问题很突出，建议规定维保的最低频次和内容，并建立维保质量评价制度。",
        "建议推行电梯安全责任保险，发生事故后能够及时赔付。",
        "使用年限超过十五年的老旧电梯更新改造资金从哪里来？建议明确可以使用住宅专项维修资金，并简化提取程序。",
        "建议在电梯轿厢内张贴使用单位、维保单位和应急救援电话，并要求电梯安装远程监测装置。",
        "我们小区的电梯一个月坏了三次，物业说是维保公司的事，维保公司说是物业的事，建议条例把使用单位的责任写清楚。",
        "建议明确电动自行车不得进入电梯，并鼓励安装电动自行车阻止装置。",
    ],
    """
    一、制定条例的必要性
    截至2025年底，全市在用电梯约2.8万台，其中住宅电梯1.9万台，使用年限超过十五年的约2600台。近年来电梯困人、故障停梯等问题时有发生，老旧小区加装电梯的需求日益增长，维护保养质量参差不齐，电梯安全责任主体不够明确。为了预防和减少电梯事故，保障人身和财产安全，有必要制定本条例。
    二、起草过程
    条例草案由市市场监督管理局起草，经市人民政府常务会议讨论通过后提请市人大常委会审议。2026年11月，市人大常委会会议对草案进行了初次审议。现将草案全文公布，广泛征求社会各方面意见。
    三、主要内容
    草案共{size}，主要规定了：（一）电梯使用单位的安全主体责任；（二）维护保养单位的维保质量要求；（三）电梯困人应急救援的时限；（四）老旧电梯更新改造和既有住宅加装电梯的支持措施；（五）相应的法律责任。
    """);

    private static readonly DraftSpec Sorting = new("示例市生活垃圾分类管理条例", "示例市生活垃圾分类管理条例（草案征求意见稿）", "生活垃圾分类",
    [
        "定时定点投放对上班族很不方便，早上七点到九点、晚上六点到八点这两个时段太短了，建议延长投放时间或者设置误时投放点。",
        "分好类的垃圾到了垃圾车上又混在一起了，老百姓就没有积极性了，建议条例重点规定分类运输，禁止混装混运。",
        "大件垃圾和装修垃圾没有地方扔，建议每个小区设置临时堆放点，并公布预约清运电话。",
        "建议在学校开展垃圾分类教育，从孩子抓起。",
        "餐厨垃圾收运费用由谁承担建议写清楚，小餐馆负担不起。",
        "农村地区的垃圾分类条件和城区不一样，建议区别对待，不要一刀切。",
    ],
    """
    一、制定条例的必要性
    本市自2020年起开展生活垃圾分类试点，目前城区居民小区覆盖率达到85%，但仍存在分类投放习惯尚未养成、分类运输和处理能力不足、餐厨垃圾收运不规范等问题。为了推进生活垃圾减量化、资源化、无害化，有必要制定本条例，将行之有效的做法上升为法规。
    二、起草过程
    条例草案由市城市管理综合执法局起草，经市人民政府常务会议讨论通过后提请市人大常委会审议。2026年3月，市人大常委会对草案进行了初次审议。
    三、主要内容
    草案共{size}，规定了源头减量、分类投放、分类收集运输和处理、促进措施和法律责任。
    """);

    private static readonly DraftSpec Community = new("示例市社区治理促进条例", "示例市社区治理促进条例（草案征求意见稿）", "社区治理",
    [
        "社区承担的事务太多，各个部门都往社区派任务、要台账，建议条例明确社区工作事项清单，清单以外的事项不得随意摊派。",
        "建议规定居民议事会的议事规则，议事结果要向居民公开。",
        "物业和业主之间的矛盾是社区最多的矛盾，建议条例规定社区居委会对物业服务的监督作用。",
        "网格员待遇低、流动性大，建议明确网格员的配备标准和经费保障。",
        "老年人多的社区需要助餐、助医服务，建议在社区服务一章中增加养老服务的内容。",
        "建议鼓励驻区单位向居民开放停车场、活动场所等资源。",
        "社区工作者的职业发展和薪酬待遇建议作出规定，留住人才。",
    ],
    """
    一、制定条例的必要性
    社区是基层治理的基本单元。本市现有城市社区486个、农村牧区嘎查村1203个，社区治理中还存在职责边界不清、社区负担过重、居民参与不足、服务供给不够精准等问题。为了推进社区治理体系和治理能力现代化，有必要制定本条例。
    二、起草过程
    条例草案由市民政局起草，经市人民政府常务会议讨论通过后提请市人大常委会审议。2026年5月，市人大常委会对草案进行了初次审议。
    三、主要内容
    草案共{size}，规定了社区组织、社区服务、社区参与和保障措施。
    """);

    /// <summary>The draft staff are preparing: civilised behaviour, whose vote was deferred, is to go out for comment again.</summary>
    private static readonly DraftSpec Civility = new("示例市文明行为促进条例", "示例市文明行为促进条例（草案修改二稿征求意见稿）", "文明行为促进", [],
    """
    2026年11月，市人大常委会会议对条例草案修改二稿进行了第三次审议。部分常委会组成人员对不文明行为的处罚条款仍有不同意见，会议决定暂不付表决。为了进一步听取社会各方面意见，拟将草案修改二稿再次向社会公布征求意见。
    """);
}
