using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Stations;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>Builders for test data; each returns the saved entity. Deterministic: no random values.</summary>
public sealed class TestData(PortalAppFactory app)
{
    private async Task<T> SaveAsync<T>(T entity) where T : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    public async Task<Term> TermAsync(int number = 16)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Terms.SingleOrDefaultAsync(t => t.Number == number)
            ?? await SaveAsync(Term.Create(number, new DateOnly(2022, 1, 10), new DateOnly(2027, 1, 9)));
    }

    public Task<HandlingUnit> UnitAsync(string name = "示例市住房和城乡建设局") =>
        SaveAsync(HandlingUnit.Create(name, null, HandlingUnitKind.GovernmentDepartment, "张联络", "0471-1234567", 1));

    public async Task<Deputy> DeputyAsync(string name = "李建国", string number = "16001") =>
        await SaveAsync(Deputy.Create((await TermAsync()).Id, number, name, Gender.Male));

    public Task<Committee> CommitteeAsync(string name = "财政经济委员会") =>
        SaveAsync(Committee.Create(name, null, CommitteeKind.Special, 1));

    public Task<SuggestionCategory> CategoryAsync(string name = "城乡建设") => SaveAsync(SuggestionCategory.Create(name, 1));

    public Task<AdministrativeArea> DistrictAsync(string name = "青山区") =>
        SaveAsync(AdministrativeArea.Create(name, AreaLevel.District, null, null, 1));

    public async Task<CongressSession> SessionAsync(int number = 5) =>
        await SaveAsync(CongressSession.Create((await TermAsync()).Id, number, new DateOnly(2026, 1, 11), new DateOnly(2026, 1, 14)));

    public async Task<StandingCommitteeMeeting> MeetingAsync(int number = 30) =>
        await SaveAsync(StandingCommitteeMeeting.Create((await TermAsync()).Id, number, new DateOnly(2026, 6, 25)));

    // ── Issue 3: public directory, stations, deputy desk ──

    /// <summary>Distinctive private values: public pages are searched for them (and their masked forms) and must not contain them.</summary>
    public static readonly DeputyPrivateData PrivateSample = new("13912345678", "150102198001011236", "青山区幸福小区8号楼2单元301室");

    public Task<AdministrativeArea> SubdistrictAsync(int districtId, string name = "青山路街道", int sortOrder = 1) =>
        SaveAsync(AdministrativeArea.Create(name, AreaLevel.Subdistrict, districtId, null, sortOrder));

    public async Task<Delegation> DelegationAsync(string name = "青山区代表团", int? areaId = null) =>
        await SaveAsync(Delegation.Create((await TermAsync()).Id, name, areaId, 1));

    /// <summary>A municipal deputy of term 16 with a full public profile and private data (<see cref="PrivateSample"/> unless given).</summary>
    public async Task<Deputy> MunicipalDeputyAsync(
        string name = "王建华", string number = "16101", int? delegationId = null, DeputyPrivateData? privateData = null,
        string workUnit = "示例市第一中学校长", Gender gender = Gender.Male, int? termId = null)
    {
        var deputy = Deputy.CreateMunicipal(termId ?? (await TermAsync()).Id, number, new DeputyProfile(
            name, gender, "汉族", new DateOnly(1970, 5, 6), "中共党员", "大学本科", workUnit, "第3选区"));
        deputy.UpdatePrivateData(privateData ?? PrivateSample);
        deputy.AssignGroups(delegationId, null, null);
        return await SaveAsync(deputy);
    }

    public Task<Deputy> OtherLevelDeputyAsync(string name = "赵乡长", DeputyLevel level = DeputyLevel.Township) =>
        SaveAsync(Deputy.CreateOtherLevel(level, new DeputyProfile(name, Gender.Female, "蒙古族")));

    /// <summary>A station in <paramref name="areaId"/> (a sub-district) with the given deputies assigned since 2022-03-01.</summary>
    public Task<LiaisonStation> StationAsync(int areaId, string name = "青山路街道人大代表联络站", params (int DeputyId, StationRole Role)[] members) =>
        StationAsync(areaId, name, "青山路街道人民路88号", members);

    public async Task<LiaisonStation> StationAsync(int areaId, string name, string address, params (int DeputyId, StationRole Role)[] members)
    {
        var station = LiaisonStation.Create(new StationDetails(
            name, StationKind.Station, areaId, address, 40.812345, 111.654321,
            "工作日 9:00—12:00", "0999-6123456", "贾慧敏", "0999-6123457", name + "是代表联系群众的固定场所。"));
        foreach (var (deputyId, role) in members) station.AssignDeputy(deputyId, role, new DateOnly(2022, 3, 1));
        return await SaveAsync(station);
    }

    public async Task<ReceptionSchedule> ScheduleAsync(int stationId, ScheduleRule rule, params int[] rotation)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var members = await db.Stations.Where(s => s.Id == stationId).SelectMany(s => s.Members.Where(m => m.To == null).Select(m => m.DeputyId)).ToListAsync();
        var schedule = ReceptionSchedule.Create(stationId, rule, rotation, members);
        db.Add(schedule);
        await db.SaveChangesAsync();
        return schedule;
    }

    public sealed record VisitorIssue(string Visitor, string? Contact, string Issue, HandlingPath Path = HandlingPath.AnsweredOnSpot, int? FollowUpDeputyId = null, string? Feedback = null);

    /// <summary>A reception held on <paramref name="date"/> (not after the test clock's today), one issue per visitor.</summary>
    public Task<Reception> ReceptionAsync(int stationId, DateOnly date, IReadOnlyList<int> deputyIds, params VisitorIssue[] visitors)
    {
        var reception = Reception.Record(stationId, date, new TimeOnly(9, 0), new TimeOnly(11, 0), deputyIds, null, null, ChinaTime.Today(app.Clock.GetUtcNow()));
        foreach (var v in visitors)
        {
            var visitor = reception.AddVisitor(v.Visitor, v.Contact);
            var issue = reception.AddIssue(v.Issue, null, v.Path, v.FollowUpDeputyId, visitor);
            if (v.Feedback is not null) reception.RecordFeedback(issue, v.Feedback, date.AddDays(7));
        }
        return SaveAsync(reception);
    }

    public Task<PerformanceEvent> PerformanceEventAsync(PerformanceEventKind kind, DateOnly date, params int[] deputyIds) =>
        SaveAsync(PerformanceEvent.Create(kind, date, PerformanceEvent.KindName(kind), null, deputyIds));

    // ── Issue 3: staff deputy registry ──

    /// <summary>A deputy group (代表小组) or, with a committee, a professional group (专业代表小组).</summary>
    public Task<DeputyGroup> RegistryGroupAsync(string name = "青山区第一代表小组", DeputyGroupKind kind = DeputyGroupKind.Regional, int? committeeId = null, int sortOrder = 1) =>
        SaveAsync(DeputyGroup.Create(name, kind, committeeId, sortOrder));

    // ── Issue 4: suggestions ──

    /// <summary>What most suggestion tests need: a session, a category, a lead and a co-signing deputy, two units and a committee.</summary>
    public sealed record SuggestionWorld(CongressSession Session, SuggestionCategory Category, Deputy Lead, Deputy CoSigner, HandlingUnit Unit, HandlingUnit OtherUnit, Committee Committee);

    public async Task<SuggestionWorld> SuggestionWorldAsync() => new(
        await SessionAsync(),
        await CategoryAsync(),
        await DeputyAsync("李建国", "16001"),
        await DeputyAsync("王秀英", "16002"),
        await UnitAsync("示例市住房和城乡建设局"),
        await UnitAsync("示例市交通运输局"),
        await CommitteeAsync("城乡建设环境保护委员会"));

    /// <summary>Registers a suggestion during the session through the real registrar (numbering included); status 待审查.</summary>
    public async Task<Suggestion> SuggestionAsync(SuggestionWorld world, string title = "关于加快老旧小区加装电梯的建议", string content = "建议简化审批流程，加大财政补贴力度。", bool withCoSigner = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var registrar = scope.ServiceProvider.GetRequiredService<SuggestionRegistrar>();
        var draft = new SuggestionDraft(SuggestionSource.DuringSession, world.Session.Id, 2026, world.Lead.Id,
            withCoSigner ? [world.CoSigner.Id] : [], title, content, world.Category.Id, new DateOnly(2026, 1, 12));
        var result = await registrar.RegisterAsync([draft], Actor.Staff("测试工作人员"), null, null, default);
        if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
        return result.Value![0];
    }

    /// <summary>Runs workflow actions on a saved suggestion, as the domain would from a page, and saves.</summary>
    public Task<Suggestion> ActAsync(int suggestionId, Action<Suggestion, SuggestionRules, DateTimeOffset> action) =>
        ActAsync(suggestionId, (s, rules, now, _) => action(s, rules, now));

    /// <summary>
    /// As <see cref="ActAsync(int, Action{Suggestion, SuggestionRules, DateTimeOffset})"/>; the last argument stores a signed
    /// reply letter in the same save and returns its file id (a reply always carries its letter).
    /// </summary>
    public async Task<Suggestion> ActAsync(int suggestionId, Action<Suggestion, SuggestionRules, DateTimeOffset, Func<int>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rules = await scope.ServiceProvider.GetRequiredService<SuggestionRulesProvider>().GetAsync();
        var suggestion = await SuggestionStore.WithEverything(db.Suggestions).SingleAsync(s => s.Id == suggestionId);
        int? letterId = null;
        int Letter()
        {
            if (letterId is null)
            {
                var file = StoredFile.Accept("答复函.pdf", LetterPdf, "测试承办人", app.Clock.GetUtcNow());
                db.StoredFiles.Add(file);
                letterId = file.Id;
            }
            return letterId.Value;
        }
        action(suggestion, rules, app.Clock.GetUtcNow(), Letter);
        // As the pages do (AggregateCommands): write the row even when only children changed, so its version moves.
        db.Entry(suggestion).Property(s => s.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync();
        return suggestion;
    }

    /// <summary>Staff review every reply of the suggestion not yet reviewed, publishing those the unit allowed (unless told not to).</summary>
    public Task<Suggestion> ReviewRepliesAsync(int suggestionId, bool publish = true) =>
        ActAsync(suggestionId, (s, _, now) =>
        {
            foreach (var reply in s.Assignments.Where(a => a.IsActive).SelectMany(a => a.Replies).Where(r => !r.IsReviewed).ToList())
                s.ReviewReply(reply.Id, publish, Actor.Staff("测试工作人员"), now);
        });

    /// <summary>The bytes of a minimal PDF, for reply letters.</summary>
    public static byte[] LetterPdf { get; } = "%PDF-1.4\n%测试答复函\n"u8.ToArray();

    /// <summary>Accepts and assigns a registered suggestion to <paramref name="unitIds"/> (split handling), accepted by each unit.</summary>
    public Task<Suggestion> AssignedSuggestionAsync(int suggestionId, params int[] unitIds) =>
        ActAsync(suggestionId, (s, rules, now) =>
        {
            s.Accept(Actor.Staff("测试工作人员"), now);
            // Test set-up may fall on a holiday (the clock is moved by weeks): staff would confirm the rest-day warning.
            s.Assign(HandlingMode.Split, unitIds, null, Actor.Staff("测试工作人员"), now, rules, confirmed: true);
            foreach (var unitId in unitIds) s.AcceptAssignment(Actor.Unit(unitId, "测试承办人"), now);
        });

    /// <summary>A plain A-class reply with its signed letter (<paramref name="letterId"/>), publishable unless told otherwise.</summary>
    public static ReplyDraft ReplyA(DateOnly on, int letterId, bool publishable = true) =>
        new("A", "经研究，已将该小区列入今年加装电梯计划，现已开工。", "张局长", on, publishable, letterId, []);
}
