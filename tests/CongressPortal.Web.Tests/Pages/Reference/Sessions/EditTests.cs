using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Reference.Sessions;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference.Sessions;

public sealed class EditTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Sessions";

    [Fact]
    public async Task Staff_creates_the_next_session_of_a_term_and_it_is_listed_by_its_full_Chinese_name()
    {
        await Data.SessionAsync(4);
        var term = await Data.TermAsync(16);
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync($"{List}/Edit?term={term.Id}");
        Value(form, "Input.Number").Should().Be("5", "the next session of the term is proposed");

        using var response = await staff.SubmitFormAsync(form, Form(("Input.StartDate", "2026-01-11"), ("Input.EndDate", "2026-01-14")));
        ShouldRedirect(response, $"{List}?term={term.Id}");

        var session = await DbAsync(db => db.Sessions.SingleAsync(s => s.Number == 5));
        session.TermId.Should().Be(term.Id);
        Text(await staff.GetDocumentAsync($"{List}?term={term.Id}"), "main")
            .Should().Contain("第十六届人民代表大会第五次会议").And.Contain("2026年1月11日");
        (await AuditAsync(nameof(CongressSession), session.Id)).Should().Equal(AuditAction.Created);
    }

    [Fact]
    public async Task Staff_edits_a_sessions_dates()
    {
        var session = await Data.SessionAsync(5);
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit/{session.Id}", Form(("Input.EndDate", "2026-01-15")));
        ShouldRedirect(response, $"{List}?term={session.TermId}");
        (await DbAsync(db => db.Sessions.SingleAsync(s => s.Id == session.Id))).EndDate.Should().Be(new DateOnly(2026, 1, 15));
        (await AuditAsync(nameof(CongressSession), session.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated);
    }

    [Fact]
    public async Task Two_staff_edit_one_session_and_the_second_sees_the_first_ones_dates_and_keeps_the_filter()
    {
        var session = await Data.SessionAsync(5);
        var url = $"{List}/Edit?id={session.Id}";
        using var first = await StaffAsync();
        using var second = await StaffAsync();
        var firstForm = await first.GetDocumentAsync(url);
        var secondForm = await second.GetDocumentAsync(url);
        using (var saved = await first.SubmitFormAsync(firstForm, Form(("Input.EndDate", "2026-01-16"))))
        {
            ShouldRedirect(saved, $"{List}?term={session.TermId}");
        }

        using var conflict = await second.SubmitFormAsync(secondForm, Form(("Input.EndDate", "2026-01-13")));
        var page = await RefusedAsync(conflict);
        Text(page, ".conflict-box").Should().Contain("2026年1月16日", "the panel shows what the other person saved");
        Value(page, "Input.EndDate").Should().Be("2026-01-13");
        page.QuerySelectorAll("select[name='Input.TermId'] option").Should().HaveCountGreaterThan(1, "the form's select lists are loaded again");
        (await DbAsync(db => db.Sessions.SingleAsync(s => s.Id == session.Id))).EndDate.Should().Be(new DateOnly(2026, 1, 16));

        using var overwrite = await second.SubmitFormAsync(page, Form());
        ShouldRedirect(overwrite, $"{List}?term={session.TermId}");
        (await DbAsync(db => db.Sessions.SingleAsync(s => s.Id == session.Id))).EndDate.Should().Be(new DateOnly(2026, 1, 13));
    }

    [Fact]
    public async Task Closing_before_opening_is_refused_next_to_the_closing_date_with_the_input_kept()
    {
        var term = await Data.TermAsync(16);
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.TermId", Id(term.Id)), ("Input.Number", "5"), ("Input.StartDate", "2026-01-11"), ("Input.EndDate", "2026-01-10")));
        var page = await RefusedAsync(response);
        page.FieldError("Input.EndDate").Should().Be("闭幕日期不能早于开幕日期。");
        Value(page, "Input.EndDate").Should().Be("2026-01-10");
        page.QuerySelector("select[name='Input.TermId'] option[selected]")!.TextContent.Should().Be("第十六届");
        (await DbAsync(db => db.Sessions.AnyAsync())).Should().BeFalse();
    }

    [Fact]
    public async Task Letters_typed_into_the_number_field_get_a_Chinese_message_next_to_it()
    {
        var term = await Data.TermAsync(16);
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.TermId", Id(term.Id)), ("Input.Number", "abc"), ("Input.StartDate", "2026-01-11")));
        var page = await RefusedAsync(response);
        page.FieldError("Input.Number").Should().StartWith("“abc”不是有效的");
        Value(page, "Input.Number").Should().Be("abc");
    }

    [Fact]
    public async Task A_second_session_with_the_same_number_in_a_term_is_refused_next_to_the_number()
    {
        var existing = await Data.SessionAsync(5);
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.TermId", Id(existing.TermId)), ("Input.Number", "5"), ("Input.StartDate", "2026-02-01")));
        (await RefusedAsync(response)).FieldError("Input.Number").Should().Be(EditModel.Handler.UniqueNumber.Message);
    }

    [Fact]
    public async Task A_session_needs_a_term_and_an_opening_date()
    {
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(("Input.TermId", ""), ("Input.Number", "5"), ("Input.StartDate", "")));
        var page = await RefusedAsync(response);
        page.FieldError("Input.TermId").Should().Be("请选择届次");
        page.FieldError("Input.StartDate").Should().Be("请填写开幕日期");
    }
}
