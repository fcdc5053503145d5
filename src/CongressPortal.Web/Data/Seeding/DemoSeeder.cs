using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Seeding;

/// <summary>
/// The fictional 示例市: deterministic demo data for Development. Runs once, on an empty database.
/// Demo accounts exist only here, never in Production.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, DemoPeopleSeeder people, DemoSuggestionSeeder suggestions, DemoProposalSeeder proposals, DemoSupervisionSeeder supervision, DemoReportSeeder reports, DemoLegislationSeeder legislation, DemoDraftSeeder drafts)
{
    public const string DemoPassword = "Portal@2026demo";
    public const string DemoUnitName = "示例市住房和城乡建设局";

    public static IReadOnlyList<(string UserName, string DisplayName, string Role)> Accounts { get; } =
    [
        ("admin", "系统管理员", PortalRole.Admin),
        ("staff", "代表工作室 王晓燕", PortalRole.Staff),
        ("auditor", "安全审计员", PortalRole.Auditor),
        ("deputy", "代表 李建国", PortalRole.Deputy),
        ("unit", "市住建局 联络员", PortalRole.HandlingUnit),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Terms.AnyAsync(ct)) return;

        var term = Term.Create(16, new DateOnly(2022, 1, 10), new DateOnly(2027, 1, 9));
        db.Terms.Add(term);
        await db.SaveChangesAsync(ct);

        DateOnly[] sessionDates = [new(2022, 1, 10), new(2023, 1, 8), new(2024, 1, 7), new(2025, 1, 6), new(2026, 1, 11)];
        for (var i = 0; i < sessionDates.Length; i++)
        {
            db.Sessions.Add(CongressSession.Create(term.Id, i + 1, sessionDates[i], sessionDates[i].AddDays(3)));
        }
        // The standing committee meets about every two months.
        var meetingDate = new DateOnly(2022, 1, 12);
        for (var number = 1; meetingDate <= new DateOnly(2026, 12, 31); number++, meetingDate = meetingDate.AddMonths(2))
        {
            db.StandingCommitteeMeetings.Add(StandingCommitteeMeeting.Create(term.Id, number, meetingDate.AddDays(number % 3 * 7)));
        }

        var order = 0;
        foreach (var (name, shortName, kind) in Committees) db.Committees.Add(Committee.Create(name, shortName, kind, ++order));
        order = 0;
        foreach (var (name, kind) in Units) db.HandlingUnits.Add(HandlingUnit.Create(name, null, kind, null, null, ++order));
        // The default categories are seeded at start-up (ReferenceSeeder); the demo adds only those missing.
        var categories = await db.SuggestionCategories.Select(c => c.Name).ToListAsync(ct);
        order = categories.Count;
        foreach (var name in SuggestionCategory.DefaultNames.Except(categories)) db.SuggestionCategories.Add(SuggestionCategory.Create(name, ++order));

        order = 0;
        foreach (var (district, subdistricts) in Areas)
        {
            var parent = AdministrativeArea.Create(district, AreaLevel.District, null, null, ++order);
            db.Areas.Add(parent);
            var sub = 0;
            foreach (var name in subdistricts) db.Areas.Add(AdministrativeArea.Create(name, AreaLevel.Subdistrict, parent.Id, null, ++sub));
        }

        await db.SaveChangesAsync(ct);
        var demoDeputy = await people.SeedAsync(term, ct);

        var unit = await db.HandlingUnits.SingleAsync(u => u.Name == DemoUnitName, ct);
        foreach (var (userName, displayName, role) in Accounts)
        {
            var user = new AppUser
            {
                UserName = userName,
                DisplayName = displayName,
                CreatedAt = clock.GetUtcNow(),
                DeputyId = role == PortalRole.Deputy ? demoDeputy.Id : null,
                HandlingUnitId = role == PortalRole.HandlingUnit ? unit.Id : null,
            };
            Check(await users.CreateAsync(user, DemoPassword));
            Check(await users.AddToRoleAsync(user, role));
        }

        await suggestions.SeedAsync(demoDeputy, ct);
        await proposals.SeedAsync(demoDeputy, ct);
        await supervision.SeedAsync(demoDeputy, ct);
        await reports.SeedAsync(term.Id, ct);
        await legislation.SeedAsync(ct);
        await drafts.SeedAsync(ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private static readonly (string Name, string ShortName, CommitteeKind Kind)[] Committees =
    [
        ("法制委员会", "法制委", CommitteeKind.Special),
        ("财政经济委员会", "财经委", CommitteeKind.Special),
        ("教育科学文化卫生委员会", "教科文卫委", CommitteeKind.Special),
        ("城乡建设环境保护委员会", "城建环保委", CommitteeKind.Special),
        ("农业农村委员会", "农业农村委", CommitteeKind.Special),
        ("社会建设委员会", "社会委", CommitteeKind.Special),
        ("民族宗教侨务外事委员会", "民宗侨外委", CommitteeKind.Special),
        ("监察和司法委员会", "监察司法委", CommitteeKind.Special),
        ("法制工作委员会", "法工委", CommitteeKind.Working),
        ("预算工作委员会", "预工委", CommitteeKind.Working),
        ("选举联络人事任免工作委员会", "代表工委", CommitteeKind.Working),
        ("办公室", "办公室", CommitteeKind.Office),
    ];

    /// <summary>The demo city's handling units by name (the demo suggestions' subject table names them).</summary>
    internal static IReadOnlySet<string> UnitNames => Units.Select(u => u.Name).ToHashSet();

    private static readonly (string Name, HandlingUnitKind Kind)[] Units =
    [
        ("示例市发展和改革委员会", HandlingUnitKind.GovernmentDepartment),
        ("示例市教育局", HandlingUnitKind.GovernmentDepartment),
        ("示例市科学技术局", HandlingUnitKind.GovernmentDepartment),
        ("示例市工业和信息化局", HandlingUnitKind.GovernmentDepartment),
        ("示例市公安局", HandlingUnitKind.GovernmentDepartment),
        ("示例市民政局", HandlingUnitKind.GovernmentDepartment),
        ("示例市司法局", HandlingUnitKind.GovernmentDepartment),
        ("示例市财政局", HandlingUnitKind.GovernmentDepartment),
        ("示例市人力资源和社会保障局", HandlingUnitKind.GovernmentDepartment),
        ("示例市自然资源局", HandlingUnitKind.GovernmentDepartment),
        ("示例市生态环境局", HandlingUnitKind.GovernmentDepartment),
        (DemoUnitName, HandlingUnitKind.GovernmentDepartment),
        ("示例市交通运输局", HandlingUnitKind.GovernmentDepartment),
        ("示例市水务局", HandlingUnitKind.GovernmentDepartment),
        ("示例市农业农村局", HandlingUnitKind.GovernmentDepartment),
        ("示例市商务局", HandlingUnitKind.GovernmentDepartment),
        ("示例市文化旅游广电局", HandlingUnitKind.GovernmentDepartment),
        ("示例市卫生健康委员会", HandlingUnitKind.GovernmentDepartment),
        ("示例市退役军人事务局", HandlingUnitKind.GovernmentDepartment),
        ("示例市应急管理局", HandlingUnitKind.GovernmentDepartment),
        ("示例市审计局", HandlingUnitKind.GovernmentDepartment),
        ("示例市市场监督管理局", HandlingUnitKind.GovernmentDepartment),
        ("示例市体育局", HandlingUnitKind.GovernmentDepartment),
        ("示例市医疗保障局", HandlingUnitKind.GovernmentDepartment),
        ("示例市城市管理综合执法局", HandlingUnitKind.GovernmentDepartment),
        ("示例市林业和草原局", HandlingUnitKind.GovernmentDepartment),
        ("示例市信访局", HandlingUnitKind.GovernmentDepartment),
        ("示例市政务服务和数据管理局", HandlingUnitKind.GovernmentDepartment),
        ("示例市住房公积金管理中心", HandlingUnitKind.GovernmentDepartment),
        ("示例市监察委员会", HandlingUnitKind.SupervisionOrJudicial),
        ("示例市中级人民法院", HandlingUnitKind.SupervisionOrJudicial),
        ("示例市人民检察院", HandlingUnitKind.SupervisionOrJudicial),
        ("青山区人民政府", HandlingUnitKind.DistrictGovernment),
        ("明湖区人民政府", HandlingUnitKind.DistrictGovernment),
        ("金桥区人民政府", HandlingUnitKind.DistrictGovernment),
        ("临江区人民政府", HandlingUnitKind.DistrictGovernment),
        ("北塔区人民政府", HandlingUnitKind.DistrictGovernment),
        ("南原县人民政府", HandlingUnitKind.DistrictGovernment),
        ("白云县人民政府", HandlingUnitKind.DistrictGovernment),
        ("国网示例供电公司", HandlingUnitKind.Other),
        ("示例市水务集团有限公司", HandlingUnitKind.Other),
    ];

    private static readonly (string District, string[] Subdistricts)[] Areas =
    [
        ("青山区", ["青山路街道", "钢城街道", "友谊街道", "富强街道"]),
        ("明湖区", ["明湖街道", "文昌街道", "湖滨街道", "东风街道", "新春街道"]),
        ("金桥区", ["金桥街道", "开发区街道", "南湖街道", "科技城街道"]),
        ("临江区", ["临江街道", "滨河街道", "望江街道", "码头街道"]),
        ("北塔区", ["北塔街道", "古城街道", "钟楼街道", "塔山镇"]),
        ("南原县", ["城关镇", "南原镇", "杨柳乡", "石桥乡"]),
        ("白云县", ["白云镇", "双河镇", "青松乡", "草原苏木"]),
        ("示例经济技术开发区", ["新区街道", "产业园街道"]),
    ];
}
