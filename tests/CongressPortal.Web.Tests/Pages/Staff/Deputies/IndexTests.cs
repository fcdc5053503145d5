using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Deputies;

public sealed class IndexTests(PortalAppFactory app) : RegistryTest(app)
{
    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#deputies tbody th a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task By_default_names_are_in_surname_stroke_order_and_pinyin_order_on_request()
    {
        await Data.MunicipalDeputyAsync("李明", "16003");
        await Data.MunicipalDeputyAsync("王芳", "16002");
        await Data.MunicipalDeputyAsync("丁一", "16001");
        using var staff = await StaffAsync();

        // 丁 has 2 strokes, 王 4, 李 7; in pinyin ding < li < wang.
        Names(await staff.GetDocumentAsync(List)).Should().Equal("丁一", "王芳", "李明");
        Names(await staff.GetDocumentAsync($"{List}?sort=pinyin")).Should().Equal("丁一", "李明", "王芳");
        Names(await staff.GetDocumentAsync($"{List}?sort=number")).Should().Equal("丁一", "王芳", "李明");
    }

    [Fact]
    public async Task The_list_shows_the_mobile_masked_and_details_show_it_in_full()
    {
        var deputy = await Data.MunicipalDeputyAsync("王芳", "16002");
        using var staff = await StaffAsync();

        var list = await staff.GetDocumentAsync(List);
        Text(list, $"#deputy-{deputy.Id} .deputy-mobile").Trim().Should().Be("139****5678");
        list.Source.Text.Should().NotContain(TestData.PrivateSample.Mobile).And.NotContain(TestData.PrivateSample.IdNumber);

        var details = await staff.GetDocumentAsync($"{List}/Details/{deputy.Id}");
        Text(details, "#deputy-mobile").Trim().Should().Be(TestData.PrivateSample.Mobile);
        Text(details, "#private-data").Should().Contain(TestData.PrivateSample.IdNumber).And.Contain(TestData.PrivateSample.HomeAddress);
    }

    [Fact]
    public async Task Filters_by_delegation_group_status_level_and_name_narrow_the_list()
    {
        var qingshan = await Data.DelegationAsync("青山区代表团");
        var xincheng = await Data.DelegationAsync("新城区代表团");
        var group = await Data.RegistryGroupAsync("财经专业代表小组", DeputyGroupKind.Professional);
        await Data.MunicipalDeputyAsync("王芳", "16002", qingshan.Id);
        var b = await Data.MunicipalDeputyAsync("李明", "16003", xincheng.Id);
        await Data.MunicipalDeputyAsync("丁一", "16001", xincheng.Id);
        await Data.OtherLevelDeputyAsync("赵乡长");
        await DbAsync(async db =>
        {
            var stored = await db.Deputies.SingleAsync(d => d.Id == b.Id);
            stored.AssignGroups(xincheng.Id, null, group.Id);
            stored.ChangeStatus(DeputyStatus.Resigned, new DateOnly(2026, 1, 5), "因工作调动辞去代表职务", null);
            await db.SaveChangesAsync();
        });
        using var staff = await StaffAsync();

        Names(await staff.GetDocumentAsync($"{List}?delegation={xincheng.Id}")).Should().Equal("丁一", "李明");
        Names(await staff.GetDocumentAsync($"{List}?group={group.Id}")).Should().Equal("李明");
        Names(await staff.GetDocumentAsync($"{List}?status=Resigned")).Should().Equal("李明");
        Names(await staff.GetDocumentAsync($"{List}?level=Township")).Should().Equal("赵乡长");
        Names(await staff.GetDocumentAsync($"{List}?q=王")).Should().Equal("王芳");
        Names(await staff.GetDocumentAsync($"{List}?q=16001")).Should().Equal("丁一");
        var all = await staff.GetDocumentAsync(List);
        Names(all).Should().HaveCount(4, "other-level deputies have no term and stay in the current term's list");
        Text(all, ".reference-count").Should().Contain("4");
    }

    [Fact]
    public async Task The_current_term_is_the_default_and_an_empty_term_shows_every_term()
    {
        await Data.TermAsync();
        var older = await DbAsync(async db =>
        {
            var term = CongressPortal.Domain.Reference.Term.Create(15, new DateOnly(2017, 1, 10), new DateOnly(2022, 1, 9));
            db.Terms.Add(term);
            await db.SaveChangesAsync();
            return term;
        });
        await Data.MunicipalDeputyAsync("王芳", "16002");
        await Data.MunicipalDeputyAsync("李明", "15002", termId: older.Id);
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(List);
        Names(page).Should().Equal("王芳");
        Selected(page, "term").Should().Be(Id((await Data.TermAsync()).Id));
        Names(await staff.GetDocumentAsync($"{List}?term={older.Id}")).Should().Equal("李明");
        Names(await staff.GetDocumentAsync($"{List}?term=")).Should().Equal("王芳", "李明");
    }

    [Fact]
    public async Task The_filter_form_uses_the_shared_query_names_and_the_export_link_carries_the_filter()
    {
        var term = await Data.TermAsync();
        var delegation = await Data.DelegationAsync("青山区代表团");
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync($"{List}?delegation={delegation.Id}&q=王&sort=pinyin");

        var names = page.QuerySelectorAll("#deputy-filter [name]").Select(e => e.GetAttribute("name")).ToList();
        names.Should().BeEquivalentTo(["term", "delegation", "group", "status", "level", "q", "sort"]);
        var export = page.QuerySelector("#export-link")!.GetAttribute("href")!;
        export.Should().StartWith("/Staff/Deputies/Export?")
            .And.Contain($"term={term.Id}").And.Contain($"delegation={delegation.Id}").And.Contain("sort=pinyin").And.Contain("q=%E7%8E%8B");
        page.QuerySelector("a[href='/Staff/Deputies/Import']").Should().NotBeNull();
    }

    [Fact]
    public async Task Fifty_deputies_fill_a_page_and_the_rest_are_on_the_next()
    {
        var term = await Data.TermAsync();
        await DbAsync(async db =>
        {
            for (var i = 1; i <= 55; i++)
            {
                db.Deputies.Add(Deputy.Create(term.Id, $"16{i:000}", $"代表{i:000}", Gender.Male));
            }
            await db.SaveChangesAsync();
        });
        using var staff = await StaffAsync();

        var first = await staff.GetDocumentAsync($"{List}?sort=number");
        Names(first).Should().HaveCount(50);
        Names(first)[0].Should().Be("代表001");
        var second = await staff.GetDocumentAsync($"{List}?sort=number&p=2");
        Names(second).Should().Equal("代表051", "代表052", "代表053", "代表054", "代表055");
    }

    [Fact]
    public async Task The_shared_filter_gives_the_export_the_same_deputies_in_the_same_order()
    {
        var delegation = await Data.DelegationAsync("青山区代表团");
        await Data.MunicipalDeputyAsync("李明", "16003", delegation.Id);
        await Data.MunicipalDeputyAsync("王芳", "16002", delegation.Id);
        await Data.MunicipalDeputyAsync("丁一", "16001");
        var term = await Data.TermAsync();

        var names = await DbAsync(db => db.Deputies.AsNoTracking()
            .FilterAndOrder(new DeputyFilter { Term = term.Id, Delegation = delegation.Id })
            .Select(d => d.Name)
            .ToListAsync());
        names.Should().Equal("王芳", "李明");
    }
}
