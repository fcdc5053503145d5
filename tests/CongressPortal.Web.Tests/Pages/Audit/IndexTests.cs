using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Admin.Users;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Audit;

public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    private sealed record Story(string AdminId, string ClerkId, int CommitteeId);

    private static List<(string Entity, string Key, string Action)> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("#audit-log > tbody > tr")
            .Select(r => (r.GetAttribute("data-entity")!, r.GetAttribute("data-key")!, r.GetAttribute("data-action")!))
            .ToList();

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Day 1 (2 March, 09:00 Beijing): 管理员 甲 creates an account through the form, from 203.0.113.7.
    /// Day 2 (3 March, 07:30 Beijing, still 2 March in UTC): the system adds a committee.
    /// Day 3 (4 March): the system renames the committee, then deletes it.
    /// </summary>
    private async Task<Story> TellAsync()
    {
        string adminId;
        await using (var host = ClientAddress.Host(App))
        {
            adminId = (await CreateUserAsync("admin-a", [PortalRole.Admin], displayName: "管理员 甲")).Id;
            using var admin = ClientAddress.Client(host);
            await admin.LoginAsync("admin-a", Password);
            var form = (await admin.GetDocumentAsync("/Admin/Users/Create")).WithRoles(PortalRole.Staff);
            (await admin.SubmitFormAsync(form, AccountForms.NewAccount("clerk-a", "工作人员 乙"))).Dispose();
        }
        var clerkId = await DbAsync(db => db.Users.Where(u => u.UserName == "clerk-a").Select(u => u.Id).SingleAsync());

        App.Clock.Set(new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero));
        var committee = await Data.CommitteeAsync("财政经济委员会");

        App.Clock.Set(new DateTimeOffset(2026, 3, 4, 2, 0, 0, TimeSpan.Zero));
        await DbAsync(async db =>
        {
            var stored = await db.Committees.SingleAsync(c => c.Id == committee.Id);
            stored.Update("财政经济委员会（改）", null, CommitteeKind.Special, 1);
            await db.SaveChangesAsync();
            db.Committees.Remove(stored);
            await db.SaveChangesAsync();
        });
        return new Story(adminId, clerkId, committee.Id);
    }

    [Fact]
    public async Task The_auditor_sees_the_newest_first_with_time_user_IP_entity_key_action_and_the_changed_fields()
    {
        var story = await TellAsync();
        using var auditor = await SignedInClientAsync(PortalRole.Auditor);

        var page = await auditor.GetDocumentAsync("/Audit");

        var committee = Rows(page).Where(r => r.Entity == "Committee").Select(r => r.Action).ToList();
        committee.Should().Equal("Deleted", "Updated", "Created");
        var created = page.QuerySelector($"#audit-log > tbody > tr[data-entity='AppUser'][data-key='{story.ClerkId}'][data-action='Created']")!;
        created.QuerySelector("td")!.TextContent.Should().StartWith("2026年3月2日 09:00");
        created.QuerySelector(".audit-user")!.TextContent.Should().Be("管理员 甲（admin-a）");
        created.QuerySelector(".audit-ip")!.TextContent.Should().Be(ClientAddress.Ip);
        created.QuerySelector(".audit-entity")!.TextContent.Should().Contain("账号").And.Contain("工作人员 乙（clerk-a）").And.NotContain(story.ClerkId);
        created.QuerySelector(".audit-object")!.GetAttribute("title").Should().Be($"AppUser · {story.ClerkId}", "the stored key is still there to copy");
        created.QuerySelector(".audit-action")!.TextContent.Should().Be("新增");
        created.QuerySelector("tr[data-field='UserName'] .audit-new")!.TextContent.Should().Be("clerk-a");
        created.QuerySelector("tr[data-field='PasswordHash'] .audit-new")!.TextContent.Should().Be("******");

        var role = page.QuerySelector($"#audit-log > tbody > tr[data-entity='IdentityUserRole<string>'][data-key^='{story.ClerkId},']")!;
        role.QuerySelector(".audit-entity")!.TextContent.Should().Contain("账号角色").And.Contain("工作人员 乙（clerk-a） · 工作人员");
        role.QuerySelector("tr[data-field='UserId'] .audit-new")!.TextContent.Should().Be("工作人员 乙（clerk-a）", "account ids read as user names");
        role.QuerySelector("tr[data-field='UserId'] .audit-new")!.GetAttribute("title").Should().Be(story.ClerkId);
        role.QuerySelector("tr[data-field='UserId'] th")!.TextContent.Should().Be("账号");
        role.QuerySelector("tr[data-field='RoleId'] .audit-new")!.TextContent.Should().Be("工作人员", "role ids read as role names");

        var renamed = page.QuerySelector($"#audit-log > tbody > tr[data-entity='Committee'][data-action='Updated']")!;
        // Deleted since: named by what its own row recorded.
        renamed.QuerySelector(".audit-entity")!.TextContent.Should().Contain("委员会").And.Contain("财政经济委员会（改）");
        renamed.QuerySelector(".audit-object")!.GetAttribute("title").Should().Be($"Committee · {Key(story.CommitteeId)}");
        renamed.QuerySelector(".audit-user")!.TextContent.Should().Be("系统");
        renamed.QuerySelector("tr[data-field='Name'] .audit-old")!.TextContent.Should().Be("财政经济委员会");
        renamed.QuerySelector("tr[data-field='Name'] .audit-new")!.TextContent.Should().Be("财政经济委员会（改）");
        renamed.QuerySelector("tr[data-field='Name'] th")!.TextContent.Should().Be("名称");
    }

    [Fact]
    public async Task The_auditor_filters_by_user_entity_type_action_key_and_Beijing_dates()
    {
        var story = await TellAsync();
        using var auditor = await SignedInClientAsync(PortalRole.Auditor);
        var committee = Key(story.CommitteeId);

        // 管理员 甲 signed in (a sign-in event, not an edit of her account) and created clerk-a with a role.
        var byA = Rows(await auditor.GetDocumentAsync("/Audit?user=%E7%94%B2")); // 甲
        byA.Select(r => (r.Entity, r.Action)).Should().Equal(("IdentityUserRole<string>", "Created"), ("AppUser", "Created"), ("AppUser", "SignedIn"));
        byA[0].Key.Should().StartWith(story.ClerkId + ",");
        byA[1].Key.Should().Be(story.ClerkId);
        byA[2].Key.Should().Be(story.AdminId);
        Rows(await auditor.GetDocumentAsync("/Audit?type=Committee")).Should()
            .Equal(("Committee", committee, "Deleted"), ("Committee", committee, "Updated"), ("Committee", committee, "Created"));
        Rows(await auditor.GetDocumentAsync("/Audit?action=Deleted")).Should().Equal(("Committee", committee, "Deleted"));
        Rows(await auditor.GetDocumentAsync($"/Audit?type=Committee&key={committee}&action=Updated")).Should().Equal(("Committee", committee, "Updated"));
        Rows(await auditor.GetDocumentAsync($"/Audit?key={story.ClerkId}")).Should().Equal(("AppUser", story.ClerkId, "Created"));
        // 23:30 UTC on 2 March is 07:30 on 3 March in Beijing: the committee was added on the 3rd.
        Rows(await auditor.GetDocumentAsync("/Audit?from=2026-03-03&to=2026-03-03")).Should().Equal(("Committee", committee, "Created"));
        Rows(await auditor.GetDocumentAsync("/Audit?type=Committee&to=2026-03-02")).Should().BeEmpty();
        Rows(await auditor.GetDocumentAsync("/Audit?type=Committee&from=2026-03-04")).Select(r => r.Action).Should().Equal("Deleted", "Updated");

        var filtered = await auditor.GetDocumentAsync("/Audit?type=Committee&action=Updated");
        filtered.QuerySelector<IHtmlSelectElement>("#type")!.Value.Should().Be("Committee");
        filtered.QuerySelector<IHtmlSelectElement>("#action")!.Value.Should().Be("Updated");
        filtered.QuerySelectorAll("#type option").Select(o => o.TextContent).Should().Contain(["委员会", "账号", "账号角色"]);
    }

    [Fact]
    public async Task People_and_records_read_by_name_sign_ins_as_events_and_no_GUID_shows_in_the_table()
    {
        var story = await TellAsync();
        using var auditor = await SignedInClientAsync(PortalRole.Auditor);

        var page = await auditor.GetDocumentAsync("/Audit");

        var signIn = page.QuerySelector($"#audit-log > tbody > tr[data-entity='AppUser'][data-key='{story.AdminId}'][data-action='SignedIn']")!;
        signIn.QuerySelector(".audit-action")!.TextContent.Should().Be("登录");
        signIn.QuerySelector(".audit-user")!.TextContent.Should().Be("管理员 甲（admin-a）");
        signIn.QuerySelector(".audit-ip")!.TextContent.Should().Be(ClientAddress.Ip);
        signIn.QuerySelector(".audit-entity")!.TextContent.Should().Contain("管理员 甲（admin-a）");
        page.QuerySelectorAll($"#audit-log > tbody > tr[data-key='{story.AdminId}'][data-action='Updated']").Should().BeEmpty("signing in is no edit of the account");
        var table = page.QuerySelector("#audit-log")!;
        var shown = string.Join(" ", table.QuerySelectorAll(".audit-user, .audit-entity, .audit-changes td").Select(c => c.TextContent));
        shown.Should().NotMatchRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-", "accounts and roles read by name");
        shown.Should().NotContain("AppUser").And.NotContain("SecurityStamp").And.NotContain("安全戳");
        table.QuerySelectorAll(".audit-changes th").Select(h => h.TextContent).Should().OnlyContain(t => t.Any(c => c >= '\u4e00' && c <= '\u9fff'), "every field is labelled in Chinese");
    }

    [Fact]
    public async Task An_end_date_before_the_start_date_is_explained()
    {
        using var auditor = await SignedInClientAsync(PortalRole.Auditor);

        var page = await auditor.GetDocumentAsync("/Audit?from=2026-03-05&to=2026-03-01");

        page.QuerySelector("main .text-danger")!.TextContent.Should().Contain("结束日期不能早于开始日期");
    }

    [Fact]
    public async Task The_log_pages_by_keyset_without_gaps_or_repeats_in_both_directions()
    {
        // Resetting the database seeds the roles and the holiday calendar; with 80 committees saved at once,
        // three pages and more of rows, most of them at one instant, so only the id tells them apart.
        await DbAsync(async db =>
        {
            for (var i = 1; i <= 80; i++) db.Committees.Add(Committee.Create(string.Create(CultureInfo.InvariantCulture, $"第{i}委员会"), null, CommitteeKind.Working, i));
            await db.SaveChangesAsync();
        });
        using var auditor = await SignedInClientAsync(PortalRole.Auditor);
        var expected = await DbAsync(db => db.AuditEntries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Select(a => a.Id).ToListAsync());
        expected.Should().HaveCountGreaterThan(3 * 50);

        static List<long> Ids(IHtmlDocument page) =>
            page.QuerySelectorAll("#audit-log > tbody > tr").Select(r => long.Parse(r.GetAttribute("data-entry")!, CultureInfo.InvariantCulture)).ToList();
        var pages = new List<IHtmlDocument> { await auditor.GetDocumentAsync("/Audit") };
        while (pages[^1].QuerySelector<IHtmlAnchorElement>("a[rel=next]") is { } older)
        {
            pages.Add(await auditor.GetDocumentAsync(older.GetAttribute("href")!));
            pages.Should().HaveCountLessThan(10);
        }

        pages.SelectMany(Ids).Should().Equal(expected);
        pages[0].QuerySelector("a[rel=prev]").Should().BeNull("the first page is the newest");
        pages[^1].QuerySelector("a[rel=next]").Should().BeNull();
        var back = await auditor.GetDocumentAsync(pages[2].QuerySelector("a[rel=prev]")!.GetAttribute("href")!);
        Ids(back).Should().Equal(Ids(pages[1]));
        var first = await auditor.GetDocumentAsync(back.QuerySelector("a[rel=prev]")!.GetAttribute("href")!);
        Ids(first).Should().Equal(Ids(pages[0]));
    }

    [Fact]
    public async Task The_audit_pages_have_no_form_that_changes_anything()
    {
        var story = await TellAsync();
        using var auditor = await SignedInClientAsync(PortalRole.Auditor);

        foreach (var url in new[] { "/Audit", $"/Audit/History?type=AppUser&key={story.ClerkId}" })
        {
            var page = await auditor.GetDocumentAsync(url);
            page.QuerySelectorAll("main form").Where(f => !string.Equals(f.GetAttribute("method"), "get", StringComparison.OrdinalIgnoreCase))
                .Should().BeEmpty($"{url} only reads");
            page.QuerySelectorAll("main input, main select, main button, main textarea").Where(e => e.Closest("form[method=get]") is null)
                .Should().BeEmpty($"{url} has no controls outside its search form");
        }
    }

    [Fact]
    public async Task The_history_of_one_record_lists_all_its_changes_newest_first()
    {
        var story = await TellAsync();
        using var auditor = await SignedInClientAsync(PortalRole.Auditor);
        var log = await auditor.GetDocumentAsync("/Audit?type=Committee&action=Created");
        var link = log.QuerySelector<IHtmlAnchorElement>("#audit-log .audit-entity a")!.GetAttribute("href")!;

        var history = await auditor.GetDocumentAsync(link);

        Rows(history).Should().Equal(
            ("Committee", Key(story.CommitteeId), "Deleted"),
            ("Committee", Key(story.CommitteeId), "Updated"),
            ("Committee", Key(story.CommitteeId), "Created"));
        history.QuerySelector("h1")!.TextContent.Should().Contain("委员会");
    }
}
