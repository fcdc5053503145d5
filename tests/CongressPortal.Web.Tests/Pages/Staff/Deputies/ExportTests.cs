using System.Globalization;
using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using DeputyEntity = CongressPortal.Domain.Deputies.Deputy;

namespace CongressPortal.Web.Tests.Pages.Staff.Deputies;

public sealed class ExportTests(PortalAppFactory app) : WebTest(app)
{
    private const string Export = "/Staff/Deputies/Export";

    /// <summary>Five deputies of the term: three in 青山 (one resigned), two in 新城, plus one of the previous term in 青山's namesake.</summary>
    private async Task<ImportSetup> DeputiesAsync()
    {
        var setup = await ImportSetup.CreateAsync(App);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        DeputyEntity Add(string number, string name, Delegation delegation, string? mobile = null)
        {
            var deputy = DeputyEntity.CreateMunicipal(setup.Term.Id, number, new DeputyProfile(
                name, Gender.Female, "回族", new DateOnly(1980, 5, 6), "民进会员", "研究生", "示例市第一医院院长", "青山区第3选区"));
            deputy.UpdatePrivateData(new DeputyPrivateData(mobile, null, mobile is null ? null : "示例市青山区幸福路1号"));
            deputy.AssignGroups(delegation.Id, setup.RegionalGroup.Id, setup.ProfessionalGroup.Id);
            db.Deputies.Add(deputy);
            return deputy;
        }
        Add("16003", "张丽华", setup.Qingshan, "13912345678");
        Add("16001", "王建国", setup.Qingshan);
        Add("16002", "李秀英", setup.Xincheng);
        Add("16005", "刘海峰", setup.Xincheng);
        var resigned = Add("16004", "陈春梅", setup.Qingshan);
        resigned.ChangeStatus(DeputyStatus.Resigned, new DateOnly(2025, 6, 1), "因工作调动辞去代表职务", null);
        db.Deputies.Add(DeputyEntity.Create(setup.OtherTermDelegation.TermId, "15001", "赵旧届", Gender.Male));
        await db.SaveChangesAsync();
        return setup;
    }

    [Fact]
    public async Task Export_of_a_filtered_list_is_an_xlsx_of_exactly_the_matching_deputies_in_the_template_columns()
    {
        var setup = await DeputiesAsync();
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await staff.GetAsync($"{Export}?term={setup.Term.Id}&delegation={setup.Qingshan.Id}&status=Serving&sort=number");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("代表名册（内部）-2026-03-02.xlsx");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var rows = await ReadAsync(response);
        rows[0].Should().Equal(
            "代表证号*", "姓名*", "性别*", "民族*", "出生日期", "政治面貌", "学历", "工作单位及职务", "选区",
            "代表团*", "代表小组", "专业代表小组", "手机号码", "公民身份号码", "家庭住址");
        rows.Skip(1).Select(r => r[0]).Should().Equal("16001", "16003");
        rows[2].Should().Equal(
            "16003", "张丽华", "女", "回族", "1980-05-06", "民进会员", "研究生", "示例市第一医院院长", "青山区第3选区",
            "青山区代表团", "青山区第一代表小组", "财政经济专业代表小组", "13912345678", null, "示例市青山区幸福路1号");
    }

    [Fact]
    public async Task Export_follows_the_search_and_the_sort_of_the_list()
    {
        var setup = await DeputiesAsync();
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var byName = await staff.GetAsync($"{Export}?term={setup.Term.Id}&q={Uri.EscapeDataString("海峰")}");
        (await ReadAsync(byName)).Skip(1).Select(r => r[1]).Should().Equal("刘海峰");

        using var byNumber = await staff.GetAsync($"{Export}?term={setup.Term.Id}&sort=number");
        (await ReadAsync(byNumber)).Skip(1).Select(r => r[0]).Should().Equal("16001", "16002", "16003", "16004", "16005");
    }

    [Fact]
    public async Task Export_without_a_term_lists_the_current_term_only()
    {
        await DeputiesAsync();
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await staff.GetAsync($"{Export}?sort=number");

        (await ReadAsync(response)).Skip(1).Select(r => r[0]).Should().Equal("16001", "16002", "16003", "16004", "16005");
    }

    [Fact]
    public async Task An_exported_list_can_be_imported_into_another_term_unchanged()
    {
        var setup = await DeputiesAsync();
        var next = await DbAsync(async db =>
        {
            var term = Term.Create(17, new DateOnly(2027, 1, 10), null);
            db.Terms.Add(term);
            await db.SaveChangesAsync();
            db.Delegations.AddRange(Delegation.Create(term.Id, "青山区代表团", null, 1), Delegation.Create(term.Id, "新城区代表团", null, 2));
            await db.SaveChangesAsync();
            return term;
        });
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        using var export = await staff.GetAsync($"{Export}?term={setup.Term.Id}&status=Serving");
        var file = await export.Content.ReadAsByteArrayAsync();

        using var response = await staff.SubmitMultipartFormAsync(
            $"/Staff/Deputies/Import?term={next.Id}",
            new Dictionary<string, string?> { ["term"] = next.Id.ToString(CultureInfo.InvariantCulture) },
            [("Upload", "代表名册（内部）-2026-03-02.xlsx", file)]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var imported = await DbAsync(db => db.Deputies.Where(d => d.TermId == next.Id).OrderBy(d => d.Number).ToListAsync());
        imported.Select(d => d.Number).Should().Equal("16001", "16002", "16003", "16005");
        imported[2].Mobile.Should().Be("13912345678");
        imported[2].BirthDate.Should().Be(new DateOnly(1980, 5, 6));
    }

    [Fact]
    public async Task The_registry_export_is_for_staff_only()
    {
        var setup = await DeputiesAsync();
        var ownId = await DbAsync(db => db.Deputies.Where(d => d.Number == "16001").Select(d => d.Id).SingleAsync());
        using var deputy = await SignedInClientAsync(PortalRole.Deputy, deputyId: ownId);
        using var anonymous = AnonymousClient();

        using var asDeputy = await deputy.GetAsync($"{Export}?term={setup.Term.Id}");
        using var asPublic = await anonymous.GetAsync($"{Export}?term={setup.Term.Id}");

        asDeputy.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        asPublic.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await asDeputy.Content.ReadAsStringAsync()).Should().NotContain("13912345678");
    }

    /// <summary>The first sheet, row by row, each cell as MiniExcel reads it (text, or null when empty).</summary>
    private static async Task<List<object?[]>> ReadAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        MiniExcel.GetSheetNames(stream).Should().Equal("代表名册");
        stream.Position = 0;
        return stream.Query(useHeaderRow: false)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v is string s && s.Length == 0 ? null : v).ToArray())
            .ToList();
    }
}
