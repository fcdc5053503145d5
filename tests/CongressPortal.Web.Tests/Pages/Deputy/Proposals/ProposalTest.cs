using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Proposals;

/// <summary>
/// What the deputy's and the public proposal page tests share: a session open for proposals, a lead and ten more deputies of
/// the term, and proposals made through the domain and <see cref="ProposalStore"/> (drafted, signed, submitted, decided).
/// </summary>
public abstract class ProposalTest(PortalAppFactory app) : DeputySuggestionTest(app)
{
    private static readonly string[] Names = ["王秀英", "张伟", "刘芳", "陈静", "杨洋", "赵磊", "黄敏", "周杰", "吴霞", "徐强", "孙丽"];

    public sealed record World(CongressSession Session, DateTimeOffset Deadline, Deputy Lead, IReadOnlyList<Deputy> Others);

    protected static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    protected static Actor AsDeputy(Deputy deputy) => Actor.Deputy(deputy.Id, deputy.Name);

    protected static readonly Actor StaffActor = Actor.Staff("测试工作人员");

    /// <summary>Session 5 of term 16 with its proposal deadline three days from now; the lead 李建国 and <paramref name="others"/> deputies.</summary>
    protected async Task<World> WorldAsync(int others = 10)
    {
        var session = await Data.SessionAsync();
        var deadline = App.Clock.GetUtcNow().AddDays(3);
        await DbAsync(async db =>
        {
            (await db.Sessions.SingleAsync(s => s.Id == session.Id)).SetProposalRules(deadline, ProposalContext.DefaultNumberPattern);
            await db.SaveChangesAsync();
        });
        var lead = await Data.DeputyAsync("李建国", "16001");
        var list = new List<Deputy>();
        for (var i = 0; i < others; i++) list.Add(await Data.DeputyAsync(Names[i], $"161{i:00}"));
        return new World(session, deadline, lead, list);
    }

    protected static ProposalDraft Draft(World world, IEnumerable<Deputy> invited, string subject = "关于制定示例市养老服务条例的议案",
        string grounds = "我市老龄化程度不断加深，养老服务需求快速增长。", string solution = "建议市人大常委会制定示例市养老服务条例。") =>
        new(world.Session.Id, ProposerKind.Deputies, world.Lead.Id, [.. invited.Select(d => d.Id)], null, null, subject, grounds, solution);

    /// <summary>The lead's online draft, inviting <paramref name="invited"/>.</summary>
    protected Task<int> DraftAsync(World world, IEnumerable<Deputy> invited, string subject = "关于制定示例市养老服务条例的议案") =>
        ServiceAsync<ProposalStore, int>(async store =>
        {
            var result = await store.StartDraftAsync(Draft(world, invited, subject), AsDeputy(world.Lead), default);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
            return result.Value;
        });

    /// <summary>One action of a deputy on the proposal, through the store as the desk does it.</summary>
    protected Task<Proposal> DeputyActAsync(int id, Deputy deputy, Action<Proposal, Actor, DateTimeOffset, DateTimeOffset?> action) =>
        ServiceAsync<ProposalStore, Proposal>(async store =>
        {
            var version = (await LoadProposalAsync(id)).Version;
            var result = await store.DeputyActAsync(id, version, AsDeputy(deputy), (p, now, deadline) => action(p, AsDeputy(deputy), now, deadline), default);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
            return await LoadProposalAsync(id);
        });

    protected async Task ConfirmAsync(int id, params Deputy[] deputies)
    {
        foreach (var deputy in deputies) await DeputyActAsync(id, deputy, (p, actor, now, deadline) => p.ConfirmSigning(actor, now, deadline));
    }

    /// <summary>Drafted with the first <paramref name="coSigners"/> others invited, all confirmed, submitted: registered under its number.</summary>
    protected async Task<Proposal> RegisteredAsync(World world, int coSigners = 9, string subject = "关于制定示例市养老服务条例的议案")
    {
        var signers = world.Others.Take(coSigners).ToArray();
        var id = await DraftAsync(world, signers, subject);
        await ConfirmAsync(id, signers);
        var version = (await LoadProposalAsync(id)).Version;
        var result = await ServiceAsync<ProposalStore, Web.Infrastructure.CommandResult<Proposal>>(store => store.SubmitAsync(id, version, AsDeputy(world.Lead), default));
        if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
        return await LoadProposalAsync(id);
    }

    /// <summary>A staff action (decision, publication) through the store.</summary>
    protected Task<Proposal> StaffActAsync(int id, Action<Proposal, DateTimeOffset> action) =>
        ServiceAsync<ProposalStore, Proposal>(async store =>
        {
            var version = (await LoadProposalAsync(id)).Version;
            var result = await store.ActAsync(store.All, id, version, action, default);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
            return await LoadProposalAsync(id);
        });

    protected Task<Proposal> PublishAsync(int id) => StaffActAsync(id, (p, now) => p.Publish(StaffActor, now));

    protected Task<Proposal> LoadProposalAsync(int id) =>
        DbAsync(db => ProposalStore.WithEverything(db.Proposals).AsNoTracking().SingleAsync(p => p.Id == id));
}
