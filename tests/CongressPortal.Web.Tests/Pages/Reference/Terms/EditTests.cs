using System.Net;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Reference.Terms;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference.Terms;

public sealed class EditTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Terms";

    [Fact]
    public async Task Staff_creates_a_term_and_the_list_names_it_in_Chinese()
    {
        await Data.TermAsync(16);
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync($"{List}/Edit");
        Value(form, "Input.Number").Should().Be("17", "the next term is proposed");

        using var response = await staff.SubmitFormAsync(form, Form(("Input.StartDate", "2027-01-10"), ("Input.EndDate", "")));
        ShouldRedirect(response, List);

        var term = await DbAsync(db => db.Terms.SingleAsync(t => t.Number == 17));
        term.StartDate.Should().Be(new DateOnly(2027, 1, 10));
        term.EndDate.Should().BeNull();
        Text(await staff.GetDocumentAsync(List), "main").Should().Contain("第十七届").And.Contain("2027年1月10日");
        (await AuditAsync(nameof(Term), term.Id)).Should().Equal(AuditAction.Created);
    }

    [Fact]
    public async Task Staff_edits_a_term_and_the_change_is_audited()
    {
        var term = await Data.TermAsync(16);
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit/{term.Id}", Form(("Input.EndDate", "2027-01-12")));
        ShouldRedirect(response, List);

        (await DbAsync(db => db.Terms.SingleAsync(t => t.Id == term.Id))).EndDate.Should().Be(new DateOnly(2027, 1, 12));
        (await AuditAsync(nameof(Term), term.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated);
    }

    [Fact]
    public async Task Missing_number_and_start_date_get_messages_next_to_each_field()
    {
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(("Input.Number", ""), ("Input.StartDate", ""), ("Input.EndDate", "2027-01-09")));
        var page = await RefusedAsync(response);
        page.FieldError("Input.Number").Should().Be("请填写届次");
        page.FieldError("Input.StartDate").Should().Be("请填写开始日期");
        Value(page, "Input.EndDate").Should().Be("2027-01-09");
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused_by_the_domain_next_to_the_end_date()
    {
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(("Input.Number", "16"), ("Input.StartDate", "2022-01-10"), ("Input.EndDate", "2021-12-31")));
        var page = await RefusedAsync(response);
        page.FieldError("Input.EndDate").Should().Be("届满日期不能早于开始日期。");
        Value(page, "Input.StartDate").Should().Be("2022-01-10");
        (await DbAsync(db => db.Terms.AnyAsync())).Should().BeFalse();
    }

    [Fact]
    public async Task A_term_number_that_exists_is_refused_next_to_the_number()
    {
        await Data.TermAsync(16);
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(("Input.Number", "16"), ("Input.StartDate", "2022-01-10")));
        (await RefusedAsync(response)).FieldError("Input.Number").Should().Be(EditModel.Handler.UniqueNumber.Message);
    }

    [Fact]
    public async Task Editing_a_term_that_does_not_exist_answers_404()
    {
        using var staff = await StaffAsync();
        using var response = await staff.GetAsync($"{List}/Edit/987654");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
