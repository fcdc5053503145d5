using AngleSharp.Dom;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Deputies;

public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    private static List<string> Names(IDocument page) => [.. page.QuerySelectorAll(".deputy-name").Select(e => e.TextContent.Trim())];

    private async Task<List<string>> NamesAtAsync(string url)
    {
        using var client = AnonymousClient();
        return Names(await client.GetDocumentAsync(url));
    }

    private async Task SeedDingWangLiAsync()
    {
        await Data.MunicipalDeputyAsync("李明", "16001");
        await Data.MunicipalDeputyAsync("王伟", "16002");
        await Data.MunicipalDeputyAsync("丁力", "16003");
    }

    [Fact]
    public async Task The_directory_lists_the_current_terms_municipal_deputies_by_surname_strokes_by_default()
    {
        await SeedDingWangLiAsync();
        await Data.OtherLevelDeputyAsync("赵乡长");
        var pastTerm = await DbAsync(async db =>
        {
            var term = Term.Create(15, new DateOnly(2017, 1, 10), new DateOnly(2022, 1, 9));
            db.Terms.Add(term);
            await db.SaveChangesAsync();
            return term;
        });
        await Data.MunicipalDeputyAsync("丁往届", "15001", termId: pastTerm.Id);

        // 丁 (2 strokes) < 王 (4) < 李 (7): the official order, 按姓氏笔画.
        (await NamesAtAsync("/Deputies")).Should().Equal("丁力", "王伟", "李明");
    }

    [Fact]
    public async Task Sorting_by_pinyin_gives_a_different_order_than_strokes()
    {
        await SeedDingWangLiAsync();

        // dīng < lǐ < wáng.
        (await NamesAtAsync("/Deputies?sort=pinyin")).Should().Equal("丁力", "李明", "王伟");
        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync("/Deputies?sort=pinyin");
        page.QuerySelector("#sort option[selected]")!.GetAttribute("value").Should().Be("pinyin", "the form keeps the chosen order");
        page.QuerySelector(".result-count")!.TextContent.Should().Contain("按姓名拼音排列");
    }

    [Fact]
    public async Task Search_by_name_and_filter_by_delegation_keep_what_the_user_chose()
    {
        var qingshan = await Data.DelegationAsync("青山区代表团");
        var minghu = await Data.DelegationAsync("明湖区代表团");
        await Data.MunicipalDeputyAsync("王建华", "16001", qingshan.Id);
        await Data.MunicipalDeputyAsync("李建军", "16002", minghu.Id);
        await Data.MunicipalDeputyAsync("张秀英", "16003", qingshan.Id);

        (await NamesAtAsync("/Deputies?q=建")).Should().BeEquivalentTo("王建华", "李建军");
        (await NamesAtAsync($"/Deputies?delegation={qingshan.Id}")).Should().BeEquivalentTo("王建华", "张秀英");
        (await NamesAtAsync($"/Deputies?q=建&delegation={qingshan.Id}")).Should().Equal("王建华");

        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync($"/Deputies?q=建&delegation={minghu.Id}");
        page.QuerySelector("#q")!.GetAttribute("value").Should().Be("建");
        page.QuerySelector("#delegation option[selected]")!.TextContent.Should().Be("明湖区代表团");
        var none = await client.GetDocumentAsync("/Deputies?q=不存在的名字");
        none.QuerySelector("main")!.TextContent.Should().Contain("没有找到符合条件的代表");
    }

    [Fact]
    public async Task Deputies_no_longer_serving_come_after_the_serving_ones_and_show_their_status()
    {
        await SeedDingWangLiAsync();
        await DbAsync(async db =>
        {
            var ding = db.Deputies.Single(d => d.Name == "丁力");
            ding.ChangeStatus(DeputyStatus.Resigned, new DateOnly(2025, 6, 20), "因工作调动辞去代表职务", null);
            await db.SaveChangesAsync();
        });

        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync("/Deputies");
        Names(page).Should().Equal("王伟", "李明", "丁力");
        var cards = page.QuerySelectorAll(".deputy-card");
        cards[cards.Length - 1].QuerySelector(".deputy-status")!.TextContent.Should().Be("辞职");
        page.QuerySelectorAll(".deputy-status").Should().HaveCount(1);
    }

    [Fact]
    public async Task The_directory_is_paged_twenty_deputies_to_a_page()
    {
        var term = await Data.TermAsync();
        await DbAsync(async db =>
        {
            for (var i = 1; i <= 25; i++) db.Deputies.Add(Deputy.Create(term.Id, $"16{i:000}", $"王{ChineseDigits(i)}", Gender.Male));
            await db.SaveChangesAsync();
        });

        using var client = AnonymousClient();
        var first = await client.GetDocumentAsync("/Deputies?sort=pinyin");
        Names(first).Should().HaveCount(20);
        first.QuerySelector(".pager-position")!.TextContent.Should().Be("第 1 页，共 2 页");
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href");
        next.Should().Contain("p=2").And.Contain("sort=pinyin", "the order is kept from page to page");

        var second = await client.GetDocumentAsync(next!);
        Names(second).Should().HaveCount(5);
        Names(first).Concat(Names(second)).Should().OnlyHaveUniqueItems().And.HaveCount(25);
        (await NamesAtAsync("/Deputies?p=99")).Should().HaveCount(5, "a page past the end shows the last page");
    }

    [Fact]
    public async Task A_card_shows_photo_delegation_occupation_stations_and_links_to_the_profile()
    {
        var delegation = await Data.DelegationAsync("青山区代表团");
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16001", delegation.Id, workUnit: "示例大学教授");
        var withPhoto = await Data.MunicipalDeputyAsync("李明", "16002");
        await DbAsync(async db =>
        {
            db.DeputyPhotos.Add(DeputyPhoto.Create(withPhoto.Id, DetailsTests.Png));
            db.Deputies.Single(d => d.Id == withPhoto.Id).MarkPhoto(true);
            await db.SaveChangesAsync();
        });
        var district = await Data.DistrictAsync();
        var area = await Data.SubdistrictAsync(district.Id);
        var station = await Data.StationAsync(area.Id, "青山路街道人大代表联络站", (deputy.Id, StationRole.Member));

        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync("/Deputies");
        var card = page.QuerySelectorAll(".deputy-card").Single(c => c.QuerySelector(".deputy-name")!.TextContent.Trim() == "王建华");
        card.QuerySelector(".deputy-name a")!.GetAttribute("href").Should().Be($"/Deputies/Details/{deputy.Id}");
        card.TextContent.Should().Contain("青山区代表团").And.Contain("示例大学教授");
        card.QuerySelector($"a[href='/Stations/Details/{station.Id}']")!.TextContent.Should().Be("青山路街道人大代表联络站");
        card.QuerySelector(".deputy-photo-none")!.GetAttribute("aria-label").Should().Be("暂无照片");
        card.QuerySelector("img").Should().BeNull();

        var photoCard = page.QuerySelectorAll(".deputy-card").Single(c => c.QuerySelector(".deputy-name")!.TextContent.Trim() == "李明");
        photoCard.QuerySelector("img.deputy-photo")!.GetAttribute("src").Should().Be($"/Deputies/Details/{withPhoto.Id}?handler=Photo");
    }

    private static string ChineseDigits(int value) =>
        string.Concat(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => "零一二三四五六七八九"[c - '0']));
}
