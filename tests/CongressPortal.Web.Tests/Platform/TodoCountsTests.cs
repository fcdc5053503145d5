using System.Security.Claims;
using AngleSharp.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>The to-do counts in the header: per role, each a link to where the items are.</summary>
public sealed class TodoCountsTests(PortalAppFactory app) : DeputySuggestionTest(app)
{
    private static readonly Actor Staff = Actor.Staff("测试工作人员");

    private static (int Count, string Href) Todo(IDocument page, string key)
    {
        var link = page.QuerySelector($"header [data-todo='{key}']") ?? throw new InvalidOperationException($"No to-do '{key}' in the header.");
        return (int.Parse(link.QuerySelector(".todo-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture), link.GetAttribute("href")!);
    }

    [Fact]
    public async Task Staff_see_how_many_suggestions_wait_for_review_and_assignment_and_how_many_are_overdue()
    {
        var world = await Data.SuggestionWorldAsync();
        await Data.SuggestionAsync(world, "关于第一件待审查的建议");
        await Data.SuggestionAsync(world, "关于第二件待审查的建议");
        var accepted = await Data.SuggestionAsync(world, "关于待交办的建议");
        await Data.ActAsync(accepted.Id, (s, _, now) => s.Accept(Staff, now));
        var late = await Data.SuggestionAsync(world, "关于逾期未答复的建议");
        await Data.AssignedSuggestionAsync(late.Id, world.Unit.Id);
        App.Clock.Advance(TimeSpan.FromDays(100));

        using var client = await SignedInClientAsync(PortalRole.Staff);
        var page = await client.GetDocumentAsync("/Staff");
        Todo(page, "staff-submitted").Should().Be((2, "/Staff/Suggestions?status=Submitted"));
        Todo(page, "staff-accepted").Should().Be((1, "/Staff/Suggestions?status=Accepted"));
        Todo(page, "staff-overdue").Should().Be((1, "/Staff/Suggestions?overdue=true"));
        page.QuerySelector("header [data-todo='staff-submitted']")!.GetAttribute("aria-label").Should().Be("待审查 2 件");
    }

    [Fact]
    public async Task A_unit_sees_what_waits_to_be_accepted_and_answered_for_its_own_unit_only()
    {
        var world = await Data.SuggestionWorldAsync();
        var working = await Data.SuggestionAsync(world, "关于已签收的建议");
        await Data.AssignedSuggestionAsync(working.Id, world.Unit.Id);
        var fresh = await Data.SuggestionAsync(world, "关于待签收的建议");
        await Data.ActAsync(fresh.Id, (s, rules, now) =>
        {
            s.Accept(Staff, now);
            s.Assign(HandlingMode.Split, [world.Unit.Id, world.OtherUnit.Id], null, Staff, now, rules);
        });
        await RepliedAsync(world, "关于已答复的建议");

        using var client = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: world.Unit.Id);
        var page = await client.GetDocumentAsync("/Unit");
        Todo(page, "unit-accept").Should().Be((1, "/Unit"));
        Todo(page, "unit-reply").Should().Be((1, "/Unit"));

        using var other = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: world.OtherUnit.Id);
        var theirs = await other.GetDocumentAsync("/Unit");
        Todo(theirs, "unit-accept").Count.Should().Be(1);
        Todo(theirs, "unit-reply").Count.Should().Be(0);
    }

    [Fact]
    public async Task The_lead_deputy_sees_the_replies_waiting_for_a_rating_until_the_window_closes()
    {
        var world = await Data.SuggestionWorldAsync();
        await RepliedAsync(world);

        using var lead = await DeputyClientAsync(world.Lead.Id);
        Todo(await lead.GetDocumentAsync("/Deputy"), "deputy-rate").Should().Be((1, "/Deputy/Suggestions"));
        using var coSigner = await DeputyClientAsync(world.CoSigner.Id);
        Todo(await coSigner.GetDocumentAsync("/Deputy"), "deputy-rate").Count.Should().Be(0, "only the lead deputy rates");

        App.Clock.Advance(TimeSpan.FromDays(35));
        using var later = await SignInAgainAsync(world.Lead.Id);
        Todo(await later.GetDocumentAsync("/Deputy"), "deputy-rate").Count.Should().Be(0);
    }

    [Fact]
    public async Task The_public_and_administrators_see_no_to_do_counts()
    {
        var world = await Data.SuggestionWorldAsync();
        await Data.SuggestionAsync(world);

        using var anonymous = AnonymousClient();
        (await anonymous.GetDocumentAsync("/")).QuerySelector(".todo-counts").Should().BeNull();
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        (await admin.GetDocumentAsync("/Admin")).QuerySelector(".todo-counts").Should().BeNull();
        using var auditor = await SignedInClientAsync(PortalRole.Auditor);
        (await auditor.GetDocumentAsync("/Audit")).QuerySelector(".todo-counts").Should().BeNull();
    }

    [Fact]
    public async Task Without_the_database_the_header_shows_no_counts_instead_of_failing_the_page()
    {
        var options = AppDbContext.UsePortalDatabase(
            new DbContextOptionsBuilder<AppDbContext>(),
            "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2").Options;
        await using var db = new AppDbContext((DbContextOptions<AppDbContext>)options);
        var staff = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, PortalRole.Staff)], "test"));
        var component = new TodoCountsViewComponent(
            new TodoCountsViewComponent.Handler(db, TimeProvider.System),
            NullLogger<TodoCountsViewComponent>.Instance)
        {
            ViewComponentContext = new ViewComponentContext
            {
                ViewContext = new ViewContext { HttpContext = new DefaultHttpContext { User = staff } },
            },
        };

        var result = await component.InvokeAsync();

        result.Should().BeOfType<ContentViewComponentResult>().Which.Content.Should().BeEmpty();
    }
}
