using AngleSharp.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>
/// The duplicate check when staff register a suggestion (S63): a likely duplicate is shown with its number, title, deputies
/// and reason, and is registered only with “不是重复，仍然登记” (on the timeline and in the audit log); an identical one is
/// refused; another matter of the same deputy is not flagged.
/// </summary>
public sealed class CreateDuplicateTests(PortalAppFactory app) : StaffSuggestionTest(app)
{
    private const string Create = "/Staff/Suggestions/Create";

    private const string ElevatorTitle = "关于加快老旧小区加装电梯的建议";
    private const string ElevatorText = "我市2000年以前建成的老旧小区多为六层以下住宅，没有电梯，老年居民上下楼十分困难。" +
        "目前加装电梯需要整栋楼业主同意，协调难度大；审批涉及规划、住建、市场监管等多个部门，流程较长。建议简化审批流程，实行联合审查；加大财政补贴力度。";

    private static List<(string Name, string? Value)> Form(TestData.SuggestionWorld world, string title, string content, bool withCoSigner = true) =>
    [
        ("Input.Source", nameof(SuggestionSource.DuringSession)),
        ("Input.SessionId", Id(world.Session.Id)),
        ("Input.Year", ""),
        ("Input.LeadDeputyId", Id(world.Lead.Id)),
        ("Input.CoSignerIds", withCoSigner ? Id(world.CoSigner.Id) : null),
        ("Input.Title", title),
        ("Input.Content", content),
        ("Input.CategoryId", Id(world.Category.Id)),
        ("Input.ReceivedOn", "2026-01-12"),
    ];

    private static List<(string Name, string? Value)> With(List<(string Name, string? Value)> form, string name, string? value) =>
        [.. form.Where(f => f.Name != name), (name, value)];

    private static List<(string Number, string Title, string Deputies, string Status, string Reason)> Flags(IDocument page) =>
        [.. page.QuerySelectorAll("#duplicate-flags-table tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Select(c => (c[0], c[1], c[2], c[3], c[4]))];

    [Fact]
    public async Task A_likely_duplicate_is_shown_with_its_reason_and_registered_only_when_staff_confirm_it_is_not_one()
    {
        var world = await Data.SuggestionWorldAsync();
        var earlier = await Data.SuggestionAsync(world, ElevatorTitle, ElevatorText);
        using var staff = await StaffAsync("张登记");
        // The same matter typed again from a second paper copy: another title, a sentence shorter, no co-signer.
        var again = Form(world, "关于老旧小区加装电梯的建议", ElevatorText.Replace("实行联合审查；", "", StringComparison.Ordinal), withCoSigner: false);

        using var refused = await PostAsync(staff, Create, "#suggestion-form", again);

        var page = await RefusedAsync(refused);
        var flag = Flags(page).Should().ContainSingle().Subject;
        flag.Number.Should().Be(earlier.Number);
        flag.Title.Should().Be(ElevatorTitle);
        flag.Deputies.Should().Be("李建国、王秀英");
        flag.Status.Should().Be("待审查");
        flag.Reason.Should().StartWith("同一领衔代表；标题和内容相似度 ");
        page.QuerySelector("#duplicate-flags-table a")!.GetAttribute("href").Should().Be(Details(earlier.Id));
        Text(page, "#duplicate-confirm-error").Should().Be(SuggestionMessages.PossibleDuplicate([earlier.Number]).Message);
        page.QuerySelector("label[for=duplicate-confirm]")!.TextContent.Should().Be("不是重复，仍然登记");
        Value(page, "Input.Title").Should().Be("关于老旧小区加装电梯的建议", "what was typed is kept");
        (await CountAsync<Suggestion>()).Should().Be(1, "nothing was registered");

        using var confirmed = await PostAsync(staff, page, "#suggestion-form", With(again, "Input.NotDuplicate", "true"));

        var s = await StoredAsync(RedirectedId(confirmed));
        s.Number.Should().Be("十六届五次会议第002号");
        var dismissed = s.Events.Should().ContainSingle(e => e.Kind == SuggestionEventKind.DuplicateDismissed).Subject;
        dismissed.ActorName.Should().Be("张登记");
        dismissed.Detail.Should().Be($"登记时提示可能与{earlier.Number}重复，登记人确认不是重复");
        var audit = await DbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(SuggestionEvent) && a.EntityKey == Id(dismissed.Id)).ToListAsync());
        audit.Should().ContainSingle().Which.UserName.Should().StartWith("张登记（staff-");
        var details = await staff.GetDocumentAsync(Details(s.Id));
        details.QuerySelector("main")!.TextContent.Should().Contain("确认不是重复");
    }

    [Fact]
    public async Task The_same_suggestion_posted_twice_is_registered_once()
    {
        var world = await Data.SuggestionWorldAsync();
        using var staff = await StaffAsync();
        var form = Form(world, ElevatorTitle, ElevatorText);
        var document = await staff.GetDocumentAsync(Create);

        using var first = await PostAsync(staff, document, "#suggestion-form", form);
        var id = RedirectedId(first);
        var number = (await StoredAsync(id)).Number;
        // A double click, or the same paper form entered again later, even with the box ticked.
        using var second = await PostAsync(staff, document, "#suggestion-form", With(form, "Input.NotDuplicate", "true"));

        var page = await RefusedAsync(second);
        page.Summary().Should().Contain(SuggestionMessages.IdenticalToRegistered(number).Message);
        Flags(page).Should().ContainSingle().Which.Reason.Should().Be("领衔代表、附议代表、标题和内容完全相同");
        page.QuerySelector("#duplicate-confirm").Should().BeNull("an identical suggestion cannot be registered anyway");
        (await CountAsync<Suggestion>()).Should().Be(1);
        (await DbAsync(db => db.SuggestionNumberCounters.SingleAsync())).LastValue.Should().Be(1, "the refused post drew no number");
    }

    [Fact]
    public async Task Another_matter_of_the_same_deputy_and_the_same_matter_in_another_session_are_not_flagged()
    {
        var world = await Data.SuggestionWorldAsync();
        var sixth = await Data.SessionAsync(6);
        await Data.SuggestionAsync(world, ElevatorTitle, ElevatorText);
        using var staff = await StaffAsync();

        using var school = await PostAsync(staff, Create, "#suggestion-form", Form(world, "关于加强中小学校园周边交通安全管理的建议",
            "我市部分中小学校门口道路狭窄，上下学时段家长接送车辆乱停乱放，学生过马路存在安全隐患。建议设置限时停车区和护学岗，错峰放学。"));
        (await StoredAsync(RedirectedId(school))).Events.Should().NotContain(e => e.Kind == SuggestionEventKind.DuplicateDismissed);

        using var nextSession = await PostAsync(staff, Create, "#suggestion-form", With(Form(world, ElevatorTitle, ElevatorText), "Input.SessionId", Id(sixth.Id)));
        (await StoredAsync(RedirectedId(nextSession))).Number.Should().Be("十六届六次会议第001号");
    }

    [Fact]
    public async Task A_check_made_before_the_registration_is_used_only_while_no_number_was_drawn_in_its_session_since()
    {
        var world = await Data.SuggestionWorldAsync();
        await Data.SuggestionAsync(world, "关于增设公交站点的建议", "建议在新区增设公交站点。");
        var draft = new SuggestionDraft(SuggestionSource.DuringSession, world.Session.Id, 2026, world.Lead.Id, [world.CoSigner.Id],
            ElevatorTitle, ElevatorText, world.Category.Id, new DateOnly(2026, 1, 12));
        var actor = Actor.Staff("张登记");
        await using var scope = App.Services.CreateAsyncScope();
        var registrar = scope.ServiceProvider.GetRequiredService<SuggestionRegistrar>();
        var check = await registrar.CheckAsync([draft], null, default);
        check.Flags.Should().ContainSingle().Which.Should().BeEmpty("nothing like it was registered yet");
        check.Drawn.Should().ContainSingle().Which.Value.Should().Be(1);

        // Unchanged since: the earlier check stands as it is (a made-up identical flag refuses the row without a second look).
        var madeUp = check with { Flags = [[new LikelyDuplicate(0, "十六届五次会议第999号", ElevatorTitle, SuggestionStatus.Submitted, true, 1, true, true, [world.Lead.Id], [world.Lead.Id])]] };
        var reused = await registrar.RegisterCheckedAsync([draft], actor, null, new SuggestionRegistrar.Registration { CheckDuplicates = true, Checked = madeUp }, default);
        reused.Error.Should().Be(SuggestionMessages.IdenticalToRegistered("十六届五次会议第999号").Message);

        // Someone registers the same suggestion after the check: a number was drawn, so the registration looks again and refuses it.
        var meanwhile = await Data.SuggestionAsync(world, ElevatorTitle, ElevatorText);
        var result = await registrar.RegisterCheckedAsync([draft], actor, null, new SuggestionRegistrar.Registration { CheckDuplicates = true, Checked = check }, default);

        result.IsSuccess.Should().BeFalse();
        result.Error.Should().Be(SuggestionMessages.IdenticalToRegistered(meanwhile.Number).Message);
        (await CountAsync<Suggestion>()).Should().Be(2);
    }

    [Fact]
    public async Task A_batch_naming_more_deputies_than_the_lookup_limit_reads_its_session_and_still_finds_each_rows_duplicates()
    {
        var world = await Data.SuggestionWorldAsync();
        var earlier = await Data.SuggestionAsync(world, ElevatorTitle, ElevatorText);
        var otherSession = await Data.SessionAsync(6);
        var elsewhere = await Data.SuggestionAsync(world with { Session = otherSession }, ElevatorTitle, ElevatorText);
        var leads = new List<int>();
        for (var i = 0; i < SuggestionRegistrar.DeputyLookupLimit + 1; i++) leads.Add((await Data.DeputyAsync($"代表{i:00}", $"17{i:000}")).Id);
        SuggestionDraft Draft(int lead, IReadOnlyList<int> coSigners, string title, string text) =>
            new(SuggestionSource.DuringSession, world.Session.Id, 2026, lead, coSigners, title, text, world.Category.Id, new DateOnly(2026, 1, 12));
        // The first row repeats the earlier suggestion through its co-signer; the others are new deputies' other matters.
        List<SuggestionDraft> drafts =
        [
            Draft(leads[0], [world.CoSigner.Id], "关于老旧小区加装电梯的建议", ElevatorText),
            .. leads.Skip(1).Select((lead, i) => Draft(lead, [], $"关于第{i + 1}条公交线路延伸的建议", $"建议将第{i + 1}条公交线路延伸至新区。")),
        ];
        await using var scope = App.Services.CreateAsyncScope();
        var registrar = scope.ServiceProvider.GetRequiredService<SuggestionRegistrar>();

        var check = await registrar.CheckAsync(drafts, null, default);

        check.Flags[0].Select(f => f.Number).Should().Equal([earlier.Number], "the session's suggestion is found, not the other session's {0}", elsewhere.Number);
        check.Flags[0][0].SharedDeputyIds.Should().Equal([world.CoSigner.Id]);
        check.Flags.Skip(1).Should().OnlyContain(f => f.Count == 0);
    }
}
