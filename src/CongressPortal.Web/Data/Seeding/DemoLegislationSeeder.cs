using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using Microsoft.EntityFrameworkCore;
using F = CongressPortal.Domain.Legislation.LegislativeField;
using K = CongressPortal.Domain.Legislation.LegislationKind;

namespace CongressPortal.Web.Data.Seeding;

/// <summary>
/// The demo city's legislation: the regulation library (forty regulations since 2016, six amended — one 修正 of wording,
/// amendments that insert or delete an article so the later ones renumber — one repealed, one promulgated but not yet in
/// force), the 2023–2027 立法规划 and the 2026 立法计划 (adopted, published, amended in July) fed by deputies' proposals
/// and suggestions, twelve legislation records at every stage (readings at the term's meetings, on the meeting's date),
/// twenty filed normative documents at every stage of review (some filed late, some deadlines passed) and three
/// citizens' review requests. Played through the domain at the dates things happened (<see cref="SimulatedClock"/>);
/// what is dated after the real today is not played. Deterministic; runs once.
/// </summary>
public sealed partial class DemoLegislationSeeder(AppDbContext db, WorkingCalendarProvider calendarProvider, TimeProvider clock)
{
    private const string StaffName = "法制工作委员会 赵立新";
    private const string FilingStaffName = "法制工作委员会备案审查处 孙静";
    private readonly Actor _staff = Actor.Staff(StaffName);
    private readonly Actor _filingStaff = Actor.Staff(FilingStaffName);
    private readonly Dictionary<string, string> _announcements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _regulations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DemoStatute Text, List<VersionDates> History)> _texts = new(StringComparer.Ordinal);
    private DateTimeOffset _now;
    private Dictionary<DateOnly, int> _meetings = [];
    private Dictionary<string, int> _committees = [];
    private WorkingDayCalendar _calendar = WorkingDayCalendar.WeekdaysOnly;

    /// <summary>The dates of one version (or repeal): passed, approved by the province, promulgated, in force.</summary>
    private sealed record VersionDates(K Kind, DateOnly PassedOn, DateOnly ApprovedOn, DateOnly PromulgatedOn, DateOnly EffectiveOn);

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.LegislationPlans.AnyAsync(ct) || await db.Regulations.AnyAsync(ct) || await db.NormativeDocumentFilings.AnyAsync(ct)) return;
        _now = clock.GetUtcNow();
        _meetings = (await db.StandingCommitteeMeetings.Select(m => new { m.Date, m.Id }).ToListAsync(ct)).ToDictionary(m => m.Date, m => m.Id);
        _committees = await db.Committees.ToDictionaryAsync(c => c.Name, c => c.Id, ct);
        _calendar = await calendarProvider.GetAsync(ct);
        NumberAnnouncements();

        await SeedLibraryAsync(ct);
        var items = await SeedPlansAsync(ct);
        await SeedRecordsAsync(items, ct);
        await SeedFilingsAsync(ct);
        await SeedReviewRequestsAsync(ct);
    }

    // ── Dates and numbers ──

    private static DateTimeOffset At(DateOnly date, int hour) => SimulatedClock.At(date, hour);

    /// <summary>The province approves six to ten weeks after the vote; the 公告 follows ten days later; a new regulation takes effect on the first of the month two months on, an amendment on promulgation.</summary>
    private static VersionDates Dates(K kind, DateOnly passedOn, int seed)
    {
        var approved = passedOn.AddDays(42 + seed % 5 * 7);
        var promulgated = approved.AddDays(10);
        var effective = kind == K.Enact ? new DateOnly(promulgated.Year, promulgated.Month, 1).AddMonths(2) : promulgated;
        return new VersionDates(kind, passedOn, approved, promulgated, effective);
    }

    private static VersionDates LawDates(Law law, int version) => Dates(law.Versions[version].Kind, law.Versions[version].PassedOn, Array.IndexOf(Laws, law) + version);

    private static string Key(string title, int version) => $"{title}#{version}";

    /// <summary>公告 numbers in the order of promulgation, counted per year, across the library and the records' promulgations.</summary>
    private void NumberAnnouncements()
    {
        var promulgations = Laws.SelectMany(law => law.Versions.Select((_, i) => (LawDates(law, i).PromulgatedOn, Key(law.Title, i + 1))))
            .Concat(RecordPromulgations.Select(p => (p.On, p.Key)))
            .OrderBy(p => p.Item1).ThenBy(p => p.Item2, StringComparer.Ordinal);
        var perYear = new Dictionary<int, int>();
        foreach (var (on, key) in promulgations)
        {
            perYear[on.Year] = perYear.GetValueOrDefault(on.Year) + 1;
            _announcements[key] = $"示例市人民代表大会常务委员会公告〔{on.Year}〕第{perYear[on.Year]}号";
        }
    }

    /// <summary>The city's term (届) and the meeting's number in it on <paramref name="date"/>: the 16th term began in January 2022, terms last five years.</summary>
    private static (int Term, int Meeting) CityMeeting(DateOnly date)
    {
        var term = date.Year >= 2022 ? 16 : date.Year >= 2017 ? 15 : 14;
        var first = term == 16 ? 2022 : term == 15 ? 2017 : 2012;
        return (term, (date.Year - first) * 6 + (date.Month - 1) / 2 + 1);
    }

    private static (int Term, int Meeting) ProvinceMeeting(DateOnly date)
    {
        var term = date.Year >= 2023 ? 14 : date.Year >= 2018 ? 13 : 12;
        var first = term == 14 ? 2023 : term == 13 ? 2018 : 2013;
        return (term, (date.Year - first) * 6 + (date.Month - 1) / 2 + 1);
    }

    private static string N(int value) => ChineseNumerals.Format(value);

    /// <summary>The 题注 under the title: when the text was passed and approved, and each later change.</summary>
    private static string Note(string title, IReadOnlyList<VersionDates> history)
    {
        string Passed(DateOnly on) => $"{ChinaTime.FormatDate(on)}示例市第{N(CityMeeting(on).Term)}届人民代表大会常务委员会第{N(CityMeeting(on).Meeting)}次会议";
        string Approved(DateOnly on) => $"{ChinaTime.FormatDate(on)}自治区第{N(ProvinceMeeting(on).Term)}届人民代表大会常务委员会第{N(ProvinceMeeting(on).Meeting)}次会议";
        var parts = new List<string> { $"{Passed(history[0].PassedOn)}通过", $"{Approved(history[0].ApprovedOn)}批准" };
        foreach (var change in history.Skip(1))
        {
            parts.Add(change.Kind == K.Revise
                ? $"根据{Passed(change.PassedOn)}通过、{Approved(change.ApprovedOn)}批准的《示例市人民代表大会常务委员会关于修改〈{title}〉等五件地方性法规的决定》修正"
                : $"根据{Passed(change.PassedOn)}通过、{Approved(change.ApprovedOn)}批准的《示例市人民代表大会常务委员会关于修改〈{title}〉的决定》修正");
        }
        return $"（{string.Join("\u3000", parts)}）";
    }

    private int Meeting(DateOnly date) => _meetings.TryGetValue(date, out var id) ? id
        : throw new InvalidOperationException($"The demo has no standing-committee meeting on {date:yyyy-MM-dd}.");

    private int Committee(string name) => _committees[name];

    // ── The library ──

    private async Task SeedLibraryAsync(CancellationToken ct)
    {
        foreach (var (law, index) in Laws.Select((l, i) => (l, i)))
        {
            var first = LawDates(law, 0);
            var text = DemoStatuteWriter.Write(law.Title, law.Topic, law.Articles, first.EffectiveOn, 1000 + index, law.Chapters, law.Sections, law.Toc);
            var history = new List<VersionDates>();
            Regulation? regulation = null;
            for (var v = 0; v < law.Versions.Length; v++)
            {
                var dates = LawDates(law, v);
                // Staff enter the version into the library two days after its 公告 and publish it after checking.
                var at = At(dates.PromulgatedOn.AddDays(2), 10);
                if (at > _now) break;
                if (v > 0)
                {
                    text = text.Clone();
                    law.Versions[v].Apply!(text);
                }
                history.Add(dates);
                text.Note = Note(law.Title, history);
                var draft = new RegulationVersionDraft(law.Title, dates.Kind, _announcements[Key(law.Title, v + 1)], dates.PassedOn, dates.ApprovedOn,
                    dates.PromulgatedOn, dates.EffectiveOn, law.Versions[v].Summary);
                if (regulation is null)
                {
                    regulation = Regulation.Create(law.Field, draft, text.ToText(), null, _staff, at);
                    db.Regulations.Add(regulation);
                }
                else
                {
                    regulation.AddVersion(draft, text.ToText(), null, _staff, at);
                }
                regulation.Publish(_staff, at.AddHours(4));
                await db.SaveChangesAsync(ct);
            }
            if (regulation is null) continue;
            _regulations[law.Title] = regulation.Id;
            _texts[law.Title] = (text, history);
        }
        db.ChangeTracker.Clear();
    }

    // ── The plans ──

    private sealed record PlanItems(Dictionary<string, int> Annual, Dictionary<string, int> Programme);

    private async Task<PlanItems> SeedPlansAsync(CancellationToken ct)
    {
        var annual = new Dictionary<string, int>(StringComparer.Ordinal);
        var programme = new Dictionary<string, int>(StringComparer.Ordinal);
        int? Regulation(string title) => _regulations.TryGetValue(title, out var id) ? id : null;
        var suggestions = await db.Suggestions.Select(s => new { s.Id, s.Title }).OrderBy(s => s.Id).ToListAsync(ct);
        List<int> Fed(string words, int count) => [.. suggestions.Where(s => s.Title.Contains(words, StringComparison.Ordinal)).Take(count).Select(s => s.Id)];

        // 立法规划 2023–2027: adopted at the standing committee's March 2023 meeting.
        var programmeAdopted = M(2023, 2);
        if (At(programmeAdopted, 17) <= _now)
        {
            var plan = LegislationPlan.Draft(new LegislationPlanDraft(LegislationPlanKind.Programme, 2023, "示例市人大常委会2023—2027年立法规划", Texts.ProgrammeSummary),
                _staff, At(new DateOnly(2023, 2, 20), 10));
            var created = At(new DateOnly(2023, 2, 21), 10);
            foreach (var (kind, legislation, title, body, committee, note) in Texts.ProgrammeItems)
            {
                plan.AddItem(new PlanItemDraft(kind, legislation, title, body, Committee(committee), null,
                    legislation is K.Amend or K.Revise or K.Repeal ? Regulation(RegulationOf(title)) : null, note, []), _staff, created);
            }
            plan.Adopt(new LegislationPlanAdoption(programmeAdopted, Meeting(programmeAdopted), null), _staff, At(programmeAdopted, 17));
            plan.Publish(_staff, At(programmeAdopted.AddDays(3), 10));
            db.LegislationPlans.Add(plan);
            await db.SaveChangesAsync(ct);
            foreach (var item in plan.Items) programme[item.Title] = item.Id;
        }

        // 2026年度立法计划: drafted after the session, adopted at the January meeting, published, amended in July.
        var january = M(2026, 1);
        if (At(january, 17) > _now) return new PlanItems(annual, programme);
        var year = LegislationPlan.Draft(new LegislationPlanDraft(LegislationPlanKind.Annual, 2026, "示例市人大常委会2026年度立法计划", Texts.AnnualSummary),
            _staff, At(new DateOnly(2026, 1, 5), 10));
        foreach (var (kind, legislation, title, body, committee, meeting, note, fedBy) in Texts.AnnualItems)
        {
            year.AddItem(new PlanItemDraft(kind, legislation, title, body, Committee(committee), meeting is { } m ? Meeting(M(2026, m)) : null,
                legislation is K.Amend or K.Revise or K.Repeal ? Regulation(RegulationOf(title)) : null, note, fedBy is null ? [] : Fed(fedBy, 2)),
                _staff, At(new DateOnly(2026, 1, 6), 15));
        }
        year.Adopt(new LegislationPlanAdoption(january, Meeting(january), null), _staff, At(january, 17));
        year.Publish(_staff, At(january.AddDays(3), 10));
        db.LegislationPlans.Add(year);
        await db.SaveChangesAsync(ct);
        foreach (var item in year.Items) annual[item.Title] = item.Id;

        // The proposals of the January session that fed the plan (立法法第五十六条).
        foreach (var (words, title) in Texts.ProposalLinks)
        {
            var proposal = await ProposalStore.WithEverything(db.Proposals).FirstOrDefaultAsync(p => p.Subject.Contains(words), ct);
            if (proposal is null || !annual.TryGetValue(title, out var itemId)) continue;
            proposal.LinkLegislationItem(itemId, title, _staff, At(january.AddDays(6), 10));
        }
        await db.SaveChangesAsync(ct);

        // The July amendment: the rainstorm adds drainage research; the gas amendment waits for the national regulation.
        var july = M(2026, 4);
        if (At(july.AddDays(1), 15) <= _now)
        {
            var amendment = year.Amend(new LegislationPlanAdoption(july, Meeting(july), Texts.AmendmentSummary), _staff, At(july.AddDays(1), 15));
            await db.SaveChangesAsync(ct);
            var added = year.AddItem(new PlanItemDraft(PlanItemKind.Research, K.Research, Texts.DrainageItem, "示例市水务局", Committee("城乡建设环境保护委员会"), null, null,
                "7月中旬强降雨暴露出城区排水防涝设施短板，开展城市排水与防涝立法调研，为制定相关法规做准备。", [], amendment.Id), _staff, At(july.AddDays(1), 16));
            year.CancelItem(annual[Texts.GasItem], amendment.Id, "国务院城镇燃气管理条例正在修订，待上位法修订后再行启动本市条例的修改。", _staff, At(july.AddDays(1), 16));
            await db.SaveChangesAsync(ct);
            annual[added.Title] = added.Id;
        }
        db.ChangeTracker.Clear();
        return new PlanItems(annual, programme);
    }

    private static string RegulationOf(string itemTitle) => itemTitle switch
    {
        _ when itemTitle.Contains("物业", StringComparison.Ordinal) => PropertyTitle,
        _ when itemTitle.Contains("供水", StringComparison.Ordinal) => WaterTitle,
        _ when itemTitle.Contains("集贸", StringComparison.Ordinal) => MarketsTitle,
        _ when itemTitle.Contains("燃气", StringComparison.Ordinal) => GasTitle,
        _ when itemTitle.Contains("名城", StringComparison.Ordinal) => HeritageCityTitle,
        _ => itemTitle,
    };

    // ── Filings and review requests ──

    private async Task SeedFilingsAsync(CancellationToken ct)
    {
        foreach (var spec in Texts.Filings)
        {
            var filedAt = At(spec.FiledOn, 10);
            if (filedAt > _now) continue;
            var filing = NormativeDocumentFiling.Register(new FilingDraft(spec.Body, spec.Kind, spec.Title, spec.Number, spec.PublishedOn, spec.Summary),
                _filingStaff, filedAt, _calendar);
            foreach (var (on, step) in spec.Steps)
            {
                var at = At(on, 16);
                if (at > _now) break;
                step(filing, _filingStaff, at, _calendar);
            }
            db.NormativeDocumentFilings.Add(filing);
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
    }

    private async Task SeedReviewRequestsAsync(CancellationToken ct)
    {
        var filings = await db.NormativeDocumentFilings.ToDictionaryAsync(f => f.Title, f => f.Id, ct);
        foreach (var spec in Texts.ReviewRequests)
        {
            var submitted = At(spec.SubmittedOn, 20);
            if (submitted > _now) continue;
            var request = ReviewRequest.Submit(new ReviewRequestDraft(spec.Document, null, spec.Reasons, spec.Name, spec.Contact), spec.Code, submitted);
            if (spec.AcceptedOn is { } accepted && At(accepted, 10) <= _now)
            {
                request.Accept(filings.TryGetValue(spec.Document, out var id) ? id : null, _filingStaff, At(accepted, 10));
                if (spec.Answer is { } answer && At(answer.On, 15) <= _now)
                    request.Answer(new ReviewAnswer(answer.Result, answer.Text), _filingStaff, At(answer.On, 15));
            }
            db.ReviewRequests.Add(request);
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
    }
}
