using CongressPortal.Domain.Common;
using System.Net;
using AngleSharp.Dom;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Deputies;

public sealed class DetailsTests(PortalAppFactory app) : WebTest(app)
{
    /// <summary>A PNG signature and a few bytes: enough for <see cref="DeputyPhoto.DetectType"/>.</summary>
    public static byte[] Png { get; } = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private static string Fact(IDocument page, string label) =>
        page.QuerySelectorAll(".profile-facts dt").Single(dt => dt.TextContent.Trim() == label).NextElementSibling!.TextContent.Trim();

    private static int Figure(IDocument page, string label) =>
        int.Parse(page.QuerySelectorAll(".record-figure").Single(f => f.QuerySelector("dt")!.TextContent.Trim() == label)
            .QuerySelector(".record-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);

    private async Task AddPhotoAsync(int deputyId) => await DbAsync(async db =>
    {
        db.DeputyPhotos.Add(DeputyPhoto.Create(deputyId, Png));
        db.Deputies.Single(d => d.Id == deputyId).MarkPhoto(true);
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task The_public_profile_shows_basic_information_and_the_stations()
    {
        var delegation = await Data.DelegationAsync("青山区代表团");
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16001", delegation.Id, workUnit: "示例市第一中学校长");
        var district = await Data.DistrictAsync();
        var area = await Data.SubdistrictAsync(district.Id);
        var station = await Data.StationAsync(area.Id, "青山路街道人大代表联络站", (deputy.Id, StationRole.Head));

        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync($"/Deputies/Details/{deputy.Id}");

        page.QuerySelector("h1")!.TextContent.Should().Be("王建华 代表");
        Fact(page, "性别").Should().Be("男");
        Fact(page, "民族").Should().Be("汉族");
        Fact(page, "政治面貌").Should().Be("中共党员");
        Fact(page, "工作单位及职务").Should().Be("示例市第一中学校长");
        Fact(page, "所属代表团").Should().Be("青山区代表团");
        Fact(page, "届别").Should().Be("第十六届市人大代表");
        var link = page.QuerySelector($"a[href='/Stations/Details/{station.Id}']");
        link!.TextContent.Should().Be("青山路街道人大代表联络站");
        link.ParentElement!.TextContent.Should().Contain("站长");
        page.QuerySelector(".deputy-photo-none").Should().NotBeNull("a deputy without a photo gets a neutral placeholder");
    }

    [Fact]
    public async Task The_performance_figures_are_counted_from_the_recorded_events_of_the_term()
    {
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16001");
        var other = await Data.MunicipalDeputyAsync("李明", "16002", privateData: new DeputyPrivateData(null, null, null));
        await Data.PerformanceEventAsync(PerformanceEventKind.Training, new DateOnly(2025, 3, 10), deputy.Id, other.Id);
        await Data.PerformanceEventAsync(PerformanceEventKind.Training, new DateOnly(2025, 9, 10), deputy.Id);
        await Data.PerformanceEventAsync(PerformanceEventKind.StandingCommitteeMeeting, new DateOnly(2025, 6, 25), deputy.Id);
        // Before the term began (2022-01-10): not part of this term's record.
        await Data.PerformanceEventAsync(PerformanceEventKind.Training, new DateOnly(2021, 11, 1), deputy.Id);
        await Data.PerformanceEventAsync(PerformanceEventKind.Research, new DateOnly(2025, 4, 1), other.Id);
        var district = await Data.DistrictAsync();
        var area = await Data.SubdistrictAsync(district.Id);
        var station = await Data.StationAsync(area.Id, "青山路街道人大代表联络站", (deputy.Id, StationRole.Member), (other.Id, StationRole.Member));
        await Data.ReceptionAsync(station.Id, new DateOnly(2025, 11, 3), [deputy.Id, other.Id]);
        await Data.ReceptionAsync(station.Id, new DateOnly(2026, 1, 5), [deputy.Id]);
        await Data.ReceptionAsync(station.Id, new DateOnly(2026, 2, 2), [deputy.Id]);
        await Data.ReceptionAsync(station.Id, new DateOnly(2026, 2, 9), [other.Id]);

        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync($"/Deputies/Details/{deputy.Id}");

        Figure(page, "参加培训").Should().Be(2);
        Figure(page, "列席常委会会议").Should().Be(1);
        Figure(page, "在联络站接待群众").Should().Be(3);
        Figure(page, "参加调研").Should().Be(0);
        Figure(page, "提出建议").Should().Be(0);
        page.QuerySelector("#record")!.ParentElement!.TextContent.Should().Contain("第十六届（2022年1月10日至2027年1月9日）");
    }

    [Fact]
    public async Task Suggestions_led_or_co_signed_count_once_accepted_and_letters_or_unreviewed_ones_do_not()
    {
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16001");
        var other = await Data.MunicipalDeputyAsync("李明", "16002", privateData: new DeputyPrivateData(null, null, null));
        var world = new TestData.SuggestionWorld(await Data.SessionAsync(), await Data.CategoryAsync(), deputy, other,
            await Data.UnitAsync(), await Data.UnitAsync("示例市交通运输局"), await Data.CommitteeAsync());
        var staff = Domain.Common.Actor.Staff("王工作");
        var led = await Data.SuggestionAsync(world, "领衔的建议");
        await Data.ActAsync(led.Id, (s, _, now) => s.Accept(staff, now));
        var coSigned = await Data.SuggestionAsync(world with { Lead = other, CoSigner = deputy }, "附议的建议");
        await Data.AssignedSuggestionAsync(coSigned.Id, world.Unit.Id);
        await Data.SuggestionAsync(world, "还在审查的建议");
        var letter = await Data.SuggestionAsync(world, "转为来信的建议");
        await Data.ActAsync(letter.Id, (s, _, now) => s.ConvertToLetter("个人诉求", staff, now));

        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync($"/Deputies/Details/{deputy.Id}");

        Figure(page, "提出建议").Should().Be(2);
    }

    [Fact]
    public async Task Unknown_ids_and_deputies_of_other_levels_have_no_public_profile()
    {
        var township = await Data.OtherLevelDeputyAsync("赵乡长");
        using var client = AnonymousClient();

        (await client.GetAsync($"/Deputies/Details/{township.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/Deputies/Details/987654")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/Deputies/Details")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_photo_is_served_with_its_type_for_public_profiles_only()
    {
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16001");
        var withoutPhoto = await Data.MunicipalDeputyAsync("李明", "16002");
        var township = await Data.OtherLevelDeputyAsync("赵乡长");
        await AddPhotoAsync(deputy.Id);
        await AddPhotoAsync(township.Id);

        using var client = AnonymousClient();
        using var photo = await client.GetAsync($"/Deputies/Details/{deputy.Id}?handler=Photo");
        photo.StatusCode.Should().Be(HttpStatusCode.OK);
        photo.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        (await photo.Content.ReadAsByteArrayAsync()).Should().Equal(Png);
        var page = await client.GetDocumentAsync($"/Deputies/Details/{deputy.Id}");
        page.QuerySelector("img.deputy-photo")!.GetAttribute("alt").Should().Be("王建华代表的照片");

        (await client.GetAsync($"/Deputies/Details/{township.Id}?handler=Photo")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Deputies/Details/{withoutPhoto.Id}?handler=Photo")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
