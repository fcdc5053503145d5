using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Pages.Staff.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>Staff register a suggestion: numbering per session, co-signers, the scan, field-by-field refusals.</summary>
public sealed class CreateTests(PortalAppFactory app) : StaffSuggestionTest(app)
{
    private const string Create = "/Staff/Suggestions/Create";


    private static List<(string Name, string? Value)> Registration(TestData.SuggestionWorld world, string title = "关于加快老旧小区加装电梯的建议", params int[] coSigners)
    {
        var fields = new List<(string Name, string? Value)>
        {
            ("Input.Source", nameof(SuggestionSource.DuringSession)),
            ("Input.SessionId", Id(world.Session.Id)),
            ("Input.Year", ""),
            ("Input.LeadDeputyId", Id(world.Lead.Id)),
            ("Input.Title", title),
            ("Input.Content", "建议简化审批流程。\n加大财政补贴力度。"),
            ("Input.CategoryId", Id(world.Category.Id)),
            ("Input.ReceivedOn", "2026-01-12"),
        };
        // No co-signer: the name is left out of the post, as a browser does for a multiple select with nothing chosen.
        if (coSigners.Length == 0) fields.Add(("Input.CoSignerIds", null));
        fields.AddRange(coSigners.Select(c => ("Input.CoSignerIds", (string?)Id(c))));
        return fields;
    }

    [Fact]
    public async Task Staff_registers_a_suggestion_with_co_signers_and_a_scan_and_it_gets_the_sessions_first_number()
    {
        var world = await Data.SuggestionWorldAsync();
        var third = await Data.DeputyAsync("张红梅", "16003");
        using var staff = await StaffAsync("张登记");

        var form = await staff.GetDocumentAsync(Create);
        form.QuerySelectorAll("select[name='Input.LeadDeputyId'] option").Select(o => o.TextContent)
            .Should().Contain(["李建国（16001）", "王秀英（16002）", "张红梅（16003）"]);
        Value(form, "Input.SessionId").Should().Be(Id(world.Session.Id), "the newest session is the likely choice");

        using var response = await PostAsync(staff, form, "#suggestion-form", Registration(world, coSigners: [world.CoSigner.Id, third.Id]),
            [(CreateModel.AttachmentsField, "书面建议扫描件.pdf", Pdf)]);
        var id = RedirectedId(response);

        var s = await StoredAsync(id);
        s.Number.Should().Be("十六届五次会议第001号");
        s.Sequence.Should().Be(1);
        s.Status.Should().Be(SuggestionStatus.Submitted);
        s.Year.Should().Be(2026, "an empty year takes the session's");
        s.SessionId.Should().Be(world.Session.Id);
        s.LeadDeputyId.Should().Be(world.Lead.Id);
        s.CoSignerIds.Should().Equal(world.CoSigner.Id, third.Id);
        s.Title.Should().Be("关于加快老旧小区加装电梯的建议");
        s.ReceivedOn.Should().Be(new DateOnly(2026, 1, 12));
        s.SubmittedOnline.Should().BeFalse();
        var attachment = s.Attachments.Should().ContainSingle().Subject;
        attachment.FileName.Should().Be("书面建议扫描件.pdf");
        var file = await DbAsync(db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.Id == attachment.FileId));
        file.Kind.Should().Be(FileKind.Pdf);
        file.Content.Should().Equal(Pdf);
        s.Events.OrderBy(e => e.Id).Select(e => (e.Kind, e.ActorName)).Should().Equal(
            (SuggestionEventKind.Registered, "张登记"), (SuggestionEventKind.AttachmentAdded, "张登记"));

        // The audit log has the registration and its parts, by the signed-in staff member.
        var audit = await DbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.Created).ToListAsync());
        audit.Should().Contain(a => a.EntityType == nameof(Suggestion) && a.EntityKey == Id(id));
        audit.Should().Contain(a => a.EntityType == nameof(StoredFile) && a.EntityKey == Id(file.Id));
        audit.Should().Contain(a => a.EntityType == nameof(SuggestionNumberCounter));
        audit.Where(a => a.EntityType == nameof(Suggestion)).Should().OnlyContain(a => a.UserName.StartsWith("张登记（staff-", StringComparison.Ordinal));

        var page = await staff.GetDocumentAsync(Details(id));
        Text(page, "main").Should().Contain("已登记，编号：十六届五次会议第001号");
        Text(page, "#co-signers").Should().Contain("王秀英").And.Contain("张红梅");
        page.QuerySelector("#attachments a")!.GetAttribute("href").Should().Be($"/Staff/Suggestions/File/{id}/{file.Id}");
    }

    [Fact]
    public async Task An_executable_renamed_to_pdf_is_refused_next_to_the_attachments_field_and_nothing_is_saved()
    {
        var world = await Data.SuggestionWorldAsync();
        using var staff = await StaffAsync();

        using var response = await PostAsync(staff, Create, "#suggestion-form", Registration(world, "关于规范校外培训机构的建议"),
            [(CreateModel.AttachmentsField, "建议.pdf", Executable)]);
        var page = await RefusedAsync(response);

        page.FieldError(CreateModel.AttachmentsField).Should().Be(FileMessages.WrongKind.Message);
        Text(page, "#reselect-files").Should().Be(CreateModel.ReselectFiles);
        Value(page, "Input.Title").Should().Be("关于规范校外培训机构的建议", "what the user typed is kept");
        Value(page, "Input.LeadDeputyId").Should().Be(Id(world.Lead.Id));
        (await CountAsync<Suggestion>()).Should().Be(0);
        (await CountAsync<StoredFile>()).Should().Be(0);

        // The refused registration drew no number: the next one is still the first.
        using var next = await PostAsync(staff, Create, "#suggestion-form", Registration(world), [(CreateModel.AttachmentsField, "扫描件.pdf", Pdf)]);
        (await StoredAsync(RedirectedId(next))).Number.Should().Be("十六届五次会议第001号");
    }

    [Fact]
    public async Task Numbers_run_on_per_session_and_between_sessions_and_are_never_reused()
    {
        var world = await Data.SuggestionWorldAsync();
        var sixth = await Data.SessionAsync(6);
        using var staff = await StaffAsync();

        async Task<Suggestion> RegisterAsync(params (string, string?)[] changes)
        {
            var fields = Registration(world).Where(f => changes.All(c => c.Item1 != f.Name)).Concat(changes).ToList();
            using var response = await PostAsync(staff, Create, "#suggestion-form", fields);
            return await StoredAsync(RedirectedId(response));
        }

        (await RegisterAsync()).Number.Should().Be("十六届五次会议第001号");
        var second = await RegisterAsync(("Input.Title", "关于增设公交线路的建议"));
        second.Number.Should().Be("十六届五次会议第002号");
        (await RegisterAsync(("Input.SessionId", Id(sixth.Id)))).Number.Should().Be("十六届六次会议第001号");

        // The second turns out to be a letter: its number stays taken.
        await Data.ActAsync(second.Id, (s, _, now) => s.ConvertToLetter("属于信访事项", Actor.Staff("测试工作人员"), now));
        (await RegisterAsync(("Input.Title", "关于完善养老服务的建议"))).Number.Should().Be("十六届五次会议第003号");

        var between = await RegisterAsync(("Input.Source", nameof(SuggestionSource.BetweenSessions)), ("Input.SessionId", ""), ("Input.ReceivedOn", "2026-02-10"));
        between.Number.Should().Be("2026年闭会期间第001号");
        between.SessionId.Should().BeNull();
        between.Year.Should().Be(2026);
        (await RegisterAsync(("Input.Source", nameof(SuggestionSource.BetweenSessions)), ("Input.SessionId", ""), ("Input.Title", "关于治理城区噪声扰民的建议")))
            .Number.Should().Be("2026年闭会期间第002号");
    }

    [Fact]
    public async Task A_form_with_missing_or_contradictory_fields_is_refused_field_by_field_and_keeps_what_was_typed()
    {
        var world = await Data.SuggestionWorldAsync();
        using var staff = await StaffAsync();

        using (var empty = await PostAsync(staff, Create, "#suggestion-form",
            [("Input.SessionId", ""), ("Input.LeadDeputyId", ""), ("Input.Title", ""), ("Input.Content", ""), ("Input.CategoryId", ""), ("Input.ReceivedOn", "")]))
        {
            var page = await RefusedAsync(empty);
            page.FieldError("Input.SessionId").Should().Be(SuggestionMessages.SessionRequired.Message);
            page.FieldError("Input.LeadDeputyId").Should().Be("请选择领衔代表");
            page.FieldError("Input.Title").Should().Be("请填写标题");
            page.FieldError("Input.Content").Should().Be("请填写建议内容");
            page.FieldError("Input.CategoryId").Should().Be("请选择类别");
            page.FieldError("Input.ReceivedOn").Should().Be("请填写收到日期");
        }

        using (var leadTwice = await PostAsync(staff, Create, "#suggestion-form", Registration(world, coSigners: [world.Lead.Id, world.CoSigner.Id])))
        {
            var page = await RefusedAsync(leadTwice);
            page.FieldError("Input.CoSignerIds").Should().Be(SuggestionMessages.LeadNotCoSigner.Message);
            Value(page, "Input.CoSignerIds").Split(',').Should().BeEquivalentTo(Id(world.Lead.Id), Id(world.CoSigner.Id));
        }

        // The domain's refusal (a date after today) comes back next to its field.
        var future = Registration(world).Where(f => f.Name != "Input.ReceivedOn").Append(("Input.ReceivedOn", "2026-03-03")).ToList();
        using (var tomorrow = await PostAsync(staff, Create, "#suggestion-form", future))
        {
            var page = await RefusedAsync(tomorrow);
            page.FieldError("Input.ReceivedOn").Should().Be(SuggestionMessages.ReceivedInFuture.Message);
            Value(page, "Input.Content").Should().Be("建议简化审批流程。\n加大财政补贴力度。");
        }
        (await CountAsync<Suggestion>()).Should().Be(0);
    }
}
