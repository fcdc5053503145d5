using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Pages.Shared;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>The co-signer picker on the staff register and edit forms; staff-entered co-signers are recorded as signed on paper.</summary>
public sealed class CreatePickerTests(PortalAppFactory app) : StaffSuggestionTest(app)
{
    private const string Create = "/Staff/Suggestions/Create";

    private static IReadOnlyList<string> Offered(IHtmlDocument page) =>
        [.. page.QuerySelectorAll<IHtmlInputElement>("#cosigners input[type=checkbox]").Select(i => i.Value)];

    private static async Task<IHtmlDocument> SearchAsync(PortalClient client, IHtmlDocument form, params (string Name, string? Value)[] fields)
    {
        form.QuerySelector("#suggestion-form")!.SetAttribute("action", form.QuerySelector("#cosigners-search")!.GetAttribute("formaction"));
        using var response = await client.PostFormAsync(form, "#suggestion-form", fields);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await PortalClient.ParseAsync(response);
    }

    [Fact]
    public async Task Staff_search_the_co_signers_on_the_server_keep_the_form_and_register_paper_signatures()
    {
        var world = await Data.SuggestionWorldAsync();
        var east = await Data.DelegationAsync("东城区代表团");
        var west = await Data.DelegationAsync("西城区代表团");
        var first = await Data.MunicipalDeputyAsync("张伟", "16201", east.Id);
        var second = await Data.MunicipalDeputyAsync("张伟", "16202", west.Id);
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync(Create);
        form.QuerySelectorAll("#cosigners label").Select(l => l.TextContent).Should().Contain("张伟（西城区代表团 · 代表证号 16202）");

        var filtered = await SearchAsync(staff, form, ("Input.LeadDeputyId", Id(world.Lead.Id)), ("Input.Title", "关于规范校外培训机构的建议"),
            ("Input.CoSignerIds", Id(world.CoSigner.Id)), (DeputyPicker.QueryName, "张伟"));
        Offered(filtered).Should().BeEquivalentTo([Id(first.Id), Id(second.Id), Id(world.CoSigner.Id)], "the two 张伟 and the ticked 王秀英");
        Value(filtered, "Input.Title").Should().Be("关于规范校外培训机构的建议");
        Value(filtered, "Input.LeadDeputyId").Should().Be(Id(world.Lead.Id));
        Value(filtered, "Input.CoSignerIds").Should().Be(Id(world.CoSigner.Id));
        (await CountAsync<Suggestion>()).Should().Be(0);

        using var refused = await PostAsync(staff, filtered, "#suggestion-form", [("Input.CoSignerIds", Id(world.CoSigner.Id)), ("Input.CoSignerIds", Id(second.Id)),
            ("Input.Content", ""), ("Input.CategoryId", Id(world.Category.Id)), ("Input.ReceivedOn", "2026-01-12"), ("Input.SessionId", Id(world.Session.Id))]);
        var page = await RefusedAsync(refused);
        page.FieldError("Input.Content").Should().Be("请填写建议内容");
        Value(page, "Input.CoSignerIds").Split(',').Should().BeEquivalentTo(Id(world.CoSigner.Id), Id(second.Id));

        using var saved = await PostAsync(staff, page, "#suggestion-form", [("Input.Content", "建议加强监管。"), (DeputyPicker.QueryName, "")]);
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var s = await DbAsync(db => db.Suggestions.Include(x => x.Deputies).AsNoTracking().SingleAsync());
        s.CoSignerIds.Should().BeEquivalentTo([world.CoSigner.Id, second.Id]);
        s.Deputies.Should().OnlyContain(d => d.State == CoSignerState.Confirmed && d.RecordedByStaff, "staff entered the paper form's signatures");

        // The edit form has the same picker and search.
        var edit = await staff.GetDocumentAsync($"/Staff/Suggestions/Edit/{s.Id}");
        var editFiltered = await SearchAsync(staff, edit, (DeputyPicker.QueryName, "东城"));
        Offered(editFiltered).Should().BeEquivalentTo([Id(first.Id), Id(world.CoSigner.Id), Id(second.Id)], "the match and both ticked co-signers");
        Value(editFiltered, "Input.Title").Should().Be("关于规范校外培训机构的建议");
    }
}
