using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Data;

/// <summary>The demo session's proposals: every decision, the links to suggestions both ways, the demo deputy's share.</summary>
public sealed class DemoProposalsTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task The_demo_session_has_proposals_of_every_decision_two_handled_as_linked_suggestions_and_the_demo_deputy_leads_one_and_co_signs_two()
    {
        App.Clock.Set(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)));
        await ServiceAsync<DemoSeeder, bool>(async seeder =>
        {
            await seeder.SeedAsync(default);
            return true;
        });
        var today = new DateOnly(2026, 11, 23);

        var session = await DbAsync(db => db.Sessions.OrderByDescending(s => s.StartDate).FirstAsync());
        session.ProposalDeadline.Should().NotBeNull();
        DateOnly.FromDateTime(session.ProposalDeadline!.Value.ToOffset(TimeSpan.FromHours(8)).DateTime).Should().BeOnOrAfter(session.StartDate).And.BeOnOrBefore(session.EndDate!.Value);

        var proposals = await DbAsync(db => db.Proposals.AsNoTracking().Include(p => p.Signers).Include(p => p.Events).Where(p => p.SessionId == session.Id).ToListAsync());
        proposals.Should().HaveCountGreaterThanOrEqualTo(8).And.HaveCountLessThanOrEqualTo(12);
        proposals.Should().OnlyContain(p => p.Number != null && p.Events.All(e => e.At <= session.ProposalDeadline!.Value || e.Kind != ProposalEventKind.Registered));
        var decisions = proposals.GroupBy(p => ProposalWorkflow.DecisionOf(p.Status, p.ReferredCommitteeId)).ToDictionary(g => g.Key, g => g.ToList());
        decisions[ProposalDecision.OnAgenda].Should().Contain(p => p.Status == ProposalStatus.Concluded && p.ResultText != null);
        decisions[ProposalDecision.ReferredToCommittee].Should().Contain(p => p.ReportedOn != null).And.Contain(p => p.ReportedOn == null && p.IsReportOverdue(today));
        decisions[ProposalDecision.NotOnAgenda].Should().NotBeEmpty();
        decisions[ProposalDecision.ConvertedToSuggestion].Should().HaveCount(2);
        decisions[ProposalDecision.Withdrawn].Should().HaveCount(1);
        decisions.Should().NotContainKey(ProposalDecision.Pending);
        proposals.Count(p => p.IsPublished).Should().BeGreaterThan(proposals.Count / 2);

        // Deputies' proposals: ten or more serving deputies of the term each.
        var deputies = await DbAsync(db => db.Deputies.AsNoTracking().Where(d => d.TermId == session.TermId).ToDictionaryAsync(d => d.Id));
        foreach (var p in proposals.Where(p => p.Kind == ProposerKind.Deputies))
        {
            p.SignedCount.Should().BeGreaterThanOrEqualTo(Proposal.MinimumSigners);
            p.Signers.Should().OnlyContain(s => deputies.ContainsKey(s.DeputyId) && deputies[s.DeputyId].Status == DeputyStatus.Serving);
        }

        // 作为建议处理: a suggestion of the session with the proposal's deputies, linked both ways, handled by a unit.
        foreach (var converted in decisions[ProposalDecision.ConvertedToSuggestion])
        {
            var suggestion = await DbAsync(db => db.Suggestions.AsNoTracking().Include(s => s.Deputies).SingleAsync(s => s.Id == converted.SuggestionId));
            suggestion.ProposalId.Should().Be(converted.Id);
            suggestion.SessionId.Should().Be(session.Id);
            suggestion.LeadDeputyId.Should().Be(converted.LeadDeputyId!.Value);
            suggestion.Deputies.Select(d => d.DeputyId).Should().BeEquivalentTo(converted.Signers.Select(s => s.DeputyId));
            suggestion.Status.Should().Be(SuggestionStatus.Replied);
        }

        var demoDeputy = await DbAsync(db => db.Deputies.SingleAsync(d => d.Name == DemoPeopleSeeder.DemoDeputyName && d.Number == "16001"));
        var account = await DbAsync(db => db.Users.SingleAsync(u => u.UserName == "deputy"));
        account.DeputyId.Should().Be(demoDeputy.Id, "the demo deputy account is linked to this deputy");
        proposals.Count(p => p.LeadDeputyId == demoDeputy.Id).Should().Be(1);
        proposals.Count(p => p.CoSigners.Any(s => s.DeputyId == demoDeputy.Id && s.HasSigned)).Should().Be(2);
    }
}
