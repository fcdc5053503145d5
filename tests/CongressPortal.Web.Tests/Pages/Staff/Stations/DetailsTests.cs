using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Staff.Stations;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Stations;

public sealed class DetailsTests(PortalAppFactory app) : StationTest(app)
{
    /// <summary>The audit log's name for the deputy entity (a namespace of the same name exists under Pages).</summary>
    private const string DeputyType = "Deputy";

    private static string Details(int id) => $"{List}/Details/{id}";

    [Fact]
    public async Task Staff_assigns_a_municipal_deputy_as_head_and_the_page_lists_them_with_level_and_delegation()
    {
        var delegation = await Data.DelegationAsync("青山区代表团");
        var municipal = await Data.MunicipalDeputyAsync("王建华", "16101", delegation.Id);
        await Data.OtherLevelDeputyAsync("赵乡长", DeputyLevel.Township);
        var station = await StationWithAsync("钢城街道人大代表联络站");
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(Details(station.Id));
        var options = page.QuerySelectorAll("select[name='Assign.DeputyId'] option").Select(o => o.TextContent).ToList();
        options.Should().Contain("王建华（市人大代表·青山区代表团）").And.Contain("赵乡长（乡镇人大代表）");

        using var response = await staff.SubmitFormAsync(page, Form(
            ("Assign.DeputyId", Id(municipal.Id)), ("Assign.Role", nameof(StationRole.Head)), ("Assign.From", "2026-03-01")), "#assign");
        ShouldRedirect(response, Details(station.Id));

        var member = (await StoredStationAsync(station.Id)).Members.Single();
        member.DeputyId.Should().Be(municipal.Id);
        member.Role.Should().Be(StationRole.Head);
        member.From.Should().Be(new DateOnly(2026, 3, 1));
        member.To.Should().BeNull();
        (await AuditAsync(nameof(StationMember), member.Id)).Should().Equal(AuditAction.Created);

        var after = await staff.GetDocumentAsync(Details(station.Id));
        Text(after, "main").Should().Contain("已将王建华安排进站");
        Text(after, $"#member-{municipal.Id}").Should().Contain("王建华（市人大代表·青山区代表团）").And.Contain("站长").And.Contain("2026年3月1日");
        after.QuerySelectorAll("select[name='Assign.DeputyId'] option").Select(o => o.TextContent)
            .Should().NotContain(o => o.StartsWith("王建华", StringComparison.Ordinal), "a current member is not offered again")
            .And.Contain("赵乡长（乡镇人大代表）");
    }

    [Fact]
    public async Task The_deputy_search_narrows_the_choice_by_name()
    {
        await Data.DeputyAsync("李建国", "16001");
        await Data.DeputyAsync("张红梅", "16002");
        var station = await StationWithAsync("钢城街道人大代表联络站");
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync($"{Details(station.Id)}?q=红梅");
        page.QuerySelectorAll("select[name='Assign.DeputyId'] option").Select(o => o.TextContent).Should().Equal("请选择", "张红梅（市人大代表）");
    }

    [Fact]
    public async Task A_deputy_assigned_from_a_page_older_than_the_last_change_of_members_is_refused_and_nothing_is_written()
    {
        var li = await Data.DeputyAsync("李建国", "16001");
        var zhang = await Data.DeputyAsync("张红梅", "16002");
        var station = await StationWithAsync("钢城街道人大代表联络站");
        using var first = await StaffAsync();
        using var second = await StaffAsync();
        var firstPage = await first.GetDocumentAsync(Details(station.Id));
        var secondPage = await second.GetDocumentAsync(Details(station.Id));

        using (var assigned = await first.SubmitFormAsync(firstPage, Form(("Assign.DeputyId", Id(li.Id)), ("Assign.Role", nameof(StationRole.Head))), "#assign"))
        {
            ShouldRedirect(assigned, Details(station.Id));
        }
        // The second page was loaded before: it does not know 李建国 is now the head, so its change is not made blindly.
        using var late = await second.SubmitFormAsync(secondPage, Form(("Assign.DeputyId", Id(zhang.Id)), ("Assign.Role", nameof(StationRole.Head))), "#assign");

        var page = await RefusedAsync(late);
        Text(page, "#assign .validation-summary-errors").Should().Contain(DetailsModel.Handler.MembersChanged);
        page.QuerySelector($"#member-{li.Id}").Should().NotBeNull("the page shows the members as they are now");
        (await StoredStationAsync(station.Id)).Members.Should().ContainSingle().Which.DeputyId.Should().Be(li.Id);
    }

    [Fact]
    public async Task A_role_changed_from_a_page_older_than_the_last_change_is_refused_and_the_page_says_so()
    {
        var head = await Data.DeputyAsync("李建国", "16001");
        var member = await Data.DeputyAsync("张红梅", "16002");
        var station = await StationWithAsync("钢城街道人大代表联络站", head.Id, member.Id);
        using var staff = await StaffAsync();
        var stale = await staff.GetDocumentAsync(Details(station.Id));
        using (var ended = await staff.SubmitFormAsync(Details(station.Id), Form(("to", Iso(Today))), $"#end-{head.Id}"))
        {
            ShouldRedirect(ended, Details(station.Id));
        }

        using var role = await staff.SubmitFormAsync(stale, Form(("role", nameof(StationRole.Head))), $"#role-{member.Id}");
        ShouldRedirect(role, Details(station.Id));
        Text(await staff.GetDocumentAsync(Details(station.Id)), ".alert-danger").Should().Contain(DetailsModel.Handler.MembersChanged);
        (await StoredStationAsync(station.Id)).Members.Single(m => m.DeputyId == member.Id).Role.Should().Be(StationRole.Member);
    }

    [Fact]
    public async Task Assigning_without_choosing_or_twice_is_refused_next_to_the_deputy_field()
    {
        var deputy = await Data.DeputyAsync("李建国", "16001");
        var station = await StationWithAsync("钢城街道人大代表联络站", deputy.Id);
        using var staff = await StaffAsync();

        using (var missing = await staff.SubmitFormAsync(Details(station.Id), Form(("Assign.DeputyId", ""), ("Assign.From", "")), "#assign"))
        {
            var page = await RefusedAsync(missing);
            page.FieldError("Assign.DeputyId").Should().Be("请选择代表");
            page.FieldError("Assign.From").Should().Be("请填写进站日期");
        }

        using var twice = await staff.SubmitFormAsync(Details(station.Id), Form(("Assign.DeputyId", Id(deputy.Id))), "#assign");
        (await RefusedAsync(twice)).FieldError("Assign.DeputyId").Should().Be(StationMessages.AlreadyAssigned.Message);
        (await StoredStationAsync(station.Id)).Members.Should().ContainSingle();
    }

    [Fact]
    public async Task Staff_records_a_deputy_of_another_level_inline_and_assigns_them_in_the_same_save()
    {
        var station = await StationWithAsync("钢城街道人大代表联络站");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync(Details(station.Id), Form(
            ("Other.Name", "孙晓梅"), ("Other.Gender", nameof(Gender.Female)), ("Other.Level", nameof(DeputyLevel.County)),
            ("Other.WorkUnit", "青山区实验小学教师"), ("Other.Role", nameof(StationRole.DeputyHead)), ("Other.From", "2026-03-02")), "#add-other");
        ShouldRedirect(response, Details(station.Id));

        var deputy = await DbAsync(db => db.Deputies.AsNoTracking().SingleAsync(d => d.Name == "孙晓梅"));
        deputy.Level.Should().Be(DeputyLevel.County);
        deputy.Gender.Should().Be(Gender.Female);
        deputy.WorkUnitAndTitle.Should().Be("青山区实验小学教师");
        deputy.TermId.Should().BeNull();
        var member = (await StoredStationAsync(station.Id)).Members.Single();
        member.DeputyId.Should().Be(deputy.Id);
        member.Role.Should().Be(StationRole.DeputyHead);

        // One SaveChanges: both rows were written together, with one audit instant.
        var audit = await DbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == DeputyType && a.EntityKey == Id(deputy.Id)) || (a.EntityType == nameof(StationMember) && a.EntityKey == Id(member.Id)))
            .ToListAsync());
        audit.Select(a => (a.EntityType, a.Action)).Should().BeEquivalentTo([(DeputyType, AuditAction.Created), (nameof(StationMember), AuditAction.Created)]);
        audit.Select(a => a.At).Distinct().Should().ContainSingle();

        var page = await staff.GetDocumentAsync(Details(station.Id));
        Text(page, "main").Should().Contain("已登记县（区）人大代表孙晓梅并安排进站");
        Text(page, $"#member-{deputy.Id}").Should().Contain("孙晓梅（县（区）人大代表）").And.Contain("副站长");
    }

    [Fact]
    public async Task The_inline_form_refuses_a_duplicate_or_a_municipal_deputy_and_writes_nothing()
    {
        await Data.OtherLevelDeputyAsync("赵乡长", DeputyLevel.Township);
        var station = await StationWithAsync("钢城街道人大代表联络站");
        using var staff = await StaffAsync();

        using (var duplicate = await staff.SubmitFormAsync(Details(station.Id), Form(
            ("Other.Name", "赵乡长"), ("Other.Gender", nameof(Gender.Female)), ("Other.Level", nameof(DeputyLevel.Township))), "#add-other"))
        {
            var page = await RefusedAsync(duplicate);
            page.FieldError("Other.Name").Should().Be(StationMessages.OtherLevelDeputyExists.Message);
            Value(page, "Other.Name").Should().Be("赵乡长");
        }

        using (var municipal = await staff.SubmitFormAsync(Details(station.Id), Form(
            ("Other.Name", "钱市代"), ("Other.Gender", nameof(Gender.Male)), ("Other.Level", nameof(DeputyLevel.Municipal))), "#add-other"))
        {
            (await RefusedAsync(municipal)).FieldError("Other.Level").Should().Be(DeputyMessages.MunicipalNeedsTermAndNumber.Message);
        }

        using (var missing = await staff.SubmitFormAsync(Details(station.Id), Form(("Other.Name", ""), ("Other.Level", "")), "#add-other"))
        {
            var page = await RefusedAsync(missing);
            page.FieldError("Other.Name").Should().Be("请填写姓名");
            page.FieldError("Other.Gender").Should().Be("请选择性别");
            page.FieldError("Other.Level").Should().Be("请选择代表层级");
        }

        (await DbAsync(db => db.Deputies.CountAsync())).Should().Be(1);
        (await StoredStationAsync(station.Id)).Members.Should().BeEmpty();
    }

    [Fact]
    public async Task Staff_changes_a_role_and_ends_an_assignment_and_is_reminded_of_the_rotation()
    {
        var head = await Data.DeputyAsync("李建国", "16001");
        var member = await Data.DeputyAsync("张红梅", "16002");
        var station = await StationWithAsync("钢城街道人大代表联络站", head.Id, member.Id);
        await Data.ScheduleAsync(station.Id, new ScheduleRule(RecurrenceKind.Weekly, new(9, 0), new(11, 0), new DateOnly(2026, 1, 1), Weekday: DayOfWeek.Monday), head.Id, member.Id);
        using var staff = await StaffAsync();

        using (var role = await staff.SubmitFormAsync(Details(station.Id), Form(("role", nameof(StationRole.DeputyHead))), $"#role-{member.Id}"))
        {
            ShouldRedirect(role, Details(station.Id));
        }
        (await StoredStationAsync(station.Id)).Members.Single(m => m.DeputyId == member.Id).Role.Should().Be(StationRole.DeputyHead);

        using (var early = await staff.SubmitFormAsync(Details(station.Id), Form(("to", "2020-01-01")), $"#end-{member.Id}"))
        {
            ShouldRedirect(early, Details(station.Id));
        }
        Text(await staff.GetDocumentAsync(Details(station.Id)), ".alert-danger").Should().Contain(StationMessages.AssignmentEndBeforeStart.Message);

        using (var end = await staff.SubmitFormAsync(Details(station.Id), Form(("to", "2026-03-02")), $"#end-{member.Id}"))
        {
            ShouldRedirect(end, Details(station.Id));
        }
        var ended = (await StoredStationAsync(station.Id)).Members.Single(m => m.DeputyId == member.Id);
        ended.To.Should().Be(Today);
        var page = await staff.GetDocumentAsync(Details(station.Id));
        Text(page, "main").Should().Contain("张红梅已离站").And.Contain("轮值名单");
        page.QuerySelector($"#member-{member.Id}").Should().BeNull();
        Text(page, "#past-members").Should().Contain("张红梅").And.Contain("2026年3月2日");
        (await AuditAsync(nameof(StationMember), ended.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated, AuditAction.Updated);
    }
}
