using System.Net;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Reference.Committees;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference.Committees;

public sealed class EditTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Committees";

    private Task<Committee> StoredAsync(int id) => DbAsync(db => db.Committees.AsNoTracking().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Staff_creates_a_committee_and_the_list_shows_its_kind_in_Chinese()
    {
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.Name", "法制工作委员会"), ("Input.ShortName", "法工委"), ("Input.Kind", nameof(CommitteeKind.Working)), ("Input.SortOrder", "9")));
        ShouldRedirect(response, List);

        var committee = await DbAsync(db => db.Committees.SingleAsync(c => c.Name == "法制工作委员会"));
        committee.ShortName.Should().Be("法工委");
        committee.Kind.Should().Be(CommitteeKind.Working);
        committee.IsActive.Should().BeTrue();
        var list = await staff.GetDocumentAsync(List);
        Text(list, "main").Should().Contain("已保存“法制工作委员会”").And.Contain("工作委员会");
        (await AuditAsync(nameof(Committee), committee.Id)).Should().Equal(AuditAction.Created);
    }

    [Fact]
    public async Task Staff_edits_a_committee_and_the_change_is_audited()
    {
        var committee = await Data.CommitteeAsync("财政经济委员会");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit/{committee.Id}", Form(("Input.ShortName", "财经委"), ("Input.SortOrder", "2")));
        ShouldRedirect(response, List);

        var stored = await StoredAsync(committee.Id);
        stored.ShortName.Should().Be("财经委");
        stored.SortOrder.Should().Be(2);
        stored.Name.Should().Be("财政经济委员会");
        (await AuditAsync(nameof(Committee), committee.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated);
    }

    [Fact]
    public async Task Missing_fields_get_Chinese_messages_next_to_each_field_and_what_was_typed_is_kept()
    {
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.Name", ""), ("Input.ShortName", "法工委"), ("Input.Kind", ""), ("Input.SortOrder", "")));
        var page = await RefusedAsync(response);

        page.FieldError("Input.Name").Should().Be("请填写名称");
        page.FieldError("Input.Kind").Should().Be("请选择类别");
        page.FieldError("Input.SortOrder").Should().Be("请填写排序号");
        Value(page, "Input.ShortName").Should().Be("法工委");
        (await DbAsync(db => db.Committees.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_name_over_the_limit_is_refused_next_to_the_field()
    {
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(("Input.Name", new string('委', 101))));
        (await RefusedAsync(response)).FieldError("Input.Name").Should().Be("名称不能超过100个字");
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_next_to_the_name_and_the_input_is_kept()
    {
        await Data.CommitteeAsync("财政经济委员会");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(("Input.Name", "财政经济委员会"), ("Input.ShortName", "另一个")));
        var page = await RefusedAsync(response);

        page.FieldError("Input.Name").Should().Be(EditModel.Handler.UniqueName.Message);
        Value(page, "Input.Name").Should().Be("财政经济委员会");
        Value(page, "Input.ShortName").Should().Be("另一个");
        (await DbAsync(db => db.Committees.CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task Two_staff_edit_one_committee_the_second_save_shows_the_first_ones_values_and_a_second_attempt_overwrites()
    {
        var committee = await Data.CommitteeAsync("财政经济委员会");
        var url = $"{List}/Edit/{committee.Id}";
        using var first = await StaffAsync();
        using var second = await StaffAsync();
        var firstForm = await first.GetDocumentAsync(url);
        var secondForm = await second.GetDocumentAsync(url);

        using (var saved = await first.SubmitFormAsync(firstForm, Form(("Input.Name", "财政经济委员会（已更名）"))))
        {
            ShouldRedirect(saved, List);
        }

        using var conflict = await second.SubmitFormAsync(secondForm, Form(("Input.ShortName", "财经委")));
        var page = await RefusedAsync(conflict);
        var panel = Text(page, ".conflict-box");
        panel.Should().Contain(CommandResult<string>.ConflictMessage).And.Contain("财政经济委员会（已更名）");
        Value(page, "Input.ShortName").Should().Be("财经委", "the second person's input stays in the form");
        Value(page, "Input.Name").Should().Be("财政经济委员会");
        var afterConflict = await StoredAsync(committee.Id);
        afterConflict.Name.Should().Be("财政经济委员会（已更名）", "nothing of the second save was written");
        afterConflict.ShortName.Should().BeNull();
        Value(page, "Input.Version").Should().Be(afterConflict.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Having seen the other values, the second person saves again on purpose.
        using var overwrite = await second.SubmitFormAsync(page, Form());
        ShouldRedirect(overwrite, List);
        var final = await StoredAsync(committee.Id);
        final.Name.Should().Be("财政经济委员会");
        final.ShortName.Should().Be("财经委");
    }

    [Fact]
    public async Task Saving_a_committee_that_someone_else_deleted_says_it_was_deleted()
    {
        var committee = await Data.CommitteeAsync("财政经济委员会");
        using var first = await StaffAsync();
        using var second = await StaffAsync();
        var form = await second.GetDocumentAsync($"{List}/Edit/{committee.Id}");
        using (var deleted = await first.SubmitFormAsync(List, Form(), $"#delete-{committee.Id}"))
        {
            deleted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        using var response = await second.SubmitFormAsync(form, Form(("Input.ShortName", "财经委")));
        var page = await RefusedAsync(response);
        Text(page, ".conflict-box").Should().Contain("已被其他人删除");
        (await DbAsync(db => db.Committees.CountAsync())).Should().Be(0, "a save never brings a deleted record back");
    }

    [Fact]
    public async Task Editing_a_committee_that_does_not_exist_answers_404()
    {
        using var staff = await StaffAsync();
        using var response = await staff.GetAsync($"{List}/Edit/987654");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
