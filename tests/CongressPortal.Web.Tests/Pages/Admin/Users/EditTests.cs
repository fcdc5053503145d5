using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Account;
using CongressPortal.Web.Pages.Admin.Users;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Admin.Users;

public sealed class EditTests(PortalAppFactory app) : WebTest(app)
{
    private static string EditUrl(AppUser user) => $"/Admin/Users/Edit/{user.Id}";

    private Task<IList<string>> RolesOfAsync(AppUser user) =>
        ServiceAsync<UserManager<AppUser>, IList<string>>(async users => await users.GetRolesAsync((await users.FindByIdAsync(user.Id))!));

    private Task<AppUser> ReloadAsync(AppUser user) => DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));

    [Fact]
    public async Task Admin_changes_display_name_roles_and_link_and_the_open_session_ends_within_a_minute()
    {
        var deputy = await Data.DeputyAsync("王秀英", "16088");
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var clerkSession = AnonymousClient();
        await clerkSession.LoginAsync("clerk", Password);
        (await clerkSession.GetAsync("/Staff")).StatusCode.Should().Be(HttpStatusCode.OK);
        using var admin = await SignedInClientAsync(PortalRole.Admin);

        var form = (await admin.GetDocumentAsync(EditUrl(clerk))).WithRoles(PortalRole.Staff, PortalRole.Deputy);
        using var response = await admin.SubmitFormAsync(form, new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = "代表 王秀英",
            ["Input.DeputyId"] = form.Option("Input.DeputyId", "王秀英"),
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var saved = await ReloadAsync(clerk);
        saved.DisplayName.Should().Be("代表 王秀英");
        saved.DeputyId.Should().Be(deputy.Id);
        (await RolesOfAsync(clerk)).Should().BeEquivalentTo(PortalRole.Staff, PortalRole.Deputy);
        (await admin.GetDocumentAsync(EditUrl(clerk))).QuerySelector(".alert-success")!.TextContent.Should().Contain("已保存");

        // The new security stamp ends the old session at the next check…
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        using var stale = await clerkSession.GetAsync("/Staff");
        stale.StatusCode.Should().Be(HttpStatusCode.Redirect);
        stale.Headers.Location!.AbsolutePath.Should().Be("/Account/Login");
        // …and the next sign-in carries the new role and link.
        await clerkSession.LoginAsync("clerk", Password);
        (await clerkSession.GetAsync("/Deputy")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Admin_and_Auditor_cannot_be_combined_on_edit_either()
    {
        var clerk = await CreateUserAsync("clerk", [PortalRole.Admin]);
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var form = (await admin.GetDocumentAsync(EditUrl(clerk))).WithRoles(PortalRole.Admin, PortalRole.Auditor);

        using var response = await admin.SubmitFormAsync(form, new Dictionary<string, string?>());

        (await PortalClient.ParseAsync(response)).FieldError("Input.Roles").Should().Be(DomainMessages.AdminAndAuditorExclusive.Message);
        (await RolesOfAsync(clerk)).Should().Equal(PortalRole.Admin);
    }

    [Fact]
    public async Task When_two_admins_edit_the_same_account_the_later_save_is_refused_with_the_others_values_and_can_then_overwrite()
    {
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff], displayName: "原名");
        using var first = await SignedInClientAsync(PortalRole.Admin, userName: "admin-first");
        using var second = await SignedInClientAsync(PortalRole.Admin, userName: "admin-second");
        var firstForm = await first.GetDocumentAsync(EditUrl(clerk));
        var secondForm = await second.GetDocumentAsync(EditUrl(clerk));

        (await first.SubmitFormAsync(firstForm, new Dictionary<string, string?> { ["Input.DisplayName"] = "甲改的名字" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var conflict = await second.SubmitFormAsync(secondForm.WithRoles(PortalRole.Staff, PortalRole.Auditor), new Dictionary<string, string?> { ["Input.DisplayName"] = "乙改的名字" });

        conflict.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(conflict);
        page.Summary().Should().Contain(CommandResult<string>.ConflictMessage);
        page.QuerySelector(".conflict-box")!.TextContent.Should().Contain("甲改的名字");
        page.QuerySelector("#Input_DisplayName")!.GetAttribute("value").Should().Be("乙改的名字");
        page.QuerySelector("#role-Auditor")!.HasAttribute("checked").Should().BeTrue();
        (await ReloadAsync(clerk)).DisplayName.Should().Be("甲改的名字");
        (await RolesOfAsync(clerk)).Should().Equal(PortalRole.Staff);

        // Having seen the other change, the second admin saves again on purpose.
        using var overwrite = await second.SubmitFormAsync(page, new Dictionary<string, string?>());
        overwrite.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ReloadAsync(clerk)).DisplayName.Should().Be("乙改的名字");
        (await RolesOfAsync(clerk)).Should().BeEquivalentTo(PortalRole.Staff, PortalRole.Auditor);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_Admin_role()
    {
        using var admin = await SignedInClientAsync(PortalRole.Admin, userName: "admin-self");
        var self = await DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "admin-self"));
        var form = (await admin.GetDocumentAsync(EditUrl(self))).WithRoles(PortalRole.Staff);

        using var response = await admin.SubmitFormAsync(form, new Dictionary<string, string?>());

        (await PortalClient.ParseAsync(response)).FieldError("Input.Roles").Should().Be(AccountMessages.CannotDropOwnAdmin.Message);
        (await RolesOfAsync(self)).Should().Equal(PortalRole.Admin);
    }

    [Fact]
    public async Task An_admin_who_gives_themselves_another_role_keeps_their_session()
    {
        using var admin = await SignedInClientAsync(PortalRole.Admin, userName: "admin-self");
        var self = await DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "admin-self"));
        var form = (await admin.GetDocumentAsync(EditUrl(self))).WithRoles(PortalRole.Admin, PortalRole.Staff);

        (await admin.SubmitFormAsync(form, new Dictionary<string, string?>())).StatusCode.Should().Be(HttpStatusCode.Redirect);

        App.Clock.Advance(TimeSpan.FromMinutes(2));
        (await admin.GetAsync("/Staff")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.GetAsync("/Admin")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_admin_cannot_disable_themselves()
    {
        using var admin = await SignedInClientAsync(PortalRole.Admin, userName: "admin-self");
        var self = await DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "admin-self"));

        using var response = await admin.SubmitFormAsync(EditUrl(self), new Dictionary<string, string?>(), "form#disable-form");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await admin.GetDocumentAsync(response.Headers.Location!.OriginalString);
        page.QuerySelector(".alert-danger")!.TextContent.Should().Contain(AccountMessages.CannotDisableSelf.Message);
        (await ReloadAsync(self)).IsDisabled.Should().BeFalse();
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_loses_its_open_session_and_enabling_it_lets_it_back_in()
    {
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var clerkSession = AnonymousClient();
        await clerkSession.LoginAsync("clerk", Password);
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var page = await admin.GetDocumentAsync(EditUrl(clerk));
        page.QuerySelector("form#disable-form")!.GetAttribute("data-confirm").Should().Contain("确定停用");

        using var disable = await admin.SubmitFormAsync(page, new Dictionary<string, string?>(), "form#disable-form");

        disable.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ReloadAsync(clerk)).IsDisabled.Should().BeTrue();
        var after = await admin.GetDocumentAsync(EditUrl(clerk));
        after.QuerySelector(".alert-success")!.TextContent.Should().Contain("账号已停用");
        after.QuerySelector("form#enable-form").Should().NotBeNull();

        App.Clock.Advance(TimeSpan.FromMinutes(2));
        using var stale = await clerkSession.GetAsync("/Staff");
        stale.StatusCode.Should().Be(HttpStatusCode.Redirect);
        stale.Headers.Location!.AbsolutePath.Should().Be("/Account/Login");
        using var refused = await clerkSession.SubmitFormAsync("/Account/Login", new Dictionary<string, string?> { ["Input.UserName"] = "clerk", ["Input.Password"] = Password });
        (await PortalClient.ParseAsync(refused)).Summary().Should().Contain(LoginModel.Handler.Disabled);

        (await admin.SubmitFormAsync(EditUrl(clerk), new Dictionary<string, string?>(), "form#enable-form")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ReloadAsync(clerk)).IsDisabled.Should().BeFalse();
        await clerkSession.LoginAsync("clerk", Password);
    }

    [Fact]
    public async Task Unlocking_a_locked_out_account_lets_it_sign_in_at_once()
    {
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var clerkSession = AnonymousClient();
        for (var i = 0; i < 5; i++)
        {
            (await clerkSession.SubmitFormAsync("/Account/Login", new Dictionary<string, string?> { ["Input.UserName"] = "clerk", ["Input.Password"] = "Wrong-password-1" })).Dispose();
        }
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        var page = await admin.GetDocumentAsync(EditUrl(clerk));
        page.QuerySelector(".badge.text-bg-warning")!.TextContent.Should().StartWith("已锁定至");

        using var unlock = await admin.SubmitFormAsync(page, new Dictionary<string, string?>(), "form#unlock-form");

        unlock.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await admin.GetDocumentAsync(EditUrl(clerk));
        after.QuerySelector(".alert-success")!.TextContent.Should().Contain("已解除锁定");
        after.QuerySelector("form#unlock-form").Should().BeNull();
        (await ReloadAsync(clerk)).AccessFailedCount.Should().Be(0);
        await clerkSession.LoginAsync("clerk", Password);
    }

    [Fact]
    public async Task An_unknown_account_is_not_found()
    {
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        (await admin.GetAsync("/Admin/Users/Edit/no-such-account")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
