using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure.Excel;
using CongressPortal.Web.Pages.Staff.Deputies;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using DeputyEntity = CongressPortal.Domain.Deputies.Deputy;

namespace CongressPortal.Web.Tests.Pages.Staff.Deputies;

public sealed class ImportTests(PortalAppFactory app) : WebTest(app)
{
    private const string Page = "/Staff/Deputies/Import";

    [Fact]
    public async Task A_valid_file_of_500_deputies_is_imported_in_one_save_with_one_audit_row_per_deputy()
    {
        var setup = await ImportSetup.CreateAsync(App);
        var rows = Enumerable.Range(0, 500).Select(i => Workbooks.ValidRow(i, setup)).ToList();
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var watch = Stopwatch.StartNew();
        using var response = await UploadAsync(staff, setup.Term, Workbooks.Build([Workbooks.Headers, .. rows]));
        watch.Stop();

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await DescribeAsync(response));
        response.Headers.Location!.OriginalString.Should().Be($"{Page}?term={setup.Term.Id}");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "500 rows import in a few seconds");
        (await DbAsync(db => db.Deputies.CountAsync(d => d.TermId == setup.Term.Id))).Should().Be(500);
        var audited = await DbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Deputy" && a.Action == AuditAction.Created).ToListAsync());
        audited.Should().HaveCount(500);
        audited.Select(a => a.At).Distinct().Should().ContainSingle("all rows were written by the one SaveChanges");

        // Row 2 is i = 0: a date cell, the first delegation, a deputy group; row 3 (i = 1): text date, professional group.
        var first = await DbAsync(db => db.Deputies.SingleAsync(d => d.Number == "16001"));
        first.Name.Should().Be("王建国");
        first.Gender.Should().Be(Gender.Male);
        first.Ethnicity.Should().Be("汉族");
        first.BirthDate.Should().Be(new DateOnly(1970, 1, 1));
        first.Party.Should().Be("中共党员");
        first.DelegationId.Should().Be(setup.Qingshan.Id);
        first.DeputyGroupId.Should().Be(setup.RegionalGroup.Id);
        first.Mobile.Should().Be("13800000000");
        first.IdNumber.Should().Be(Workbooks.IdNumberOf(0));
        first.Status.Should().Be(DeputyStatus.Serving);
        var second = await DbAsync(db => db.Deputies.SingleAsync(d => d.Number == "16002"));
        second.BirthDate.Should().Be(new DateOnly(1971, 2, 2));
        second.Ethnicity.Should().Be("蒙古族", "“蒙古” is completed to the full name");
        second.ProfessionalGroupId.Should().Be(setup.ProfessionalGroup.Id);
        second.DelegationId.Should().Be(setup.Xincheng.Id);

        var page = await staff.GetDocumentAsync(response.Headers.Location.OriginalString);
        page.QuerySelector("#import-summary")!.TextContent.Should().Contain("500 名代表已导入第十六届。");
        page.QuerySelector("#import-summary a")!.GetAttribute("href").Should().Be($"/Staff/Deputies?term={setup.Term.Id}");
    }

    [Fact]
    public async Task A_file_with_errors_imports_nothing_and_lists_every_error_with_its_row_and_column()
    {
        var setup = await ImportSetup.CreateAsync(App);
        await DbAsync(async db =>
        {
            db.Deputies.Add(DeputyEntity.Create(setup.Term.Id, "16999", "赵已在", Gender.Male));
            await db.SaveChangesAsync();
        });
        object?[] Row(int i, Action<object?[]> change)
        {
            var row = Workbooks.ValidRow(i, setup);
            change(row);
            return row;
        }
        var rows = new List<object?[]>
        {
            Workbooks.Headers,
            Workbooks.ValidRow(0, setup),                                // row 2: fine
            Row(1, r => r[Workbooks.Ethnicity] = "火星族"),              // row 3
            Row(2, r => r[Workbooks.Name] = null),                       // row 4
            Row(3, r => r[Workbooks.Number] = "16001"),                  // row 5: same number as row 2
            Row(4, r => r[Workbooks.Number] = "16999"),                  // row 6: already in the term
            Row(5, r => r[Workbooks.Delegation] = "不存在区代表团"),      // row 7
            Row(6, r => r[Workbooks.BirthDate] = "1975-13-40"),          // row 8
            Row(7, r => r[Workbooks.Mobile] = "12345"),                  // row 9
            Row(8, r => { r[Workbooks.Gender] = "未知"; r[Workbooks.Education] = "博士后"; }), // row 10: two at once
        };
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await UploadAsync(staff, setup.Term, Workbooks.Build(rows));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        ErrorRows(page).Should().Equal(
            (3, "民族*", DeputyMessages.UnknownEthnicity.Message, "火星族"),
            (4, "姓名*", "请填写姓名。", ""),
            (5, "代表证号*", "与第2行的代表证号重复。", "16001"),
            (6, "代表证号*", "第十六届已有代表证号为“16999”的代表。", "16999"),
            (7, "代表团*", "第十六届没有名为“不存在区代表团”的代表团，请对照模板“填写说明”中的代表团名称。", "不存在区代表团"),
            (8, "出生日期", "出生日期无法识别，请按yyyy-mm-dd格式填写，如1975-03-08。", "1975-13-40"),
            (9, "手机号码", DeputyMessages.MobileInvalid.Message, "12345"),
            (10, "性别*", "性别请填“男”或“女”。", "未知"),
            (10, "学历", DeputyMessages.UnknownEducation.Message, "博士后"));
        page.QuerySelector("#errors-heading")!.TextContent.Should().Contain("9 处错误").And.Contain("未导入任何代表");
        (await DbAsync(db => db.Deputies.Select(d => d.Number).ToListAsync())).Should().Equal("16999");
        (await DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Deputy"))).Should().Be(1, "only the deputy made by the test");
    }

    [Fact]
    public async Task The_domain_checks_every_cell_and_each_refusal_is_shown_in_the_column_of_its_field()
    {
        var setup = await ImportSetup.CreateAsync(App);
        object?[] Row(int i, int column, object? value)
        {
            var row = Workbooks.ValidRow(i, setup);
            row[column] = value;
            return row;
        }
        var long51 = new string('名', 51);
        var long101 = new string('址', 101);
        var rows = new List<object?[]>
        {
            Workbooks.Headers,
            Row(0, Workbooks.Number, new string('1', 21)),
            Row(1, Workbooks.Name, long51),
            Row(2, Workbooks.BirthDate, "1899-12-31"),
            Row(3, Workbooks.Party, "无党派"),
            Row(4, Workbooks.IdNumber, "110105194912310021"),
            Row(5, Workbooks.Constituency, long51),
            Row(6, Workbooks.HomeAddress, long101),
        };
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await UploadAsync(staff, setup.Term, Workbooks.Build(rows));

        ErrorRows(await PortalClient.ParseAsync(response)).Should().Equal(
            (2, "代表证号*", DomainMessages.TooLong("Number", "代表证号", 20).Message, new string('1', 21)),
            (3, "姓名*", DomainMessages.TooLong("Name", "姓名", 50).Message, long51),
            (4, "出生日期", DeputyMessages.BirthDateImplausible.Message, "1899-12-31"),
            (5, "政治面貌", DeputyMessages.UnknownParty.Message, "无党派"),
            (6, "公民身份号码", DeputyMessages.IdNumberInvalid.Message, "110105194912310021"),
            (7, "选区", DomainMessages.TooLong("Constituency", "选区", 50).Message, long51),
            (8, "家庭住址", DomainMessages.TooLong("HomeAddress", "家庭住址", 100).Message, new string('址', 60) + "…"));
        (await DbAsync(db => db.Deputies.AnyAsync())).Should().BeFalse();
    }

    [Theory]
    [InlineData("/Staff/Deputies/Import")]
    [InlineData("/Staff/Suggestions/Import")]
    public async Task The_import_pages_take_requests_up_to_twice_the_file_limit(string page)
    {
        // The limits are attributes of the shared page base: the page as MVC compiles it must carry them.
        var descriptor = App.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>().Single(d => d.ViewEnginePath == page);
        var compiled = await App.Services.GetRequiredService<PageLoader>().LoadAsync(descriptor, EndpointMetadataCollection.Empty);

        var filters = compiled.FilterDescriptors.Select(f => f.Filter).ToList();
        filters.OfType<IRequestSizeLimitMetadata>().Should().ContainSingle().Which.MaxRequestBodySize.Should().Be(XlsxFile.MaxRequestBytes);
        filters.OfType<RequestFormLimitsAttribute>().Should().ContainSingle().Which.MultipartBodyLengthLimit.Should().Be(XlsxFile.MaxRequestBytes);
        XlsxFile.MaxRequestBytes.Should().Be(2 * XlsxFile.MaxUploadBytes);
    }

    [Fact]
    public async Task A_file_missing_required_columns_names_each_missing_column_on_row_1()
    {
        var setup = await ImportSetup.CreateAsync(App);
        // No 民族 and no 代表团 column; an unknown extra column is ignored.
        object?[] headers = ["代表证号*", "姓名*", "性别*", "出生日期", "备注"];
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await UploadAsync(staff, setup.Term, Workbooks.Build([headers, ["16001", "王建国", "男", "1970-01-01", "无"]]));

        var page = await PortalClient.ParseAsync(response);
        ErrorRows(page).Should().Equal(
            (1, "民族*", "缺少必填列“民族”。请使用导入模板，不要删除或改动第1行的列名。", ""),
            (1, "代表团*", "缺少必填列“代表团”。请使用导入模板，不要删除或改动第1行的列名。", ""));
        (await DbAsync(db => db.Deputies.AnyAsync())).Should().BeFalse();
    }

    [Fact]
    public async Task A_text_file_renamed_to_xlsx_is_refused_as_not_a_workbook()
    {
        var setup = await ImportSetup.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await UploadAsync(staff, setup.Term, "代表证号,姓名\n16001,王建国\n"u8.ToArray(), "名单.xlsx");

        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Upload").Should().Be(XlsxFile.NotAWorkbook);
        page.QuerySelector("#import-errors").Should().BeNull();
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_is_refused_as_not_a_workbook()
    {
        var setup = await ImportSetup.CreateAsync(App);
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            await writer.WriteAsync("不是工作簿");
        }
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await UploadAsync(staff, setup.Term, zip.ToArray());

        (await PortalClient.ParseAsync(response)).FieldError("Upload").Should().Be(XlsxFile.NotAWorkbook);
    }

    [Fact]
    public async Task A_file_of_another_type_is_refused_by_its_name()
    {
        var setup = await ImportSetup.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await UploadAsync(staff, setup.Term, Workbooks.Build([Workbooks.Headers, Workbooks.ValidRow(0, setup)]), "名单.xls");

        (await PortalClient.ParseAsync(response)).FieldError("Upload").Should().Be(XlsxFile.WrongType);
        (await DbAsync(db => db.Deputies.AnyAsync())).Should().BeFalse();
    }

    [Fact]
    public async Task An_empty_workbook_and_a_header_without_rows_each_get_their_message()
    {
        var setup = await ImportSetup.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using (var empty = await UploadAsync(staff, setup.Term, Workbooks.Build([])))
        {
            (await PortalClient.ParseAsync(empty)).FieldError("Upload").Should().Be(XlsxFile.EmptyWorkbook);
        }
        using (var headerOnly = await UploadAsync(staff, setup.Term, Workbooks.Build([Workbooks.Headers, [null, null, "  "]])))
        {
            (await PortalClient.ParseAsync(headerOnly)).FieldError("Upload").Should().Be(DeputySheet.Import.NoRows);
        }
        using (var zeroBytes = await UploadAsync(staff, setup.Term, []))
        {
            (await PortalClient.ParseAsync(zeroBytes)).FieldError("Upload").Should().Be(XlsxFile.EmptyFile);
        }
    }

    [Fact]
    public async Task A_file_over_10_MB_gets_the_size_message_and_nothing_is_read()
    {
        var setup = await ImportSetup.CreateAsync(App);
        var workbook = Workbooks.Build([Workbooks.Headers, Workbooks.ValidRow(0, setup)]);
        // A real workbook padded past the limit: the size check comes before anything is opened.
        var padded = new byte[XlsxFile.MaxUploadBytes + 1];
        workbook.CopyTo(padded, 0);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await UploadAsync(staff, setup.Term, padded);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).FieldError("Upload").Should().Be(XlsxFile.TooLarge);
        (await DbAsync(db => db.Deputies.AnyAsync())).Should().BeFalse();
    }

    [Fact]
    public async Task Posting_without_a_file_asks_for_one()
    {
        var setup = await ImportSetup.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await staff.SubmitMultipartFormAsync($"{Page}?term={setup.Term.Id}", new Dictionary<string, string?>(), []);

        (await PortalClient.ParseAsync(response)).FieldError("Upload").Should().Be(XlsxFile.NoFile);
    }

    [Fact]
    public async Task The_template_downloads_with_the_headers_and_the_allowed_values_of_the_term()
    {
        var setup = await ImportSetup.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await staff.GetAsync($"{Page}?handler=Template&term={setup.Term.Id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("代表名册导入模板.xlsx");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        MiniExcel.GetSheetNames(stream).Should().Equal("代表名册", "填写说明");
        stream.Position = 0;
        var sheet = stream.Query(useHeaderRow: false, sheetName: "代表名册").Cast<IDictionary<string, object?>>().ToList();
        sheet.Should().ContainSingle("the template is the header row only");
        sheet[0].Values.Should().Equal(
            "代表证号*", "姓名*", "性别*", "民族*", "出生日期", "政治面貌", "学历", "工作单位及职务", "选区",
            "代表团*", "代表小组", "专业代表小组", "手机号码", "公民身份号码", "家庭住址");
        stream.Position = 0;
        var instructions = stream.Query(useHeaderRow: false, sheetName: "填写说明")
            .Cast<IDictionary<string, object?>>().SelectMany(r => r.Values).OfType<string>().ToList();
        instructions.Should().Contain(DeputyLists.Ethnicities).And.Contain(DeputyLists.Parties).And.Contain(DeputyLists.Educations);
        instructions.Should().Contain([setup.Qingshan.Name, setup.Xincheng.Name, setup.RegionalGroup.Name, setup.ProfessionalGroup.Name]);
        instructions.Should().NotContain(setup.OtherTermDelegation.Name, "only the chosen term's delegations are listed");
    }

    [Fact]
    public async Task The_import_page_offers_the_terms_with_the_current_one_chosen()
    {
        var setup = await ImportSetup.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync(Page);

        page.QuerySelector("#import-form select[name=term] option[selected]")!.GetAttribute("value")
            .Should().Be(setup.Term.Id.ToString(CultureInfo.InvariantCulture));
        page.QuerySelector("#import-form input[type=file]")!.GetAttribute("name").Should().Be("Upload");
        page.QuerySelector("#template-form input[name=handler]")!.GetAttribute("value").Should().Be("Template");
        page.QuerySelector("#import-form #import-progress progress").Should().NotBeNull("the upload shows its progress, as the suggestion import does");
        page.QuerySelector("script[src^='/js/excel-import.']").Should().NotBeNull();
        page.QuerySelector("#upload-help")!.TextContent.Should().Contain("最多5000名代表");
    }

    [Theory]
    [InlineData("1975-03-08")]
    [InlineData("1975/3/8")]
    [InlineData("1975年3月8日")]
    [InlineData(" 1975-3-8 ")]
    [InlineData("1975-03-08 00:00:00")]
    public void Dates_are_read_from_the_accepted_text_forms(string text) =>
        XlsxFile.ParseDate(text).Should().Be(new DateOnly(1975, 3, 8));

    [Theory]
    [InlineData("1975-13-08")]
    [InlineData("1975-02-30")]
    [InlineData("75-3-8")]
    [InlineData("1975-03/08")]
    [InlineData("三月八日")]
    public void Text_that_is_not_a_date_is_not_read_as_one(string text) =>
        XlsxFile.ParseDate(text).Should().BeNull();

    [Fact]
    public void Excel_date_cells_and_date_serial_numbers_are_read_as_dates()
    {
        XlsxFile.ParseDate(new DateTime(1975, 3, 8)).Should().Be(new DateOnly(1975, 3, 8));
        XlsxFile.ParseDate(27461d).Should().Be(new DateOnly(1975, 3, 8));
    }

    private static Task<HttpResponseMessage> UploadAsync(PortalClient client, Term term, byte[] file, string fileName = "代表名册.xlsx") =>
        client.SubmitMultipartFormAsync($"{Page}?term={term.Id}", new Dictionary<string, string?> { ["term"] = term.Id.ToString(CultureInfo.InvariantCulture) }, [("Upload", fileName, file)]);

    private static List<(int Row, string Column, string Message, string Value)> ErrorRows(IDocument page) =>
        page.QuerySelectorAll("#import-errors tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Select(c => (int.Parse(c[0], CultureInfo.InvariantCulture), c[1], c[2], c[3]))
            .ToList();

    private static async Task<string> DescribeAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.OK) return $"status {(int)response.StatusCode}";
        var page = await PortalClient.ParseAsync(response);
        return page.QuerySelector("#import-errors")?.TextContent ?? page.QuerySelector("main")?.TextContent ?? "";
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_zip_bomb_is_refused_before_it_is_parsed_with_the_message_next_to_the_file(bool lyingHeader)
    {
        var setup = await ImportSetup.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await UploadAsync(staff, setup.Term, lyingHeader ? ZipBombs.LyingWorkbook : ZipBombs.Workbook);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Upload").Should().Be(ZipGuard.TooLarge.Message);
        page.QuerySelector("#import-errors").Should().BeNull();
        (await DbAsync(db => db.Deputies.AnyAsync())).Should().BeFalse();
    }
}

/// <summary>A term with two delegations, a deputy group and a professional group, and a delegation of another term.</summary>
public sealed record ImportSetup(Term Term, Delegation Qingshan, Delegation Xincheng, DeputyGroup RegionalGroup, DeputyGroup ProfessionalGroup, Delegation OtherTermDelegation)
{
    public static async Task<ImportSetup> CreateAsync(PortalAppFactory app)
    {
        var term = await new TestData(app).TermAsync(16);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // The previous term ended before the current one began, so "the current term" is unambiguous.
        var previous = Term.Create(15, new DateOnly(2017, 1, 10), new DateOnly(2022, 1, 9));
        db.Terms.Add(previous);
        await db.SaveChangesAsync();
        var setup = new ImportSetup(
            term,
            Delegation.Create(term.Id, "青山区代表团", null, 1),
            Delegation.Create(term.Id, "新城区代表团", null, 2),
            DeputyGroup.Create("青山区第一代表小组", DeputyGroupKind.Regional, null, 1),
            DeputyGroup.Create("财政经济专业代表小组", DeputyGroupKind.Professional, null, 2),
            Delegation.Create(previous.Id, "旧届代表团", null, 1));
        db.AddRange(setup.Qingshan, setup.Xincheng, setup.RegionalGroup, setup.ProfessionalGroup, setup.OtherTermDelegation);
        await db.SaveChangesAsync();
        return setup;
    }
}

/// <summary>Builds .xlsx files in the tests with MiniExcel: no binary fixtures in the repository.</summary>
public static class Workbooks
{
    public const int Number = 0, Name = 1, Gender = 2, Ethnicity = 3, BirthDate = 4, Party = 5, Education = 6, WorkUnit = 7,
        Constituency = 8, Delegation = 9, DeputyGroup = 10, ProfessionalGroup = 11, Mobile = 12, IdNumber = 13, HomeAddress = 14;

    public static readonly object?[] Headers =
    [
        "代表证号*", "姓名*", "性别*", "民族*", "出生日期", "政治面貌", "学历", "工作单位及职务", "选区",
        "代表团*", "代表小组", "专业代表小组", "手机号码", "公民身份号码", "家庭住址",
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    private static readonly string[] GivenNames = ["建国", "秀英", "志强", "丽华", "海峰", "春梅", "国庆", "雅琴", "文斌", "玉兰"];

    /// <summary>
    /// A valid row, deterministic in <paramref name="i"/>: number 16001 + i; even rows have an Excel date cell,
    /// the first delegation and a deputy group; odd rows a text date, the second delegation and a professional group.
    /// </summary>
    public static object?[] ValidRow(int i, ImportSetup setup)
    {
        var birth = new DateOnly(1970 + (i % 30), 1 + (i % 12), 1 + (i % 28));
        var even = i % 2 == 0;
        return
        [
            (16001 + i).ToString(CultureInfo.InvariantCulture),
            Surnames[i % 10] + GivenNames[i / 10 % 10],
            even ? "男" : "女",
            i % 3 == 1 ? "蒙古" : "汉族",
            even ? birth.ToDateTime(TimeOnly.MinValue) : $"{birth.Year}年{birth.Month}月{birth.Day}日",
            even ? "中共党员" : "无党派人士",
            "大学本科",
            $"示例市第{i + 1}中学校长",
            $"青山区第{i % 40 + 1}选区",
            even ? setup.Qingshan.Name : setup.Xincheng.Name,
            even ? setup.RegionalGroup.Name : null,
            even ? null : setup.ProfessionalGroup.Name,
            // A number cell for some rows: deputies' mobiles are often typed as numbers.
            i % 4 == 0 ? 13800000000d + i : (13800000000L + i).ToString(CultureInfo.InvariantCulture),
            IdNumberOf(i),
            $"示例市青山区幸福路{i + 1}号",
        ];
    }

    /// <summary>A valid 18-character citizen ID number (GB 11643 check character), distinct for each <paramref name="i"/>.</summary>
    public static string IdNumberOf(int i)
    {
        var body = $"150104{1960 + (i % 40)}0101{i % 1000:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, k) => (c - '0') * weights[k]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    /// <summary>A one-sheet workbook named 代表名册 with <paramref name="rows"/> from row 1, cells in columns A, B, ….</summary>
    public static byte[] Build(IReadOnlyList<object?[]> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        var sheet = rows.Select(r => Enumerable.Range(0, width).ToDictionary(c => XlsxFile.ColumnLetter(c), c => c < r.Length ? r[c] : null)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, printHeader: false, sheetName: "代表名册");
        return stream.ToArray();
    }
}
