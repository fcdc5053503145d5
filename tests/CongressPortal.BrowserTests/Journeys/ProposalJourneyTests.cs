using System.Globalization;
using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// Issue 11 in a real browser: a deputy drafts a proposal during the session and invites ten colleagues; co-signers answer
/// on their own desks (one on a phone); with nine signatures (the lead included) the lead's submission is refused with the
/// count, the tenth signature lets it through under its number; staff record the presidium's referral to a special
/// committee and publish it; a citizen reads it in the public list. The app's clock stands at Monday 12 January 2026,
/// the session's second day, with the proposal deadline the next evening.
/// </summary>
public sealed class ProposalJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string[] Names = ["王秀英", "张伟", "刘芳", "陈静", "杨洋", "赵磊", "黄敏", "周杰", "吴霞", "孙丽"];

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Nine_signatures_are_refused_the_tenth_registers_staff_refer_it_and_the_public_reads_it()
    {
        App.Clock.Set(new DateTimeOffset(2026, 1, 12, 1, 0, 0, TimeSpan.Zero));
        var session = await Data.SessionAsync();
        await Data.CommitteeAsync("法制委员会");
        await WithDbAsync(async db =>
        {
            (await db.Sessions.SingleAsync(s => s.Id == session.Id))
                .SetProposalRules(new DateTimeOffset(2026, 1, 13, 10, 0, 0, TimeSpan.Zero), ProposalContext.DefaultNumberPattern);
            await db.SaveChangesAsync();
        });
        var lead = await Data.DeputyAsync("李建国", "16001");
        var others = new List<Deputy>();
        for (var i = 0; i < Names.Length; i++) others.Add(await Data.DeputyAsync(Names[i], $"161{i:00}"));
        await CreateUserAsync("deputy-li", [PortalRole.Deputy], deputyId: lead.Id, displayName: "李建国");
        await CreateUserAsync("deputy-chen", [PortalRole.Deputy], deputyId: others[3].Id, displayName: "陈静");
        await CreateUserAsync("deputy-sun", [PortalRole.Deputy], deputyId: others[9].Id, displayName: "孙丽");
        await CreateUserAsync("staff-zhao", [PortalRole.Staff], displayName: "议案组 赵红");

        // The lead drafts and invites ten colleagues.
        await SignInAsync(Page, "deputy-li");
        await Page.GotoAsync("/Deputy/Proposals/Create");
        await Page.Locator("#Input_SessionId").SelectOptionAsync(Id(session.Id));
        await Page.Locator("#Input_Subject").FillAsync("关于制定《示例市养老服务条例》的议案");
        await Page.Locator("#Input_Grounds").FillAsync("我市60岁以上户籍人口已超过四分之一，居家和社区养老服务设施不足，现行规定分散在多个规范性文件中。");
        await Page.Locator("#Input_Solution").FillAsync("建议将养老服务条例列入明年立法计划，明确设施配建、医养结合和服务补贴的责任。");
        var filter = Page.GetByLabel("按姓名筛选要邀请联名的代表");
        await filter.FillAsync("孙");
        (await Page.EvaluateAsync<string[]>("() => [...document.getElementById('Input_CoSignerIds').options].filter(o => !o.hidden).map(o => o.text)"))
            .Should().Equal(["孙丽"], "a name typed narrows the long list of the term's deputies");
        await filter.FillAsync("");
        await Page.Locator("#Input_CoSignerIds").SelectOptionAsync(others.Select(d => Id(d.Id)).ToArray());
        await ScreenshotAsync(Page, "issue11-01-deputy-drafts");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "保存草稿" }));
        var detailsUrl = Page.Url;
        var proposalId = int.Parse(detailsUrl[(detailsUrl.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        (await Page.Locator("#signature-count").InnerTextAsync()).Should().Contain("1");

        // Seven sign through their own desks offstage; 陈静 signs in the browser: nine signatures with the lead.
        foreach (var deputy in others.Where(d => d != others[3] && d != others[9]).Take(7)) await ConfirmAsync(proposalId, deputy);
        var chen = await NewPageAsync(1280, 900);
        await SignInAsync(chen, "deputy-chen");
        await chen.GotoAsync("/Deputy");
        await ClickAndWaitForNextPageAsync(chen, chen.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "关于制定《示例市养老服务条例》的议案" }).First);
        await ScreenshotAsync(chen, "issue11-02-co-signer-desk");
        await ClickAndWaitForNextPageAsync(chen, chen.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确认联名" }));
        (await chen.Locator("#signers").InnerTextAsync()).Should().Contain("陈静").And.Contain("已确认");

        await Page.ReloadAsync();
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交议案" }));
        (await Page.Locator("#submit-error").InnerTextAsync()).Should().Contain("目前9名（含领衔代表），还差1名");
        await ScreenshotAsync(Page, "issue11-03-nine-refused");
        (await Page.Locator("#number").InnerTextAsync()).Should().Be("提交后编号");

        // The tenth: 孙丽 answers on her phone, from the invitation on her desk.
        var sun = await NewPageAsync(375, 812);
        await SignInAsync(sun, "deputy-sun");
        await sun.GotoAsync("/Deputy");
        await ClickAndWaitForNextPageAsync(sun, sun.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "关于制定《示例市养老服务条例》的议案" }).First);
        await ClickAndWaitForNextPageAsync(sun, sun.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确认联名" }));
        await ScreenshotAsync(sun, "issue11-04-tenth-signs-phone");
        (await sun.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(375, "nothing runs off a phone screen");

        await Page.ReloadAsync();
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交议案" }));
        (await Page.Locator("#number").InnerTextAsync()).Should().Be("十六届五次会议议案第01号");
        (await Page.Locator("#status").InnerTextAsync()).Should().Contain("待主席团决定");
        await ScreenshotAsync(Page, "issue11-05-registered");

        // Staff record the presidium's referral (the next day) and publish.
        App.Clock.Set(new DateTimeOffset(2026, 1, 13, 2, 0, 0, TimeSpan.Zero));
        var staff = await NewPageAsync(1280, 900);
        await SignInAsync(staff, "staff-zhao");
        await staff.GotoAsync($"/Staff/Proposals/Details/{proposalId}");
        (await staff.Locator("#latest-due").InnerTextAsync()).Should().Be("2026年7月13日", "half a year from 13 January 2026 is Monday 13 July");
        await staff.Locator("#Refer_DecidedOn").FillAsync("2026-01-13");
        await staff.Locator("#Refer_CommitteeId").SelectOptionAsync(new SelectOptionValue { Label = "法制委员会" });
        await staff.Locator("#Refer_DueOn").FillAsync("2026-09-30");
        await staff.Locator("#Refer_Reason").FillAsync("经大会主席团第三次会议决定，交法制委员会审议。");
        await ClickAndWaitForNextPageAsync(staff, staff.Locator("#form-refer").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "交专门委员会审议" }));
        (await staff.Locator("#form-refer").InnerTextAsync()).Should().Contain("最长为半年").And.Contain("2026年7月13日");
        (await staff.Locator("#Refer_Reason").InputValueAsync()).Should().Be("经大会主席团第三次会议决定，交法制委员会审议。", "nothing typed is lost");
        await ScreenshotAsync(staff, "issue11-06-due-beyond-half-year");
        await staff.Locator("#Refer_DueOn").FillAsync("2026-07-13");
        await ClickAndWaitForNextPageAsync(staff, staff.Locator("#form-refer").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "交专门委员会审议" }));
        (await staff.Locator("#referral").InnerTextAsync()).Should().Contain("法制委员会").And.Contain("2026年7月13日");
        await ClickAndWaitForNextPageAsync(staff, staff.Locator("#form-publish").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "公开" }));
        (await staff.Locator("#published-badge").InnerTextAsync()).Should().Be("已公开");
        await ScreenshotAsync(staff, "issue11-07-staff-referred");

        // A citizen finds it.
        var citizen = await NewPageAsync(1280, 900);
        await citizen.GotoAsync("/Proposals");
        await ClickAndWaitForNextPageAsync(citizen, citizen.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "关于制定《示例市养老服务条例》的议案" }));
        var text = await citizen.Locator("main").InnerTextAsync();
        text.Should().Contain("李建国").And.Contain("孙丽").And.Contain("交专门委员会审议").And.Contain("法制委员会");
        text.Should().NotContain("16001", "deputy numbers and private data are not shown publicly");
        await ScreenshotAsync(citizen, "issue11-08-public");
        SeriousConsoleErrors.Should().BeEmpty();
    }

    private async Task ConfirmAsync(int proposalId, Deputy deputy)
    {
        using var scope = App.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ProposalStore>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var version = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId).Select(p => p.Version).SingleAsync();
        var actor = Actor.Deputy(deputy.Id, deputy.Name);
        var result = await store.DeputyActAsync(proposalId, version, actor, (p, now, deadline) => p.ConfirmSigning(actor, now, deadline), default);
        result.IsSuccess.Should().BeTrue(result.Error);
    }

    private async Task WithDbAsync(Func<AppDbContext, Task> action)
    {
        using var scope = App.Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
