namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// Invented 示例市 regulation texts with the structures real ones have: a 题注 over several lines, a table of contents,
/// chapters with sections, articles with several paragraphs, items and sub-items; a Word file without spaces after the
/// labels and with a paragraph that opens by citing another article; a PDF copy broken mid-sentence; a preamble;
/// and an amendment that inserts articles and renumbers the rest.
/// </summary>
public static class StatuteSamples
{
    /// <summary>Chapters with sections, a note, a table of contents, paragraphs, items and sub-items.</summary>
    public const string Rivers = """
        示例市河道管理条例
        （2018年6月28日示例市第十五届人民代表大会常务委员会第十三次会议通过
        2018年9月27日某省第十三届人民代表大会常务委员会第五次会议批准）
        目　　录
        第一章　总则
        第二章　规划与建设
        　第一节　河道规划
        　第二节　工程建设
        第三章　保护与管理
        第四章　法律责任
        第五章　附则
        第一章　总则
        第一条　为了加强河道管理，保障防洪安全，改善水生态环境，根据《中华人民共和国水法》《中华人民共和国河道管理条例》等法律、行政法规，结合本市实际，制定本条例。
        第二条　本条例适用于本市行政区域内河道（包括湖泊、水库库区、人工水道、行洪区）的规划、建设、保护和管理。
        本条例所称河道管理范围，是指有堤防的河道两岸堤防之间的水域、沙洲、滩地和堤防及护堤地。
        第三条　河道管理坚持统一规划、综合治理、保护优先、合理利用的原则。
        第二章　规划与建设
        第一节　河道规划
        第四条　市水行政主管部门会同有关部门编制河道综合规划，报市人民政府批准后实施。
        第五条　编制河道规划应当征求有关部门、专家和公众的意见。
        经批准的河道规划不得擅自修改；确需修改的，应当按照原审批程序报批。
        第二节　工程建设
        第六条　在河道管理范围内建设下列工程设施，建设单位应当将工程建设方案报水行政主管部门审查同意：
        （一）桥梁、码头、道路；
        （二）取水、排水设施；
        （三）跨河、穿河的管道、线缆。
        第三章　保护与管理
        第七条　在河道管理范围内禁止下列行为：
        （一）修建围堤、阻水渠道、阻水道路；
        （二）倾倒、堆放垃圾、渣土和其他废弃物；
        （三）在堤防和护堤地建房、放牧、开渠、打井、挖窖、葬坟、晒粮、存放物料；
        （四）其他影响河势稳定、危害堤防安全的行为。
        第八条　河道巡查应当包括下列内容：
        （一）河道水质状况，包括：
        1.水体颜色、气味是否异常；
        2.沿岸排污口设置情况；
        （二）河道设施完好情况。
        第四章　法律责任
        第九条　违反本条例第七条第二项规定的，由水行政主管部门责令停止违法行为，限期清除；逾期不清除的，代为清除，所需费用由违法者承担，可以处一万元以上五万元以下的罚款。
        第五章　附则
        第十条　本条例自2019年1月1日起施行。
        """;

    /// <summary>
    /// As Word files often have it: no space after the labels, a paragraph opening by citing an article, a label alone
    /// on its line, a chapter title on the line under its label, half-width punctuation and spaces.
    /// </summary>
    public static readonly string[] WordParagraphs =
    [
        "示例市养犬管理条例",
        "(2021年10月28日示例市第十六届人民代表大会常务委员会第三次会议通过  2021年12月2日某省第十三届人民代表大会常务委员会第二十九次会议批准)",
        "第一章",
        "总　　则",
        "第一条为了规范养犬行为,保障公民健康和人身安全,维护市容环境和社会公共秩序,制定本条例。",
        "第二条本市行政区域内养犬和犬只经营活动及其监督管理,适用本条例。",
        "第五条规定的重点管理区域,由市人民政府划定并向社会公布。",
        "第三条",
        "个人养犬应当办理养犬登记。",
        "第二章 登记与管理",
        "第四条 养犬人应当遵守下列规定:",
        "(一)携犬出户时,为犬只佩戴犬牌并使用牵引绳;",
        "(二)及时清除犬只在户外排泄的粪便。",
        "第四条之一禁止在本市重点管理区域内饲养烈性犬。",
        "第五条 市人民政府根据本市实际,划定重点管理区域。",
    ];

    /// <summary>Copied from a PDF: lines wrapped at the page width, and one line cut where text is missing.</summary>
    public const string BrokenFromPdf = """
        示例市古树名木保护条例
        第一条　为了加强古树名木保护，促进生态文明建设，根据有关法律、行
        政法规，结合本市实际，制定本条例。
        第二条　本条例所称古树，是指树龄在一百年以上的树木；所称名木，是指珍贵、稀有或者具有重要历史价值、纪念意义的树木。
        第三条　古树名木保护实行属地管理、专业养护、全民参与的
        第四条　任何单位和个人不得砍伐古树名木。
        """;

    /// <summary>A 序言 before the first article.</summary>
    public const string WithPreamble = """
        示例市文明行为促进条例
        序言
        示例市历史悠久，崇德向善、守望相助的风尚代代相传。为了弘扬社会主义核心价值观，巩固文明城市创建成果，
        制定本条例。
        第一条　本条例适用于本市行政区域内的文明行为促进工作。
        第二条　文明行为促进工作坚持政府主导、社会协同、公众参与的原则。
        """;

    /// <summary>Version one of an amended regulation (twelve articles in two chapters).</summary>
    public const string ParksBefore = """
        示例市公园管理条例
        第一章　总则
        第一条　为了加强公园管理，发挥公园的生态、休闲和文化功能，制定本条例。
        第二条　本条例适用于本市行政区域内公园的规划、建设、保护和管理。
        第三条　市园林绿化主管部门负责全市公园的监督管理工作。
        区园林绿化主管部门负责本辖区公园的监督管理工作。
        第四条　公园应当免费向公众开放。
        第二章　管理与服务
        第五条　公园管理单位应当建立健全安全管理制度，配备安全设施。
        第六条　公园内禁止下列行为：
        （一）损毁花草树木；
        （二）在非指定区域游泳、垂钓；
        （三）擅自设置摊点。
        第七条　公园管理单位应当在节假日做好游客疏导工作。
        第八条　公园内的商业服务网点应当统一规划，不得影响公园景观。
        第九条　在公园内举办展览、演出等活动，应当经公园管理单位同意。
        第十条　公园管理单位应当公开服务项目和收费标准。
        第十一条　违反本条例第六条规定的，由园林绿化主管部门责令改正，可以处二百元以下的罚款。
        第十二条　本条例自2015年3月1日起施行。
        """;

    /// <summary>
    /// Version two: an article inserted after 第四条 (every later one renumbered), 第六条 (now 第七条) changed, 第十条
    /// removed, a 第九条之一 inserted, and chapter two renamed.
    /// </summary>
    public const string ParksAfter = """
        示例市公园管理条例
        第一章　总则
        第一条　为了加强公园管理，发挥公园的生态、休闲和文化功能，制定本条例。
        第二条　本条例适用于本市行政区域内公园的规划、建设、保护和管理。
        第三条　市园林绿化主管部门负责全市公园的监督管理工作。
        区园林绿化主管部门负责本辖区公园的监督管理工作。
        第四条　公园应当免费向公众开放。
        第五条　公园管理单位应当为老年人、残疾人等提供无障碍设施和便利服务。
        第二章　管理、服务与保护
        第六条　公园管理单位应当建立健全安全管理制度，配备安全设施。
        第七条　公园内禁止下列行为：
        （一）损毁花草树木；
        （二）在非指定区域游泳、垂钓、放风筝；
        （三）擅自设置摊点；
        （四）使用高音喇叭等发出超标噪声。
        第八条　公园管理单位应当在节假日做好游客疏导工作。
        第九条　公园内的商业服务网点应当统一规划，不得影响公园景观。
        第十条　在公园内举办展览、演出等活动，应当经公园管理单位同意。
        第十条之一　公园管理单位应当建立游客意见处理制度。
        第十一条　违反本条例第七条规定的，由园林绿化主管部门责令改正，可以处二百元以下的罚款。
        第十二条　本条例自2015年3月1日起施行。
        """;
}
