using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>
/// Five suggestions in different states, for the list, export and dashboard tests; today is 2026-06-20 (Saturday).
/// <list type="bullet">
/// <item>Submitted (001): 待审查, lead 李建国, co-signer 王秀英, about lifts (电梯).</item>
/// <item>Accepted (002): 待交办, category 社会建设, the content mentions buses (公交).</item>
/// <item>Overdue (003): assigned 2026-03-02 to 交通运输局 (split), due 2026-06-02: overdue.</item>
/// <item>Handling (004): assigned 2026-04-01 jointly, 住建局 lead and 交通运输局 co-handling, due 2026-07-01; key.</item>
/// <item>BetweenSessions (2025年闭会期间第001号): 待交办, lead 王秀英, received 2025-11-03: late to assign.</item>
/// </list>
/// </summary>
public sealed record ListScenario(
    TestData.SuggestionWorld World, SuggestionCategory Social,
    Suggestion Submitted, Suggestion Accepted, Suggestion Overdue, Suggestion Handling, Suggestion BetweenSessions)
{
    public static readonly DateOnly Today = new(2026, 6, 20);

    public static async Task<ListScenario> CreateAsync(PortalAppFactory app)
    {
        var data = new TestData(app);
        var staff = Actor.Staff("测试工作人员");
        var world = await data.SuggestionWorldAsync();
        var social = await data.CategoryAsync("社会建设");

        var submitted = await data.SuggestionAsync(world, "关于加快老旧小区加装电梯的建议", "建议简化审批流程，加大财政补贴力度。");
        var accepted = await RegisterAsync(app, new SuggestionDraft(SuggestionSource.DuringSession, world.Session.Id, 2026, world.Lead.Id, [],
            "关于在主干道增设专用道的建议", "早晚高峰公交车拥堵，建议在主干道增设公交专用道。", social.Id, new DateOnly(2026, 1, 12)));
        accepted = await data.ActAsync(accepted.Id, (s, _, now) => s.Accept(staff, now));
        var overdue = await data.SuggestionAsync(world, "关于整治背街小巷环境卫生的建议", "背街小巷垃圾清运不及时，建议增加清运频次。", withCoSigner: false);
        overdue = await data.AssignedSuggestionAsync(overdue.Id, world.OtherUnit.Id);

        app.Clock.Set(new DateTimeOffset(2026, 4, 1, 1, 0, 0, TimeSpan.Zero));
        var handling = await data.SuggestionAsync(world, "关于新建中小学校的建议", "新建小区配套学校不足，建议加快新建中小学校。", withCoSigner: false);
        handling = await data.ActAsync(handling.Id, (s, rules, now) =>
        {
            s.Accept(staff, now);
            s.Assign(HandlingMode.Joint, [world.Unit.Id, world.OtherUnit.Id], world.Unit.Id, staff, now, rules);
            s.MarkKey("王副主任", world.Committee.Id, staff, now);
        });

        app.Clock.Set(new DateTimeOffset(2026, 6, 20, 1, 0, 0, TimeSpan.Zero));
        var between = await RegisterAsync(app, new SuggestionDraft(SuggestionSource.BetweenSessions, null, 2025, world.CoSigner.Id, [],
            "关于加强农贸市场食品安全监管的建议", "农贸市场食品安全抽检覆盖面不足，建议加强监管。", world.Category.Id, new DateOnly(2025, 11, 3)));
        between = await data.ActAsync(between.Id, (s, _, now) => s.Accept(staff, now));
        return new ListScenario(world, social, submitted, accepted, overdue, handling, between);
    }

    public static async Task<Suggestion> RegisterAsync(PortalAppFactory app, SuggestionDraft draft)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SuggestionRegistrar>().RegisterAsync([draft], Actor.Staff("测试工作人员"), null, null, default);
        if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
        return result.Value![0];
    }

    /// <summary>The stored suggestion with everything loaded (numbers, assignments), read fresh.</summary>
    public static async Task<Suggestion> StoredAsync(PortalAppFactory app, int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await SuggestionStore.WithEverything(db.Suggestions.AsNoTracking()).SingleAsync(s => s.Id == id);
    }
}
