namespace CongressPortal.Web.Data.Seeding;

/// <summary>
/// What the demo suggestions are about, and who would handle each subject in a real city: a category that fits the
/// title, the units that may lead (主办, or the answering unit of 分别办理) and plausible co-units. The subjects follow
/// what the five seed reports say deputies and standing committees worked on (old estates and lifts, heating, 12345,
/// the Yellow River, high-standard farmland, elderly care, childcare, county medical communities …); the units are the
/// demo city's. A test checks the loaded demo against this table (DemoSuggestionSubjectsTests).
/// </summary>
public sealed partial class DemoSuggestionSeeder
{
    /// <summary>One subject: its title topic, category, the units that may lead it and the co-units that would help; <paramref name="Keywords"/> match a station reception issue to it.</summary>
    internal sealed record Subject(string Topic, string Category, string[] Leads, string[] CoUnits, params string[] Keywords);

    private const string City = "示例市";

    private static string U(string name) => name.EndsWith("人民政府", StringComparison.Ordinal) || name.StartsWith("国网", StringComparison.Ordinal) ? name : City + name;

    private static Subject S(string topic, string category, string[] leads, string[] coUnits, params string[] keywords) =>
        new(topic, category, [.. leads.Select(U)], [.. coUnits.Select(U)], keywords);

    internal static readonly Subject[] Subjects =
    [
        // 财政经济
        S("加大对中小微企业纾困支持力度", "财政经济", ["工业和信息化局"], ["财政局", "市场监督管理局"], "小微企业", "融资"),
        S("优化营商环境提升政务服务效率", "财政经济", ["政务服务和数据管理局"], ["发展和改革委员会", "市场监督管理局"]),
        S("规范政府专项债券资金使用", "财政经济", ["财政局"], ["发展和改革委员会", "审计局"]),
        S("促进县域经济高质量发展", "财政经济", ["发展和改革委员会"], ["南原县人民政府", "白云县人民政府", "财政局"]),
        S("发展夜间经济激发消费活力", "财政经济", ["商务局"], ["文化旅游广电局", "城市管理综合执法局", "公安局"]),
        S("加快农贸市场提升改造", "财政经济", ["商务局"], ["市场监督管理局", "城市管理综合执法局", "临江区人民政府"], "菜市场"),
        S("支持企业科技创新和成果转化", "财政经济", ["科学技术局"], ["工业和信息化局", "财政局"]),
        // 城乡建设
        S("加快老旧小区改造和加装电梯", "城乡建设", ["住房和城乡建设局"], ["自然资源局", "市场监督管理局", "财政局"], "电梯"),
        S("增设城区公共停车泊位", "城乡建设", ["住房和城乡建设局"], ["自然资源局", "公安局", "城市管理综合执法局"], "停车"),
        S("推进城市排水管网和雨污分流改造", "城乡建设", ["住房和城乡建设局", "水务局"], ["水务集团有限公司", "财政局"]),
        S("保障冬季供暖质量", "城乡建设", ["住房和城乡建设局"], ["发展和改革委员会", "市场监督管理局"], "供暖"),
        S("规范住宅小区物业服务管理", "城乡建设", ["住房和城乡建设局"], ["市场监督管理局", "明湖区人民政府"], "物业"),
        S("提升背街小巷环境卫生和照明", "城乡建设", ["城市管理综合执法局"], ["青山区人民政府", "明湖区人民政府", "北塔区人民政府", "金桥区人民政府"], "路灯", "背街小巷"),
        S("放宽住房公积金提取和贷款条件", "城乡建设", ["住房公积金管理中心"], ["住房和城乡建设局", "财政局"]),
        S("缓解城区学校周边交通拥堵", "城乡建设", ["公安局"], ["教育局", "交通运输局"], "放学", "学校"),
        S("优化公交线路方便老年人出行", "城乡建设", ["交通运输局"], ["民政局"], "公交"),
        // 生态环境
        S("加强黄河流域生态保护", "生态环境", ["生态环境局"], ["水务局", "林业和草原局", "自然资源局"]),
        S("推进生活垃圾和餐厨垃圾分类处理", "生态环境", ["城市管理综合执法局"], ["生态环境局", "商务局"]),
        S("治理城区噪声污染", "生态环境", ["生态环境局"], ["公安局", "住房和城乡建设局"]),
        S("加强饮用水水源地保护", "生态环境", ["水务局"], ["生态环境局", "水务集团有限公司"]),
        S("扩大城市绿地和口袋公园建设", "生态环境", ["林业和草原局"], ["自然资源局", "住房和城乡建设局"]),
        S("加强城区河道保洁和水环境治理", "生态环境", ["水务局"], ["生态环境局", "城市管理综合执法局"], "河道"),
        // 农业农村
        S("完善农村饮水安全工程", "农业农村", ["水务局"], ["农业农村局", "卫生健康委员会"]),
        S("推进高标准农田建设", "农业农村", ["农业农村局"], ["财政局", "自然资源局", "水务局"]),
        S("发展特色农产品冷链物流", "农业农村", ["农业农村局", "商务局"], ["交通运输局", "发展和改革委员会"]),
        S("改善农村人居环境", "农业农村", ["农业农村局"], ["生态环境局", "住房和城乡建设局", "南原县人民政府"]),
        S("支持农民专业合作社发展", "农业农村", ["农业农村局"], ["财政局", "市场监督管理局"]),
        S("加强农村公路养护", "农业农村", ["交通运输局"], ["农业农村局", "白云县人民政府"], "农村道路"),
        S("改造老化农田灌溉渠系", "农业农村", ["水务局"], ["农业农村局", "财政局"], "灌溉"),
        // 教科文卫
        S("增加城区公办幼儿园学位", "教科文卫", ["教育局"], ["财政局", "自然资源局"]),
        S("推进县域医共体建设", "教科文卫", ["卫生健康委员会"], ["医疗保障局", "财政局"]),
        S("加强中小学心理健康教育", "教科文卫", ["教育局"], ["卫生健康委员会"]),
        S("扩大社区体育设施覆盖", "教科文卫", ["体育局"], ["住房和城乡建设局", "自然资源局"]),
        S("加强基层公共文化服务", "教科文卫", ["文化旅游广电局"], ["财政局"]),
        S("完善社区卫生服务站儿科服务", "教科文卫", ["卫生健康委员会"], ["医疗保障局"], "儿科"),
        // 社会建设
        S("发展社区居家养老服务", "社会建设", ["民政局"], ["卫生健康委员会", "财政局"], "养老"),
        S("完善婴幼儿照护服务体系", "社会建设", ["卫生健康委员会"], ["教育局", "民政局"]),
        S("加强新就业形态劳动者权益保障", "社会建设", ["人力资源和社会保障局"], ["市场监督管理局", "医疗保障局"]),
        S("完善残疾人康复服务", "社会建设", ["民政局"], ["卫生健康委员会", "医疗保障局"]),
        S("推进社区食堂建设", "社会建设", ["民政局"], ["市场监督管理局", "商务局"]),
        S("扩大灵活就业人员社会保险覆盖", "社会建设", ["人力资源和社会保障局"], ["医疗保障局"], "参保"),
        // 内务司法: government matters go to government departments; only the judicial ones to the court or procuratorate.
        S("加强基层人民调解组织建设", "内务司法", ["司法局"], ["民政局"]),
        S("推进公共法律服务进社区", "内务司法", ["司法局"], ["民政局"]),
        S("加强未成年人保护工作", "内务司法", ["民政局"], ["教育局", "公安局", "人民检察院"]),
        S("推进诉源治理和矛盾纠纷多元化解", "内务司法", ["中级人民法院"], ["司法局"]),
        S("加大涉企案件执行力度", "内务司法", ["中级人民法院"], ["人民检察院"]),
        S("加强公益诉讼检察工作", "内务司法", ["人民检察院"], ["生态环境局"]),
        // 民族宗教
        S("促进各民族交往交流交融", "民族宗教", ["民政局"], ["文化旅游广电局", "教育局"]),
        S("加强少数民族特色村寨保护", "民族宗教", ["文化旅游广电局"], ["住房和城乡建设局", "农业农村局"]),
        S("推进国家通用语言文字教育", "民族宗教", ["教育局"], ["文化旅游广电局"]),
        S("支持民族地区特色产业发展", "民族宗教", ["农业农村局"], ["发展和改革委员会", "白云县人民政府"]),
        S("加强民族团结进步创建", "民族宗教", ["民政局"], ["教育局"]),
        // 其他
        S("提升12345热线办理质量", "其他", ["政务服务和数据管理局"], ["信访局"]),
        S("推进政务数据共享", "其他", ["政务服务和数据管理局"], ["工业和信息化局"]),
        S("完善应急避难场所建设", "其他", ["应急管理局"], ["自然资源局", "住房和城乡建设局"]),
        S("加强退役军人服务保障", "其他", ["退役军人事务局"], ["人力资源和社会保障局"]),
        S("保障城区电力稳定供应", "其他", ["国网示例供电公司"], ["发展和改革委员会"]),
    ];

    /// <summary>The subject a station reception issue is about, by its keywords.</summary>
    internal static Subject SubjectOf(string issue) =>
        Subjects.FirstOrDefault(s => s.Keywords.Any(k => issue.Contains(k, StringComparison.Ordinal)))
        ?? throw new InvalidOperationException($"No demo subject for the reception issue “{issue}”.");
}
