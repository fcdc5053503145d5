using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Pages.Staff.Proposals;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Proposals;

/// <summary>Staff register a paper proposal: the number from the session's pattern, every refusal next to its field, and 作为建议登记.</summary>
public sealed class CreateTests(PortalAppFactory app) : StaffProposalTest(app)
{
    private const string Create = "/Staff/Proposals/Create";

    private static List<(string Name, string? Value)> Registration(ProposalWorld world, IEnumerable<int> coSigners, string? subject = "关于制定《示例市养老服务条例》的议案",
        string? solution = "建议市人大常委会将养老服务条例列入立法计划。")
    {
        var fields = new List<(string Name, string? Value)>
        {
            ("Input.SessionId", Id(world.Session.Id)),
            ("Input.Kind", nameof(ProposerKind.Deputies)),
            ("Input.LeadDeputyId", Id(world.Lead.Id)),
            ("Input.Subject", subject),
            ("Input.Grounds", "全市60岁以上老年人口已超过百万。"),
            ("Input.Solution", solution),
            ("Input.CoSignerIds", null),
        };
        fields.AddRange(coSigners.Select(c => ("Input.CoSignerIds", (string?)Id(c))));
        return fields;
    }

    [Fact]
    public async Task Staff_register_a_proposal_of_ten_deputies_with_its_scan_under_the_first_number_of_the_sessions_pattern()
    {
        var world = await WorldAsync();
        using var staff = await StaffAsync("张登记");

        var form = await staff.GetDocumentAsync(Create);
        Value(form, "Input.SessionId").Should().Be(Id(world.Session.Id));
        form.QuerySelectorAll("select[name='Input.CoSignerIds'] option").Should().HaveCount(10, "the session's term's serving deputies are offered");

        using var response = await staff.PostFormAsync(form, "#proposal-form", Registration(world, world.CoSigners()),
            [(CreateModel.AttachmentsField, "书面议案.pdf", Pdf)]);
        var id = ProposalIdFrom(response);

        var p = await StoredProposalAsync(id);
        p.Number.Should().Be("十六届五次会议议案第01号", "the default pattern is {term}届{session}次会议议案第{NN}号");
        p.Status.Should().Be(ProposalStatus.Registered);
        p.SignedCount.Should().Be(10);
        p.LeadDeputyId.Should().Be(world.Lead.Id);
        p.CoSigners.Select(s => s.DeputyId).Should().Equal(world.CoSigners());
        p.Attachments.Should().ContainSingle().Which.FileName.Should().Be("书面议案.pdf");
        p.Events.Select(e => (e.Kind, e.ActorName)).Should().Contain((ProposalEventKind.Registered, "张登记"));

        var page = await staff.GetDocumentAsync(ProposalDetails(id));
        Text(page, "main").Should().Contain("已登记，编号：十六届五次会议议案第01号");
        Text(page, "#proposer").Should().Contain("李建国等10人");
        Text(page, "#follow-up-supervision").Should().Contain("尚未关联");
        page.QuerySelector("#attachments a")!.GetAttribute("href").Should().StartWith($"/Staff/Proposals/File/{id}/");
        using var file = await staff.GetAsync(page.QuerySelector("#attachments a")!.GetAttribute("href")!);
        (await file.Content.ReadAsByteArrayAsync()).Should().Equal(Pdf);

        // The next one gets the next number.
        using var second = await PostAsync(staff, Create, "#proposal-form", Registration(world, world.CoSigners(), "关于修改《示例市物业管理条例》的议案"));
        (await StoredProposalAsync(ProposalIdFrom(second))).Number.Should().Be("十六届五次会议议案第02号");
    }

    [Fact]
    public async Task Empty_subject_and_missing_solution_are_refused_next_to_their_fields_and_keep_what_was_typed()
    {
        var world = await WorldAsync();
        using var staff = await StaffAsync();

        using var response = await PostAsync(staff, Create, "#proposal-form", Registration(world, world.CoSigners(), subject: "", solution: ""));
        var page = await RefusedAsync(response);

        page.FieldError("Input.Subject").Should().Contain("案由");
        page.FieldError("Input.Solution").Should().Contain("方案");
        page.FieldError("Input.Grounds").Should().BeEmpty();
        Value(page, "Input.Grounds").Should().Be("全市60岁以上老年人口已超过百万。");
        Value(page, "Input.CoSignerIds").Split(',').Should().HaveCount(9);
        (await CountAsync<Proposal>()).Should().Be(0);
    }

    [Fact]
    public async Task Unknown_departed_other_term_and_duplicate_co_signers_are_each_refused_next_to_the_co_signers_field()
    {
        var world = await WorldAsync();
        var departed = await Data.DeputyAsync("孙辞职", "16099");
        await DbAsync(async db =>
        {
            var d = await db.Deputies.SingleAsync(x => x.Id == departed.Id);
            d.ChangeStatus(DeputyStatus.Resigned, new DateOnly(2026, 2, 1), "辞去代表职务", null);
            await db.SaveChangesAsync();
        });
        var formerTerm = await Data.TermAsync(15);
        var other = await DbAsync(async db =>
        {
            var d = Deputy.Create(formerTerm.Id, "15001", "钱上届", Gender.Male);
            db.Deputies.Add(d);
            await db.SaveChangesAsync();
            return d;
        });
        using var staff = await StaffAsync();

        async Task RefusedWithAsync(IEnumerable<int> coSigners, string expected)
        {
            using var response = await PostAsync(staff, Create, "#proposal-form", Registration(world, coSigners));
            var page = await RefusedAsync(response);
            page.FieldError("Input.CoSignerIds").Should().Be(expected);
            page.QuerySelector("#register-as-suggestion").Should().BeNull("these problems must be fixed either way");
        }

        await RefusedWithAsync([.. world.CoSigners(), 987654], ProposalMessages.UnknownDeputy(nameof(ProposalDraft.CoSignerIds)).Message);
        await RefusedWithAsync([.. world.CoSigners(), departed.Id], ProposalMessages.DeputyNotServing("孙辞职", nameof(ProposalDraft.CoSignerIds)).Message);
        await RefusedWithAsync([.. world.CoSigners(), other.Id], ProposalMessages.DeputyOfAnotherTerm("钱上届", nameof(ProposalDraft.CoSignerIds)).Message);
        await RefusedWithAsync([.. world.CoSigners(), world.Deputies[1].Id], ProposalMessages.DuplicateCoSigner("王秀英").Message);
        (await CountAsync<Proposal>()).Should().Be(0);
    }

    [Fact]
    public async Task Nine_signers_are_refused_with_the_count_and_staff_register_it_as_a_suggestion_linked_both_ways()
    {
        var world = await WorldAsync();
        using var staff = await StaffAsync();

        using var refused = await PostAsync(staff, Create, "#proposal-form", Registration(world, world.CoSigners(8)));
        var page = await RefusedAsync(refused);
        page.FieldError("Input.CoSignerIds").Should().Be(ProposalMessages.TooFewSigners(9).Message).And.Contain("目前9名");
        (await CountAsync<Proposal>()).Should().Be(0);

        // Without a category the second button is refused next to the category.
        var button = page.QuerySelector("#register-as-suggestion")!;
        page.QuerySelector("#proposal-form")!.SetAttribute("action", button.GetAttribute("formaction"));
        using (var noCategory = await staff.PostFormAsync(page, "#proposal-form", []))
        {
            var again = await RefusedAsync(noCategory);
            again.FieldError("Input.CategoryId").Should().Be(CreateModel.CategoryRequired);
            again.QuerySelector("#register-as-suggestion").Should().NotBeNull();
        }

        using var converted = await staff.PostFormAsync(page, "#proposal-form", [("Input.CategoryId", Id(world.Category.Id))]);
        var id = ProposalIdFrom(converted);
        var p = await StoredProposalAsync(id);
        p.Status.Should().Be(ProposalStatus.ConvertedToSuggestion);
        p.Number.Should().BeNull("it was not registered as a proposal");
        p.StatusReason.Should().Be(ProposalMessages.TooFewSigners(9).Message);
        var s = await DbAsync(db => db.Suggestions.AsNoTracking().Include(x => x.Deputies).SingleAsync());
        p.SuggestionId.Should().Be(s.Id);
        s.ProposalId.Should().Be(id);
        s.Number.Should().Be("十六届五次会议第001号");
        s.Title.Should().Be("关于制定《示例市养老服务条例》的议案");
        s.LeadDeputyId.Should().Be(world.Lead.Id);
        s.CoSignerIds.Should().BeEquivalentTo(world.CoSigners(8));
        s.CategoryId.Should().Be(world.Category.Id);

        var details = await staff.GetDocumentAsync(ProposalDetails(id));
        Text(details, "main").Should().Contain("已作为建议登记，建议编号：十六届五次会议第001号");
        details.QuerySelector("#suggestion-link a")!.GetAttribute("href").Should().Be($"/Staff/Suggestions/Details/{s.Id}");
        var suggestionPage = await staff.GetDocumentAsync($"/Staff/Suggestions/Details/{s.Id}");
        suggestionPage.QuerySelector("#from-proposal a")!.GetAttribute("href").Should().Be(ProposalDetails(id));
    }

    [Fact]
    public async Task After_the_sessions_deadline_a_proposal_is_refused_and_offered_as_a_suggestion()
    {
        var world = await WorldAsync();
        await DbAsync(async db =>
        {
            var s = await db.Sessions.SingleAsync(x => x.Id == world.Session.Id);
            s.SetProposalRules(TestClock.Start.AddMinutes(10), s.ProposalNumberPattern);
            await db.SaveChangesAsync();
        });
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync(Create);
        App.Clock.Set(TestClock.Start.AddMinutes(20));

        using var response = await staff.PostFormAsync(form, "#proposal-form", Registration(world, world.CoSigners()));
        var page = await RefusedAsync(response);
        page.Summary().Should().Contain("议案截止时间").And.Contain("已过");
        page.QuerySelector("#register-as-suggestion").Should().NotBeNull();
        (await CountAsync<Proposal>()).Should().Be(0);
    }
}
