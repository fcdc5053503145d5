using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Proposals;

/// <summary>
/// Shared steps of the staff proposal tests: a session whose proposal deadline is a week after the test clock's now, ten
/// serving deputies of its term, a suggestion category and a special committee; proposals registered through the store.
/// </summary>
public abstract class StaffProposalTest(PortalAppFactory app) : Suggestions.StaffSuggestionTest(app)
{
    protected static readonly Actor Clerk = Actor.Staff("测试工作人员");

    /// <summary>The session, its ten deputies (the first leads), a suggestion category, a special committee.</summary>
    protected sealed record ProposalWorld(CongressSession Session, IReadOnlyList<Deputy> Deputies, SuggestionCategory Category, Committee Committee)
    {
        public Deputy Lead => Deputies[0];

        /// <summary>The ids of the co-signers: the deputies after the lead, <paramref name="count"/> of them.</summary>
        public IReadOnlyList<int> CoSigners(int count = 9) => Deputies.Skip(1).Take(count).Select(d => d.Id).ToList();
    }

    protected static string ProposalDetails(int id) => $"/Staff/Proposals/Details/{id}";

    protected static readonly string[] Names = ["李建国", "王秀英", "张红梅", "刘志强", "陈立新", "杨桂兰", "赵德胜", "黄丽华", "周永明", "吴淑珍", "郑海涛"];

    protected async Task<ProposalWorld> WorldAsync(int deputies = 10)
    {
        var session = await Data.SessionAsync();
        await DbAsync(async db =>
        {
            var s = await db.Sessions.SingleAsync(x => x.Id == session.Id);
            s.SetProposalRules(TestClock.Start.AddDays(7), s.ProposalNumberPattern);
            await db.SaveChangesAsync();
        });
        var list = new List<Deputy>();
        for (var i = 0; i < deputies; i++) list.Add(await Data.DeputyAsync(Names[i], Id(16001 + i)));
        return new ProposalWorld(session, list, await Data.CategoryAsync(), await Data.CommitteeAsync("法制委员会"));
    }

    protected static ProposalDraft Draft(ProposalWorld world, int coSigners = 9, string subject = "关于制定《示例市养老服务条例》的议案") =>
        new(world.Session.Id, ProposerKind.Deputies, world.Lead.Id, world.CoSigners(coSigners), null, null, subject,
            "全市60岁以上老年人口已超过百万。", "建议市人大常委会将养老服务条例列入立法计划。");

    /// <summary>Registers a proposal as staff do on paper, through the store (numbering included): 待主席团决定.</summary>
    protected Task<Proposal> RegisteredAsync(ProposalWorld world, string subject = "关于制定《示例市养老服务条例》的议案") =>
        ServiceAsync<ProposalStore, Proposal>(async store =>
        {
            var result = await store.RegisterAsync(Draft(world, subject: subject), Clerk, default);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
            return result.Value!;
        });

    /// <summary>Runs a domain action on a saved proposal, as a page would, and saves.</summary>
    protected Task ActAsync(int id, Action<Proposal, DateTimeOffset> action) =>
        ServiceAsync<ProposalStore, bool>(async store =>
        {
            var version = await store.All.AsNoTracking().Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
            var result = await store.ActAsync(store.All, id, version, action, default);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
            return true;
        });

    protected Task<Proposal> StoredProposalAsync(int id) =>
        DbAsync(db => ProposalStore.WithEverything(db.Proposals.AsNoTracking()).SingleAsync(p => p.Id == id));

    protected static int ProposalIdFrom(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the registration should succeed");
        var location = response.Headers.Location!.OriginalString;
        location.Should().StartWith("/Staff/Proposals/Details/");
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }
}
