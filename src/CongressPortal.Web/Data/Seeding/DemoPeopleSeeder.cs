using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Stations;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Seeding;

/// <summary>
/// The demo city's deputies, delegations and groups, liaison stations with schedules, a year of
/// receptions and the events of the performance record. Deterministic: a fixed seed, dates relative to
/// the day it runs so the demo always shows upcoming receptions and recent activity.
/// </summary>
public sealed class DemoPeopleSeeder(AppDbContext db, TimeProvider clock)
{
    public const string DemoDeputyName = "李建国";

    private readonly Random _random = new(20260101);

    public async Task<Deputy> SeedAsync(Term term, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock.GetUtcNow());
        var calendar = CalendarDay.ToCalendar(await db.CalendarDays.ToListAsync(ct));
        var districts = await db.Areas.Where(a => a.Level == AreaLevel.District).OrderBy(a => a.SortOrder).ToListAsync(ct);
        var subdistricts = await db.Areas.Where(a => a.Level == AreaLevel.Subdistrict).OrderBy(a => a.ParentId).ThenBy(a => a.SortOrder).ToListAsync(ct);
        var committees = await db.Committees.OrderBy(c => c.SortOrder).ToListAsync(ct);
        var categories = await db.SuggestionCategories.OrderBy(c => c.SortOrder).Select(c => c.Id).ToListAsync(ct);
        var meetings = await db.StandingCommitteeMeetings.Where(m => m.TermId == term.Id).OrderBy(m => m.Number).ToListAsync(ct);
        var sessions = await db.Sessions.Where(s => s.TermId == term.Id).OrderBy(s => s.Number).ToListAsync(ct);

        // Delegations by district, two deputy groups each, professional groups under six committees.
        var delegations = districts.Select((d, i) => Delegation.Create(term.Id, d.Name.Replace("示例经济技术开发区", "开发区", StringComparison.Ordinal) + "代表团", d.Id, i + 1)).ToList();
        db.Delegations.AddRange(delegations);
        var regionalGroups = delegations.SelectMany((d, i) => new[]
        {
            DeputyGroup.Create(d.Name.Replace("代表团", "第一代表小组", StringComparison.Ordinal), DeputyGroupKind.Regional, null, i * 2 + 1),
            DeputyGroup.Create(d.Name.Replace("代表团", "第二代表小组", StringComparison.Ordinal), DeputyGroupKind.Regional, null, i * 2 + 2),
        }).ToList();
        var professionalGroups = committees.Take(6).Select((c, i) =>
            DeputyGroup.Create((c.ShortName ?? c.Name) + "专业代表小组", DeputyGroupKind.Professional, c.Id, 100 + i)).ToList();
        db.DeputyGroups.AddRange(regionalGroups);
        db.DeputyGroups.AddRange(professionalGroups);

        // About 50 municipal deputies per delegation; the demo deputy comes first.
        var deputies = new List<(Deputy Deputy, int Delegation)>();
        var usedNames = new HashSet<string>();
        for (var i = 0; i < 400; i++)
        {
            var delegationIndex = i % delegations.Count;
            var (name, gender, ethnicity) = i == 0 ? (DemoDeputyName, Gender.Male, "汉族") : NewPerson(usedNames);
            usedNames.Add(name);
            var profile = new DeputyProfile(
                name, gender, ethnicity,
                new DateOnly(1960 + _random.Next(0, 36), _random.Next(1, 13), _random.Next(1, 29)),
                Pick(PartyWeights), Pick(EducationWeights),
                Pick(Occupations).Replace("{d}", districts[delegationIndex].Name, StringComparison.Ordinal),
                $"第{i / 8 + 1}选区");
            var deputy = Deputy.CreateMunicipal(term.Id, $"16{i + 1:000}", profile);
            deputy.UpdatePrivateData(new DeputyPrivateData(
                $"13{_random.Next(0, 10)}{_random.Next(10000000, 99999999)}",
                IdNumber(i),
                $"{subdistricts[_random.Next(subdistricts.Count)].Name}幸福小区{_random.Next(1, 30)}号楼"));
            deputy.AssignGroups(
                delegations[delegationIndex].Id,
                regionalGroups[delegationIndex * 2 + i / 8 % 2].Id,
                i % 5 == 0 ? professionalGroups[i / 5 % professionalGroups.Count].Id : null);
            deputies.Add((deputy, delegationIndex));
        }
        // A few status changes, as a real term has.
        deputies[57].Deputy.ChangeStatus(DeputyStatus.Resigned, new DateOnly(2024, 6, 20), "因工作调动，本人书面提出辞去代表职务，常委会会议接受", null);
        deputies[133].Deputy.ChangeStatus(DeputyStatus.Terminated, new DateOnly(2025, 3, 12), "迁出本行政区域，代表资格终止", null);
        deputies[251].Deputy.ChangeStatus(DeputyStatus.Suspended, new DateOnly(2026, 4, 2), "因刑事案件被羁押，暂停执行代表职务", null);
        db.Deputies.AddRange(deputies.Select(d => d.Deputy));

        // Deputies of other levels work in the same stations with a minimal profile.
        var others = new List<Deputy>();
        DeputyLevel[] levels = [DeputyLevel.National, DeputyLevel.Provincial, DeputyLevel.County, DeputyLevel.County, DeputyLevel.Township, DeputyLevel.Township];
        for (var i = 0; i < 90; i++)
        {
            var (name, gender, ethnicity) = NewPerson(usedNames);
            usedNames.Add(name);
            others.Add(Deputy.CreateOtherLevel(levels[i % levels.Length], new DeputyProfile(name, gender, ethnicity, WorkUnitAndTitle: Pick(Occupations).Replace("{d}", "本地", StringComparison.Ordinal))));
        }
        db.Deputies.AddRange(others);

        // About 30 stations: stations in sub-districts, homes in townships, three professional offices.
        var stations = new List<(LiaisonStation Station, AdministrativeArea Area)>();
        foreach (var area in subdistricts.Take(28))
        {
            var isTownship = area.Name.EndsWith('镇') || area.Name.EndsWith('乡') || area.Name.EndsWith("苏木", StringComparison.Ordinal);
            var kind = isTownship ? StationKind.Home : StationKind.Station;
            var name = area.Name + (isTownship ? "人大代表之家" : "人大代表联络站");
            stations.Add((LiaisonStation.Create(StationDetailsFor(name, kind, area)), area));
        }
        foreach (var (name, areaIndex) in new[] { ("示例市第一医院代表工作室", 5), ("示例大学代表工作室", 10), ("金桥科技园代表工作室", 14) })
        {
            stations.Add((LiaisonStation.Create(StationDetailsFor(name, StationKind.Office, subdistricts[areaIndex])), subdistricts[areaIndex]));
        }
        db.Stations.AddRange(stations.Select(s => s.Station));
        await db.SaveChangesAsync(ct);

        // Each municipal deputy joins a station of their district; other-level deputies spread across all.
        var stationsByDistrict = stations.GroupBy(s => s.Area.ParentId!.Value).ToDictionary(g => g.Key, g => g.Select(s => s.Station).ToList());
        var assignFrom = new DateOnly(2022, 3, 1);
        for (var i = 0; i < deputies.Count; i++)
        {
            var (deputy, delegationIndex) = deputies[i];
            if (deputy.Status is DeputyStatus.Resigned or DeputyStatus.Terminated) continue;
            var district = delegations[delegationIndex].AreaId!.Value;
            var choices = stationsByDistrict.TryGetValue(district, out var list) ? list : stations.Select(s => s.Station).ToList();
            var station = choices[i / delegations.Count % choices.Count];
            var role = station.Members.Count switch { 0 => StationRole.Head, 1 => StationRole.DeputyHead, _ => StationRole.Member };
            station.AssignDeputy(deputy.Id, role, assignFrom);
        }
        // The demo deputy also serves at a second station, an office.
        stations.Single(s => s.Station.Kind == StationKind.Office && s.Station.Name.StartsWith("示例市第一医院", StringComparison.Ordinal))
            .Station.AssignDeputy(deputies[0].Deputy.Id, StationRole.Member, new DateOnly(2023, 5, 1));
        for (var i = 0; i < others.Count; i++) stations[i % stations.Count].Station.AssignDeputy(others[i].Id, StationRole.Member, assignFrom);

        // A schedule per station: most weekly, some monthly; two deputies on duty in rotation.
        var schedules = new List<ReceptionSchedule>();
        for (var i = 0; i < stations.Count; i++)
        {
            var station = stations[i].Station;
            var members = station.CurrentMembers.Select(m => m.DeputyId).ToList();
            var rotation = deputies.Select(d => d.Deputy.Id).Where(members.Contains).ToList();
            if (rotation.Count == 0) rotation = members;
            var rule = (i % 4) switch
            {
                3 => new ScheduleRule(RecurrenceKind.MonthlyDay, new TimeOnly(9, 0), new TimeOnly(11, 30), new DateOnly(2024, 1, 1), DayOfMonth: 15, DeputiesPerDuty: 2),
                2 => new ScheduleRule(RecurrenceKind.MonthlyWeekday, new TimeOnly(14, 30), new TimeOnly(17, 0), new DateOnly(2024, 1, 1), Weekday: DayOfWeek.Tuesday, WeekOfMonth: 2, DeputiesPerDuty: 2),
                _ => new ScheduleRule(RecurrenceKind.Weekly, new TimeOnly(9, 0), new TimeOnly(11, 0), new DateOnly(2024, 1, 1), Weekday: (DayOfWeek)(i % 5 + 1), DeputiesPerDuty: 2),
            };
            schedules.Add(ReceptionSchedule.Create(station.Id, rule, rotation, members));
        }
        db.ReceptionSchedules.AddRange(schedules);
        await db.SaveChangesAsync(ct);

        // A year of receptions: most scheduled days were held; recent issues still wait for follow-up.
        var firstDay = today.AddDays(-365);
        foreach (var schedule in schedules)
        {
            foreach (var date in schedule.Occurrences(firstDay, today.AddDays(-1), calendar))
            {
                if (_random.NextDouble() < (schedule.Recurrence == RecurrenceKind.Weekly ? 0.45 : 0.9)) continue;
                var onDuty = schedule.OnDuty(date, calendar);
                var reception = Reception.Record(schedule.StationId, date, schedule.StartTime, schedule.EndTime, onDuty, null, null, today);
                var visitorCount = _random.Next(1, 5);
                for (var v = 0; v < visitorCount; v++)
                {
                    var (visitorName, _, _) = NewPerson([]);
                    var visitor = reception.AddVisitor(visitorName, $"15{_random.Next(100000000, 999999999)}");
                    var (summary, categoryIndex) = Issues[_random.Next(Issues.Length)];
                    var path = PickPath(summary);
                    var issue = reception.AddIssue(summary, categories[categoryIndex % categories.Count], path, onDuty[_random.Next(onDuty.Count)], visitor);
                    if (issue.AwaitsFollowUp && date < today.AddDays(-30) && _random.NextDouble() < 0.9)
                    {
                        reception.RecordFeedback(issue, Feedbacks[_random.Next(Feedbacks.Length)], date.AddDays(_random.Next(7, 30)));
                    }
                }
                db.Receptions.Add(reception);
            }
        }

        // The events that feed performance records.
        var serving = deputies.Where(d => d.Deputy.IsServing).Select(d => d.Deputy.Id).ToList();
        foreach (var session in sessions.Where(s => s.StartDate <= today))
        {
            db.PerformanceEvents.Add(PerformanceEvent.Create(PerformanceEventKind.CongressSession, session.StartDate,
                CongressSession.FormatName(term.Number, session.Number), null, serving.Where(_ => _random.NextDouble() < 0.97)));
        }
        foreach (var meeting in meetings.Where(m => m.Date <= today))
        {
            db.PerformanceEvents.Add(PerformanceEvent.Create(PerformanceEventKind.StandingCommitteeMeeting, meeting.Date,
                StandingCommitteeMeeting.FormatName(term.Number, meeting.Number), meeting.Id, Sample(serving, 3)));
        }
        for (var month = 0; month < 24; month++)
        {
            var date = new DateOnly(today.Year - 1, 1, 10).AddMonths(month);
            if (date > today) break;
            db.PerformanceEvents.Add(PerformanceEvent.Create(PerformanceEventKind.Training, date, $"{date.Year}年第{(date.Month + 1) / 2}期代表履职学习班", null, Sample(serving, 40)));
            if (month % 2 == 0)
            {
                db.PerformanceEvents.Add(PerformanceEvent.Create(PerformanceEventKind.Inspection, date.AddDays(9), Inspections[month / 2 % Inspections.Length], null, Sample(serving, 12)));
                db.PerformanceEvents.Add(PerformanceEvent.Create(PerformanceEventKind.Research, date.AddDays(16), Researches[month / 2 % Researches.Length], null, Sample(serving, 8)));
            }
            db.PerformanceEvents.Add(PerformanceEvent.Create(PerformanceEventKind.HotlineSupervision, date.AddDays(20), $"{date.Year}年{date.Month}月12345热线工单督办", null, Sample(serving, 6)));
            if (month % 3 == 1) db.PerformanceEvents.Add(PerformanceEvent.Create(PerformanceEventKind.Mediation, date.AddDays(12), "参与社区矛盾纠纷调解", null, Sample(serving, 4)));
        }
        await db.SaveChangesAsync(ct);
        return deputies[0].Deputy;
    }

    private StationDetails StationDetailsFor(string name, StationKind kind, AdministrativeArea area) => new(
        name, kind, area.Id,
        $"{area.Name}{Roads[_random.Next(Roads.Length)]}{_random.Next(1, 200)}号",
        Math.Round(40.75 + _random.NextDouble() * 0.2, 6),
        Math.Round(111.55 + _random.NextDouble() * 0.3, 6),
        kind == StationKind.Office ? "工作日 14:30—17:30" : "工作日 9:00—12:00，14:30—17:30",
        $"0999-{_random.Next(6000000, 6999999)}",
        NewPerson([]).Name,
        $"0999-{_random.Next(6000000, 6999999)}",
        $"{name}设在{area.Name}，是人大代表联系群众、收集社情民意的固定场所。");

    private (string Name, Gender Gender, string Ethnicity) NewPerson(HashSet<string> used)
    {
        while (true)
        {
            var roll = _random.NextDouble();
            (string, Gender, string) person = roll switch
            {
                < 0.08 => (MongolianNames[_random.Next(MongolianNames.Length)], _random.Next(2) == 0 ? Gender.Male : Gender.Female, "蒙古族"),
                < 0.12 => (Surnames[_random.Next(Surnames.Length)] + Given[_random.Next(Given.Length)], Gender.Male, "回族"),
                < 0.14 => (Surnames[_random.Next(Surnames.Length)] + Given[_random.Next(Given.Length)], Gender.Female, "满族"),
                _ => _random.Next(2) == 0
                    ? (Surnames[_random.Next(Surnames.Length)] + Given[_random.Next(Given.Length)], Gender.Male, "汉族")
                    : (Surnames[_random.Next(Surnames.Length)] + GivenFemale[_random.Next(GivenFemale.Length)], Gender.Female, "汉族"),
            };
            if (!used.Contains(person.Item1)) return person;
        }
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private List<int> Sample(List<int> ids, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => ids[_random.Next(ids.Count)]).Distinct()];

    private HandlingPath PickPath(string summary)
    {
        if (summary.Contains("诉讼", StringComparison.Ordinal)) return HandlingPath.NotAcceptedInformed;
        var roll = _random.NextDouble();
        return roll switch
        {
            < 0.4 => HandlingPath.AnsweredOnSpot,
            < 0.7 => HandlingPath.ReferredToSubdistrict,
            < 0.9 => HandlingPath.ReferredToDistrictDepartment,
            _ => HandlingPath.TurnedIntoSuggestion,
        };
    }

    /// <summary>A fictional but well-formed ID number (GB 11643 check character) for a demo deputy.</summary>
    private string IdNumber(int index)
    {
        var birth = new DateOnly(1960 + index % 36, index % 12 + 1, index % 28 + 1);
        var body = string.Create(CultureInfo.InvariantCulture, $"150102{birth:yyyyMMdd}{_random.Next(100, 999)}");
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
        "石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "段", "雷", "侯", "龙", "史",
    ];

    private static readonly string[] Given =
    [
        "建华", "志强", "海涛", "立新", "国庆", "永平", "卫东", "振宇", "文博", "晓东", "建军", "明", "伟", "磊", "军", "勇",
        "俊峰", "宏伟", "德胜", "守仁", "长青", "子健", "浩然", "思远", "天佑", "金龙", "保国", "树林", "春雨", "家豪",
    ];

    private static readonly string[] GivenFemale =
    [
        "秀英", "丽华", "晓梅", "静", "芳", "桂兰", "玉珍", "海燕", "春梅", "雪梅", "慧敏", "淑芬", "丽娟", "婷", "敏",
        "艳红", "晓燕", "文静", "雅琴", "美玲", "思雨", "佳怡", "梦瑶", "红霞", "凤英",
    ];

    private static readonly string[] MongolianNames =
    [
        "巴特尔", "乌云其木格", "其其格", "额尔敦", "苏和", "那仁", "斯琴", "阿拉坦", "图雅", "朝鲁", "萨仁", "宝音",
        "乌日娜", "孟和", "吉日格勒", "娜仁花", "敖登", "布和", "哈斯", "陶格斯",
    ];

    private static readonly string[] PartyWeights = ["中共党员", "中共党员", "中共党员", "中共党员", "中共党员", "民盟盟员", "民建会员", "九三学社社员", "农工党党员", "无党派人士", "群众", "群众"];

    private static readonly string[] EducationWeights = ["研究生", "大学本科", "大学本科", "大学本科", "大学专科", "大学专科", "中专", "高中"];

    private static readonly string[] Occupations =
    [
        "{d}人民政府副区长", "示例市第一中学校长", "示例市人民医院主任医师", "{d}某社区党委书记", "示例农业发展有限公司董事长",
        "示例市律师协会副会长", "{d}某村党支部书记、村委会主任", "示例钢铁集团高级工程师", "示例大学教授", "示例市公交集团驾驶员",
        "{d}某街道办事处主任", "示例乳业集团车间主任", "个体工商户", "示例市妇幼保健院护士长", "示例建设集团项目经理",
    ];

    private static readonly string[] Roads = ["人民路", "中山路", "新华大街", "健康街", "文化路", "团结路", "友谊大街", "学府路"];

    private static readonly (string Summary, int Category)[] Issues =
    [
        ("老旧小区加装电梯审批慢、分摊费用难达成一致", 1), ("小区周边停车位不足，夜间占道停车严重", 1), ("背街小巷路灯损坏，夜间出行不便", 1),
        ("社区养老服务站午餐供应不稳定", 5), ("学校放学时段周边交通拥堵", 4), ("希望增设社区卫生服务站的儿科门诊", 4),
        ("河道沿岸垃圾清理不及时，夏季有异味", 2), ("冬季供暖温度不达标", 1), ("农村道路硬化后缺少养护", 3),
        ("灵活就业人员参保咨询", 5), ("菜市场改造期间摊位安置问题", 0), ("公交线路调整后老年人出行不便", 1),
        ("涉及正在诉讼中的房屋买卖合同纠纷", 6), ("农田灌溉渠老化漏水", 3), ("小微企业融资难、贷款利率高", 0),
    ];

    private static readonly string[] Feedbacks =
    [
        "已转交街道办事处，街道已现场核查并制定整改方案，已电话告知来访群众。",
        "区相关部门已答复，纳入明年实施计划，代表已向群众反馈。",
        "问题已解决，群众表示满意。",
        "经协调，相关单位已于两周内完成维修，代表回访确认。",
    ];

    private static readonly string[] Inspections = ["《示例市物业管理条例》执法检查", "全市大气污染防治工作视察", "全市食品安全工作视察", "农村人居环境整治视察", "中小学校安全工作视察", "全市城市更新项目视察"];

    private static readonly string[] Researches = ["全市养老服务体系建设情况调研", "优化营商环境专题调研", "黄河流域生态保护专题调研", "基层医疗卫生服务能力调研", "城市社区治理专题调研", "乡村振兴产业发展调研"];
}
