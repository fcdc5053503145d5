using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Pages.Shared;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;

/// <summary>The co-signer picker on the deputy's form: namesakes told apart, search on the server, the selection kept.</summary>
public sealed class CreatePickerTests(PortalAppFactory app) : DeputySuggestionTest(app)
{
    private const string Url = "/Deputy/Suggestions/Create";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Two namesakes 张伟 in different delegations, and 刘芳 in the first one.</summary>
    private async Task<(Deputy First, Deputy Second, Deputy Other)> NamesakesAsync()
    {
        var east = await Data.DelegationAsync("东城区代表团");
        var west = await Data.DelegationAsync("西城区代表团");
        return (await Data.MunicipalDeputyAsync("张伟", "16201", east.Id),
            await Data.MunicipalDeputyAsync("张伟", "16202", west.Id),
            await Data.MunicipalDeputyAsync("刘芳", "16203", east.Id));
    }

    private static IReadOnlyList<string> Offered(IHtmlDocument page) =>
        [.. page.QuerySelectorAll<IHtmlInputElement>("#cosigners input[type=checkbox]").Select(i => i.Value)];

    private static IReadOnlyList<string> Ticked(IHtmlDocument page) =>
        [.. page.QuerySelectorAll<IHtmlInputElement>("#cosigners input[type=checkbox]").Where(i => i.IsChecked).Select(i => i.Value)];

    /// <summary>Clicks 查找: the form goes to the button's formaction, as a browser sends it.</summary>
    private static async Task<IHtmlDocument> SearchAsync(PortalClient client, IHtmlDocument form, string formSelector, params (string Name, string? Value)[] fields)
    {
        var button = form.QuerySelector<IHtmlButtonElement>("#cosigners-search")!;
        form.QuerySelector(formSelector)!.SetAttribute("action", button.GetAttribute("formaction"));
        using var response = await client.PostFormAsync(form, formSelector, fields);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await PortalClient.ParseAsync(response);
    }

    private Task<int> CountAsync() => DbAsync(db => db.Suggestions.CountAsync());

    [Fact]
    public async Task The_picker_tells_namesakes_apart_and_filters_on_the_server_keeping_what_was_typed_and_ticked()
    {
        var world = await Data.SuggestionWorldAsync();
        var (first, second, other) = await NamesakesAsync();
        using var client = await DeputyClientAsync(world.Lead.Id);
        var form = await client.GetDocumentAsync(Url);

        var labels = form.QuerySelectorAll("#cosigners label.form-check-label").Select(l => l.TextContent).ToList();
        labels.Should().Contain("张伟（东城区代表团 · 代表证号 16201）").And.Contain("张伟（西城区代表团 · 代表证号 16202）");
        form.QuerySelectorAll("#cosigners legend").Select(l => l.TextContent.Trim()).Should().Contain(["东城区代表团", "西城区代表团"]);
        form.QuerySelector($"label[for=cosigners-{first.Id}]")!.TextContent.Should().StartWith("张伟", "each tick box has its label");
        form.QuerySelector("#cosigners-query")!.GetAttribute("name").Should().Be(DeputyPicker.QueryName);
        form.QuerySelector("label[for=cosigners-query]").Should().NotBeNull("the search field is labelled");
        Offered(form).Should().BeEquivalentTo([Id(world.CoSigner.Id), Id(first.Id), Id(second.Id), Id(other.Id)]);

        // 查找 without JavaScript: the form comes back with the matches and every ticked deputy, what was typed kept.
        var filtered = await SearchAsync(client, form, "#suggestion-form",
            ("Input.Title", "关于增设社区养老服务站的建议"), ("Input.Content", "建议增设。"), ("Input.CoSignerIds", Id(other.Id)),
            (DeputyPicker.QueryName, "西城"));
        Offered(filtered).Should().BeEquivalentTo([Id(second.Id), Id(other.Id)], "the match, and 刘芳 who is ticked");
        Ticked(filtered).Should().Equal(Id(other.Id));
        filtered.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value.Should().Be("关于增设社区养老服务站的建议");
        filtered.QuerySelector<IHtmlTextAreaElement>("#Input_Content")!.Value.Should().Be("建议增设。");
        filtered.QuerySelector<IHtmlInputElement>("#cosigners-query")!.Value.Should().Be("西城");
        filtered.QuerySelector("#cosigners-status")!.TextContent.Should().Contain("已选 1 名").And.Contain("刘芳").And.Contain("相符的有 1 名");
        filtered.QuerySelectorAll(".field-validation-error").Should().BeEmpty("a search is not a submission");

        // By deputy number, then no match at all.
        Offered(await SearchAsync(client, filtered, "#suggestion-form", (DeputyPicker.QueryName, "16201"))).Should().BeEquivalentTo([Id(first.Id), Id(other.Id)]);
        var none = await SearchAsync(client, filtered, "#suggestion-form", (DeputyPicker.QueryName, "不存在的名字"), ("Input.CoSignerIds", null));
        Offered(none).Should().BeEmpty();
        none.QuerySelector("#cosigners-none").Should().NotBeNull();
        (await CountAsync()).Should().Be(0, "searching registers nothing");

        // Tick the second 张伟 in the filtered list and submit from there.
        var page = await SearchAsync(client, filtered, "#suggestion-form", (DeputyPicker.QueryName, "西城"));
        using var submitted = await client.PostFormAsync(page, "#suggestion-form", [("Input.CoSignerIds", Id(other.Id)), ("Input.CoSignerIds", Id(second.Id)),
            ("Input.CategoryId", Id(world.Category.Id))]);
        submitted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var saved = await DbAsync(db => db.Suggestions.Include(s => s.Deputies).AsNoTracking().SingleAsync());
        saved.CoSignerIds.Should().BeEquivalentTo([other.Id, second.Id]);
    }

    [Fact]
    public async Task A_refused_submission_keeps_the_ticked_co_signers()
    {
        var world = await Data.SuggestionWorldAsync();
        var (first, _, other) = await NamesakesAsync();
        using var client = await DeputyClientAsync(world.Lead.Id);
        var form = await client.GetDocumentAsync(Url);

        using var refused = await client.PostFormAsync(form, "#suggestion-form",
            [("Input.Title", ""), ("Input.Content", "建议增设。"), ("Input.CategoryId", Id(world.Category.Id)), ("Input.CoSignerIds", Id(first.Id)), ("Input.CoSignerIds", Id(other.Id))]);

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(refused);
        page.FieldError("Input.Title").Should().Be("请填写建议标题。");
        Ticked(page).Should().BeEquivalentTo([Id(first.Id), Id(other.Id)]);
        (await CountAsync()).Should().Be(0);
    }
}
