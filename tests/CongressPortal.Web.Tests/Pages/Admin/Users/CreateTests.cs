using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Pages.Admin.Users;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Admin.Users;

public sealed class CreateTests(PortalAppFactory app) : WebTest(app)
{
    private const string NewPassword = "Renda-Zhanghu-2026";

    private Task<int> AccountCountAsync() => DbAsync(db => db.Users.CountAsync());

    [Theory]
    [InlineData(PortalRole.Admin, "/Admin")]
    [InlineData(PortalRole.Staff, "/Staff")]
    [InlineData(PortalRole.Deputy, "/Deputy")]
    [InlineData(PortalRole.HandlingUnit, "/Unit")]
    [InlineData(PortalRole.Auditor, "/Audit")]
    public async Task Admin_creates_an_account_of_each_role_with_its_link_and_the_new_account_can_sign_in(string role, string desk)
    {
        var deputy = await Data.DeputyAsync("王秀英", "16088");
        var unit = await Data.UnitAsync("示例市交通运输局");
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var form = (await admin.GetDocumentAsync("/Admin/Users/Create")).WithRoles(role);
        var fields = AccountForms.NewAccount("new-account", "新账号", NewPassword);
        // Each list shows what an administrator needs to pick the right record.
        fields["Input.DeputyId"] = role == PortalRole.Deputy ? form.Option("Input.DeputyId", "王秀英（代表证号 16088）") : "";
        fields["Input.HandlingUnitId"] = role == PortalRole.HandlingUnit ? form.Option("Input.HandlingUnitId", "示例市交通运输局") : "";

        using var response = await admin.SubmitFormAsync(form, fields);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().StartWith("/Admin/Users/Edit/");
        var created = await DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "new-account"));
        created.DisplayName.Should().Be("新账号");
        created.DeputyId.Should().Be(role == PortalRole.Deputy ? deputy.Id : null);
        created.HandlingUnitId.Should().Be(role == PortalRole.HandlingUnit ? unit.Id : null);
        created.CreatedAt.Should().Be(TestClock.Start);
        (await ServiceAsync<UserManager<AppUser>, IList<string>>(users => users.GetRolesAsync(created))).Should().Equal(role);

        using var newcomer = AnonymousClient();
        await newcomer.LoginAsync("new-account", NewPassword);
        if (role is PortalRole.Admin or PortalRole.Auditor)
        {
            // Administrators and auditors set up two-step verification before anything else (ADR 0024).
            var enrol = await newcomer.GetDocumentAsync("/Account/TwoFactor/Enrol");
            var key = enrol.QuerySelector("#enrol-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
            using var enrolled = await newcomer.SubmitFormAsync(enrol, new Dictionary<string, string?> { ["Input.Code"] = TestTotp.Code(key, App.Clock.GetUtcNow()) });
            enrolled.StatusCode.Should().Be(HttpStatusCode.OK);
            (await PortalClient.ParseAsync(enrolled)).QuerySelectorAll("#recovery-code-list li").Should().HaveCount(10);
        }
        using var workspace = await newcomer.GetAsync("/Account/Workspace");
        workspace.Headers.Location!.OriginalString.Should().Be(desk);
        (await newcomer.GetAsync(desk)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Admin_and_Auditor_on_one_account_are_refused_for_separation_of_duties()
    {
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var before = await AccountCountAsync();
        var form = (await admin.GetDocumentAsync("/Admin/Users/Create")).WithRoles(PortalRole.Admin, PortalRole.Auditor);

        using var response = await admin.SubmitFormAsync(form, AccountForms.NewAccount("both-hats", "两顶帽子"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Input.Roles").Should().Be(DomainMessages.AdminAndAuditorExclusive.Message);
        // What the administrator ticked and typed is still there.
        page.QuerySelector("#Input_UserName")!.GetAttribute("value").Should().Be("both-hats");
        page.QuerySelector("#role-Admin")!.HasAttribute("checked").Should().BeTrue();
        page.QuerySelector("#role-Auditor")!.HasAttribute("checked").Should().BeTrue();
        (await AccountCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task The_Deputy_role_without_a_linked_deputy_is_refused_next_to_the_deputy_list()
    {
        await Data.DeputyAsync();
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var before = await AccountCountAsync();
        var form = (await admin.GetDocumentAsync("/Admin/Users/Create")).WithRoles(PortalRole.Deputy);

        using var response = await admin.SubmitFormAsync(form, AccountForms.NewAccount("lonely-deputy", "无代表"));

        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Input.DeputyId").Should().Be(DomainMessages.DeputyRoleNeedsDeputy.Message);
        (await AccountCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_linked_unit_without_the_HandlingUnit_role_is_refused_next_to_the_unit_list()
    {
        await Data.UnitAsync();
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var form = (await admin.GetDocumentAsync("/Admin/Users/Create")).WithRoles(PortalRole.Staff);
        var fields = AccountForms.NewAccount("staff-with-unit", "带单位的工作人员");
        fields["Input.HandlingUnitId"] = form.Option("Input.HandlingUnitId", "示例市住房和城乡建设局");

        using var response = await admin.SubmitFormAsync(form, fields);

        (await PortalClient.ParseAsync(response)).FieldError("Input.HandlingUnitId").Should().Be(DomainMessages.UnitLinkNeedsRole.Message);
    }

    [Fact]
    public async Task No_role_at_all_is_refused()
    {
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var form = (await admin.GetDocumentAsync("/Admin/Users/Create")).WithRoles();

        using var response = await admin.SubmitFormAsync(form, AccountForms.NewAccount("nobody", "无角色"));

        (await PortalClient.ParseAsync(response)).FieldError("Input.Roles").Should().Be(DomainMessages.AtLeastOneRole.Message);
    }

    [Theory]
    [InlineData("Ab1!short", "密码至少需要12个字符。")]
    [InlineData("onlylowercaseletters", "密码须包含大写字母、小写字母、数字、符号中的至少三类。")]
    [InlineData("Welcome@2026", "该密码过于常见，容易被猜中，请换一个。")]
    [InlineData("Xx-careful-Clerk-9", "密码不能包含用户名。")]
    public async Task A_weak_or_common_password_is_refused_next_to_the_password_and_the_input_is_kept(string password, string message)
    {
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var before = await AccountCountAsync();
        var form = (await admin.GetDocumentAsync("/Admin/Users/Create")).WithRoles(PortalRole.Staff);

        using var response = await admin.SubmitFormAsync(form, AccountForms.NewAccount("clerk", "代表工作室 王晓燕", password));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Input.Password").Should().Be(message);
        page.QuerySelector("#Input_UserName")!.GetAttribute("value").Should().Be("clerk");
        page.QuerySelector("#Input_DisplayName")!.GetAttribute("value").Should().Be("代表工作室 王晓燕");
        page.QuerySelector("#role-Staff")!.HasAttribute("checked").Should().BeTrue();
        (await AccountCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Different_passwords_in_the_two_fields_are_refused()
    {
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var form = (await admin.GetDocumentAsync("/Admin/Users/Create")).WithRoles(PortalRole.Staff);
        var fields = AccountForms.NewAccount("clerk", "工作人员");
        fields["Input.ConfirmPassword"] = "Something-Else-2026";

        using var response = await admin.SubmitFormAsync(form, fields);

        (await PortalClient.ParseAsync(response)).FieldError("Input.ConfirmPassword").Should().Be("两次输入的密码不一致");
    }

    [Fact]
    public async Task A_user_name_already_taken_is_refused_next_to_the_user_name_along_with_a_weak_password()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var before = await AccountCountAsync();
        var form = (await admin.GetDocumentAsync("/Admin/Users/Create")).WithRoles(PortalRole.Staff);

        using var response = await admin.SubmitFormAsync(form, AccountForms.NewAccount("CLERK", "另一个工作人员", "Welcome@2026"));

        var page = await PortalClient.ParseAsync(response);
        // Both problems at once, each by its field: user names are compared case-insensitively.
        page.FieldError("Input.UserName").Should().Be("用户名“CLERK”已被使用。");
        page.FieldError("Input.Password").Should().Be("该密码过于常见，容易被猜中，请换一个。");
        (await AccountCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_deputy_who_already_has_an_account_is_not_offered_and_is_refused_if_posted()
    {
        var deputy = await Data.DeputyAsync("李建国", "16001");
        await CreateUserAsync("li-jianguo", [PortalRole.Deputy], deputyId: deputy.Id);
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var form = (await admin.GetDocumentAsync("/Admin/Users/Create")).WithRoles(PortalRole.Deputy);
        form.QuerySelectorAll("select[name='Input.DeputyId'] option").Select(o => o.TextContent).Should().NotContain(t => t.Contains("李建国"));
        var fields = AccountForms.NewAccount("li-second", "第二个账号");
        fields["Input.DeputyId"] = AccountForms.Id(deputy.Id);

        using var response = await admin.SubmitFormAsync(form, fields);

        (await PortalClient.ParseAsync(response)).FieldError("Input.DeputyId").Should().Be(AccountMessages.DeputyTaken("li-jianguo").Message);
    }

    [Fact]
    public async Task When_adding_the_roles_fails_the_account_itself_is_not_left_behind()
    {
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var form = (await admin.GetDocumentAsync("/Admin/Users/Create")).WithRoles(PortalRole.Auditor);
        // The role disappears between opening the form and saving: the account is created, then adding the role throws.
        await ServiceAsync<RoleManager<IdentityRole>, IdentityResult>(async roles => await roles.DeleteAsync((await roles.FindByNameAsync(PortalRole.Auditor))!));

        using var response = await admin.SubmitFormAsync(form, AccountForms.NewAccount("half-made", "半成品"));

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await DbAsync(db => db.Users.AnyAsync(u => u.UserName == "half-made"))).Should().BeFalse();
        (await DbAsync(db => db.AuditEntries.Select(a => a.Changes).ToListAsync())).Should().NotContain(c => c.Contains("half-made"));
    }
}
