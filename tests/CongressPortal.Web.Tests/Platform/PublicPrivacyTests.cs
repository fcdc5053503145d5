using System.Net;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// docs/domain/deputies.md#private-and-public-data and docs/domain/stations.md#who-sees-what: deputies' mobile, ID number and home address and visitors' names and contacts never
/// reach a public page — not in the text, not in attributes, not anywhere in the page source.
/// </summary>
public sealed class PublicPrivacyTests(PortalAppFactory app) : WebTest(app)
{
    private static readonly DeputyPrivateData Other = new("13698765432", "110105197005060024", "明湖区春风里小区3号楼501室");

    private const string VisitorName = "欧阳秘密";
    private const string VisitorContact = "15877776666";
    private const string SecondVisitor = "上官保密";
    private const string SecondContact = "微信 secret-contact-01";

    private static IEnumerable<string> Forbidden()
    {
        foreach (var data in new[] { TestData.PrivateSample, Other })
        {
            yield return data.Mobile!;
            yield return Masked(data.Mobile!);
            yield return data.IdNumber!;
            yield return Masked(data.IdNumber!);
            yield return data.HomeAddress!;
        }
        yield return "幸福小区";
        yield return "春风里";
        yield return VisitorName;
        yield return VisitorContact;
        yield return Masked(VisitorContact);
        yield return SecondVisitor;
        yield return SecondContact;
        yield return "secret-contact";
    }

    private static string Masked(string value) => Web.Infrastructure.Mask.Value(value)!;

    [Fact]
    public async Task No_public_page_contains_private_data_of_deputies_or_visitors()
    {
        var delegation = await Data.DelegationAsync("青山区代表团");
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16001", delegation.Id);
        var colleague = await Data.MunicipalDeputyAsync("李明", "16002", delegation.Id, Other);
        var township = await Data.OtherLevelDeputyAsync("赵乡长");
        var district = await Data.DistrictAsync();
        var area = await Data.SubdistrictAsync(district.Id);
        var station = await Data.StationAsync(area.Id, "青山路街道人大代表联络站",
            (deputy.Id, StationRole.Head), (colleague.Id, StationRole.Member), (township.Id, StationRole.Member));
        await Data.ScheduleAsync(station.Id, new ScheduleRule(RecurrenceKind.Weekly, new TimeOnly(9, 0), new TimeOnly(11, 0), new DateOnly(2026, 1, 1),
            Weekday: DayOfWeek.Thursday, DeputiesPerDuty: 2), deputy.Id, colleague.Id, township.Id);
        await Data.ReceptionAsync(station.Id, new DateOnly(2026, 2, 26), [deputy.Id, colleague.Id],
            new TestData.VisitorIssue(VisitorName, VisitorContact, "小区路灯损坏", HandlingPath.ReferredToSubdistrict, deputy.Id),
            new TestData.VisitorIssue(SecondVisitor, SecondContact, "加装电梯", HandlingPath.AnsweredOnSpot));
        await Data.PerformanceEventAsync(PerformanceEventKind.Training, new DateOnly(2025, 5, 1), deputy.Id, colleague.Id);

        string[] urls =
        [
            "/",
            "/Deputies",
            "/Deputies?q=王",
            "/Deputies?sort=pinyin",
            $"/Deputies?delegation={delegation.Id}",
            $"/Deputies/Details/{deputy.Id}",
            $"/Deputies/Details/{colleague.Id}",
            "/Stations",
            $"/Stations?district={district.Id}",
            "/Stations?q=青山路",
            $"/Stations/Details/{station.Id}",
        ];
        using var client = AnonymousClient();
        var leaks = new List<string>();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            var source = await response.Content.ReadAsStringAsync();
            source.Should().NotBeNullOrWhiteSpace();
            leaks.AddRange(Forbidden().Where(value => source.Contains(value, StringComparison.Ordinal)).Select(value => $"{url}: {value}"));
        }
        leaks.Should().BeEmpty();

        // The pages did show the public side of the same people, so the check above looked at real content.
        var details = await (await client.GetAsync($"/Stations/Details/{station.Id}")).Content.ReadAsStringAsync();
        details.Should().Contain("王建华").And.Contain("李明").And.Contain("赵乡长");
    }
}
