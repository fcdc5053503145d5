using System.Text.Json;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Pages.Audit;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Admin.Users;
using CongressPortal.Web.Tests.Pages.Audit;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>The audit trail: every change leaves a row, private values are masked, and the rows cannot be changed.</summary>
public sealed class AuditTests(PortalAppFactory app) : WebTest(app)
{
    private sealed record Change(string? Old, string? New);

    private static Dictionary<string, Change> ChangesOf(AuditEntry entry) =>
        JsonSerializer.Deserialize<Dictionary<string, Change>>(entry.Changes)!;

    private Task<List<AuditEntry>> EntriesAsync(string entityType, string entityKey) =>
        DbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityKey == entityKey).OrderBy(a => a.Id).ToListAsync());

    private Task<int> AuditCountAsync() => DbAsync(db => db.AuditEntries.CountAsync());

    /// <summary>The append-only trigger's refusal (see the Initial migration).</summary>
    private static bool Refused(Exception e) => (e as PostgresException ?? e.InnerException as PostgresException)?.SqlState == PostgresErrorCodes.InsufficientPrivilege;

    private static bool IsUniqueViolation(Exception e) => (e.InnerException as PostgresException)?.SqlState == PostgresErrorCodes.UniqueViolation;

    [Fact]
    public async Task Every_change_made_through_a_form_leaves_a_row_with_user_IP_entity_key_and_old_and_new_values()
    {
        await using var host = ClientAddress.Host(App);
        await CreateUserAsync("admin-zhao", [PortalRole.Admin], displayName: "管理员 赵敏");
        using var admin = ClientAddress.Client(host);
        await admin.LoginAsync("admin-zhao", Password);

        var create = (await admin.GetDocumentAsync("/Admin/Users/Create")).WithRoles(PortalRole.Staff);
        using (var created = await admin.SubmitFormAsync(create, AccountForms.NewAccount("clerk", "工作人员")))
        {
            created.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        }
        var clerk = await DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "clerk"));
        (await admin.SubmitFormAsync($"/Admin/Users/Edit/{clerk.Id}", new Dictionary<string, string?> { ["Input.DisplayName"] = "代表工作室 王晓燕" })).Dispose();
        (await admin.SubmitFormAsync($"/Admin/Users/Edit/{clerk.Id}", new Dictionary<string, string?>(), "form#disable-form")).Dispose();

        var rows = await EntriesAsync("AppUser", clerk.Id);
        // Created, renamed, disabled; the new security stamp that comes with disabling is bookkeeping, not a row of its own.
        rows.Select(r => r.Action).Should().Equal(AuditAction.Created, AuditAction.Updated, AuditAction.Updated);
        rows.Should().AllSatisfy(r =>
        {
            r.UserId.Should().NotBeNull();
            r.UserName.Should().Be("管理员 赵敏（admin-zhao）");
            r.IpAddress.Should().Be(ClientAddress.Ip);
            r.At.Should().Be(TestClock.Start);
        });
        var creation = ChangesOf(rows[0]);
        creation["UserName"].Should().Be(new Change(null, "clerk"));
        creation["DisplayName"].Should().Be(new Change(null, "工作人员"));
        ChangesOf(rows[1]).Should().ContainKey("DisplayName").WhoseValue.Should().Be(new Change("工作人员", "代表工作室 王晓燕"));
        rows.Skip(2).Select(ChangesOf).Should().Contain(c => c.ContainsKey("IsDisabled") && c["IsDisabled"] == new Change("False", "True"));

        var staffRoleId = await DbAsync(db => db.Roles.Where(r => r.Name == PortalRole.Staff).Select(r => r.Id).SingleAsync());
        var roleRow = (await EntriesAsync("IdentityUserRole<string>", $"{clerk.Id},{staffRoleId}")).Should().ContainSingle().Subject;
        roleRow.Action.Should().Be(AuditAction.Created);
        roleRow.IpAddress.Should().Be(ClientAddress.Ip);
        ChangesOf(roleRow)["RoleId"].Should().Be(new Change(null, staffRoleId));
    }

    [Fact]
    public async Task Password_hashes_are_masked_and_security_stamps_left_out_of_the_audit_log()
    {
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff]);
        await ServiceAsync<UserManager<AppUser>, IdentityResult>(async users =>
            await users.ChangePasswordAsync((await users.FindByIdAsync(clerk.Id))!, Password, "Another-Secret-2026"));

        var rows = await EntriesAsync("AppUser", clerk.Id);

        rows.Should().HaveCountGreaterThanOrEqualTo(2);
        ChangesOf(rows[0])["PasswordHash"].Should().Be(new Change(null, "******"));
        ChangesOf(rows[^1])["PasswordHash"].Should().Be(new Change("******", "******"));
        var stamp = await DbAsync(db => db.Users.Where(u => u.Id == clerk.Id).Select(u => u.SecurityStamp).SingleAsync());
        rows.Should().AllSatisfy(r =>
        {
            r.Changes.Should().NotContain("AQAAAA", "an Identity password hash never reaches the log");
            // Stamps are secrets and change on every save: not even masked, they are left out.
            ChangesOf(r).Keys.Should().NotContain(["SecurityStamp", "ConcurrencyStamp", "NormalizedUserName"]);
            r.Changes.Should().NotContain(stamp!);
        });
    }

    [Fact]
    public async Task A_phone_number_is_masked_in_the_audit_log()
    {
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff]);
        await ServiceAsync<UserManager<AppUser>, IdentityResult>(async users => await users.SetPhoneNumberAsync((await users.FindByIdAsync(clerk.Id))!, "13812341234"));
        await ServiceAsync<UserManager<AppUser>, IdentityResult>(async users => await users.SetPhoneNumberAsync((await users.FindByIdAsync(clerk.Id))!, "13956785678"));

        var rows = await EntriesAsync("AppUser", clerk.Id);

        var phoneChanges = rows.Select(ChangesOf).Where(c => c.ContainsKey("PhoneNumber")).Select(c => c["PhoneNumber"]).ToList();
        phoneChanges.Should().Equal(new Change(null, "138****1234"), new Change("138****1234", "139****5678"));
        rows.Should().AllSatisfy(r => r.Changes.Should().NotContain("13812341234").And.NotContain("13956785678"));
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_updated_deleted_or_truncated_through_the_apps_database_connection()
    {
        var original = await DbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).FirstAsync());
        var count = await AuditCountAsync();

        await DbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(a => a.Id == original.Id);
            entry.UserName = "篡改者";
            entry.Changes = "{}";
            await db.Invoking(d => d.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>().Where(e => Refused(e));
        });
        await DbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(a => a.Id == original.Id));
            await db.Invoking(d => d.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>().Where(e => Refused(e));
        });
        // Bulk statements skip the change tracker but not the trigger.
        await DbAsync(async db =>
        {
            await db.Invoking(d => d.AuditEntries.ExecuteDeleteAsync()).Should().ThrowAsync<PostgresException>().Where(e => Refused(e));
            await db.Invoking(d => d.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, "篡改者"))).Should().ThrowAsync<PostgresException>().Where(e => Refused(e));
            await db.Invoking(d => d.Database.ExecuteSqlRawAsync("TRUNCATE audit_entries")).Should().ThrowAsync<PostgresException>().Where(e => Refused(e));
        });

        (await AuditCountAsync()).Should().Be(count);
        (await DbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == original.Id))).Should().BeEquivalentTo(original);
    }

    [Fact]
    public async Task A_change_and_its_audit_rows_commit_together_so_a_failed_save_leaves_neither()
    {
        await Data.UnitAsync("示例市教育局");
        var before = await AuditCountAsync();

        await DbAsync(async db =>
        {
            db.Committees.Add(Committee.Create("新设委员会", null, CommitteeKind.Working, 9));
            db.HandlingUnits.Add(HandlingUnit.Create("示例市教育局", null, HandlingUnitKind.GovernmentDepartment, null, null, 2));
            await db.Invoking(d => d.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>()
                .Where(e => IsUniqueViolation(e));
        });

        (await AuditCountAsync()).Should().Be(before);
        (await DbAsync(db => db.Committees.AnyAsync(c => c.Name == "新设委员会"))).Should().BeFalse();
    }

    [Fact]
    public async Task Every_entity_type_is_audited_except_the_audit_log_itself_the_key_ring_the_authenticator_tokens_and_the_open_data_index()
    {
        // Identity's user tokens hold the authenticator key and the recovery codes' hashes: they never reach the log; the
        // two-step events are written by SignInAudit instead (ADR 0024). The open data index is derived from audited records
        // and rebuilt from them at will (ADR 0026).
        AuditInterceptor.NotAudited.Should().BeEquivalentTo([typeof(AuditEntry), typeof(DataProtectionKey), typeof(Microsoft.AspNetCore.Identity.IdentityUserToken<string>),
            typeof(Web.OpenData.OpenDataObject), typeof(Web.OpenData.OpenDataChange), typeof(Web.OpenData.OpenDataKindState)]);
        var model = await DbAsync(db => Task.FromResult(db.Model));
        var audited = model.GetEntityTypes().Where(t => !AuditInterceptor.NotAudited.Contains(t.ClrType)).ToList();
        audited.Should().HaveCount(model.GetEntityTypes().Count() - 6);
        // The auditor's type filter offers each of them.
        AuditLabels.AuditedTypes(model).Should().HaveCount(audited.Count)
            .And.Contain(["AppUser", "IdentityUserRole<string>", "IdentityRole", "Committee", "HandlingUnit", "Deputy", "Term", "CalendarDay"]);
    }

    [Fact]
    public async Task Adding_changing_and_deleting_records_of_different_types_each_leave_a_row_with_the_right_action()
    {
        var committee = await Data.CommitteeAsync("财政经济委员会");
        var unit = await Data.UnitAsync("示例市教育局");
        var deputy = await Data.DeputyAsync("王秀英", "16088");
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff]);
        await DbAsync(async db =>
        {
            var c = await db.Committees.SingleAsync(x => x.Id == committee.Id);
            c.Update("财政经济委员会（改）", "财经委", c.Kind, c.SortOrder);
            (await db.HandlingUnits.SingleAsync(x => x.Id == unit.Id)).SetActive(false);
            db.Deputies.Remove(await db.Deputies.SingleAsync(x => x.Id == deputy.Id));
            await db.SaveChangesAsync();
            db.Committees.Remove(c);
            await db.SaveChangesAsync();
        });
        await ServiceAsync<UserManager<AppUser>, IdentityResult>(async users => await users.RemoveFromRoleAsync((await users.FindByIdAsync(clerk.Id))!, PortalRole.Staff));

        static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (await EntriesAsync("Committee", Key(committee.Id))).Select(r => r.Action).Should().Equal(AuditAction.Created, AuditAction.Updated, AuditAction.Deleted);
        (await EntriesAsync("HandlingUnit", Key(unit.Id))).Select(r => r.Action).Should().Equal(AuditAction.Created, AuditAction.Updated);
        (await EntriesAsync("Deputy", Key(deputy.Id))).Select(r => r.Action).Should().Equal(AuditAction.Created, AuditAction.Deleted);
        var staffRoleId = await DbAsync(db => db.Roles.Where(r => r.Name == PortalRole.Staff).Select(r => r.Id).SingleAsync());
        (await EntriesAsync("IdentityUserRole<string>", $"{clerk.Id},{staffRoleId}")).Select(r => r.Action).Should().Equal(AuditAction.Created, AuditAction.Deleted);

        var update = (await EntriesAsync("Committee", Key(committee.Id)))[1];
        ChangesOf(update).Should().BeEquivalentTo(new Dictionary<string, Change>
        {
            ["Name"] = new("财政经济委员会", "财政经济委员会（改）"),
            ["ShortName"] = new(null, "财经委"),
        });
        var deletion = ChangesOf((await EntriesAsync("Deputy", Key(deputy.Id)))[1]);
        deletion["Name"].Should().Be(new Change("王秀英", null), "a deletion records what was removed");
        // Outside a request the change is the system's.
        (await EntriesAsync("Committee", Key(committee.Id))).Should().AllSatisfy(r => r.UserName.Should().Be("系统"));
    }
}
