using System.Net;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Staff.Stations;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Stations;

public sealed class EditTests(PortalAppFactory app) : StationTest(app)
{
    private const string FormSelector = "#station-form";

    [Fact]
    public async Task Staff_creates_a_station_with_every_field_and_lands_on_its_page()
    {
        var (district, subdistrict) = await AreasAsync();
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync($"{List}/Edit");
        var group = form.QuerySelector("select[name='Input.AreaId'] optgroup[label='青山区']")!;
        group.Should().NotBeNull("areas are grouped by district");
        group.QuerySelectorAll("option").Select(o => o.TextContent).Should().Equal("青山区（区级）", "钢城街道");

        using var response = await staff.SubmitFormAsync(form, Form(
            ("Input.Name", "钢城街道人大代表联络站"), ("Input.Kind", nameof(StationKind.Station)), ("Input.AreaId", Id(subdistrict.Id)),
            ("Input.Address", "钢城街道和平路12号"), ("Input.Latitude", "40.6581"), ("Input.Longitude", "109.8403"),
            ("Input.OpeningHours", "工作日 9:00—12:00"), ("Input.ContactPhone", "0472-5123456"), ("Input.LiaisonOfficer", "贾慧敏"),
            ("Input.LiaisonOfficerPhone", "13900001111"), ("Input.Introduction", "设在街道党群服务中心一楼。")), FormSelector);

        var station = await DbAsync(db => Task.FromResult(db.Stations.Single(s => s.Name == "钢城街道人大代表联络站")));
        ShouldRedirect(response, $"{List}/Details/{station.Id}");
        station.Kind.Should().Be(StationKind.Station);
        station.AreaId.Should().Be(subdistrict.Id);
        station.Latitude.Should().Be(40.6581);
        station.Longitude.Should().Be(109.8403);
        station.LiaisonOfficerPhone.Should().Be("13900001111");
        station.IsActive.Should().BeTrue();
        (await AuditAsync(nameof(LiaisonStation), station.Id)).Should().Equal(AuditAction.Created);

        var page = await staff.GetDocumentAsync($"{List}/Details/{station.Id}");
        Text(page, "main").Should().Contain("已保存“钢城街道人大代表联络站”").And.Contain("代表联络站");
        Text(page, "#station-details").Should().Contain($"{district.Name} · 钢城街道").And.Contain("钢城街道和平路12号")
            .And.Contain("贾慧敏（13900001111）").And.Contain("设在街道党群服务中心一楼。");
    }

    [Fact]
    public async Task Missing_and_invalid_fields_get_Chinese_messages_next_to_each_field_and_the_input_is_kept()
    {
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.Name", ""), ("Input.Kind", ""), ("Input.AreaId", ""), ("Input.Address", ""),
            ("Input.Latitude", "95"), ("Input.Longitude", "111.6"), ("Input.ContactPhone", "请打电话"),
            ("Input.LiaisonOfficer", "贾慧敏"), ("Input.Introduction", "设在街道党群服务中心一楼。")), FormSelector);
        var page = await RefusedAsync(response);

        page.FieldError("Input.Name").Should().Be("请填写名称");
        page.FieldError("Input.Kind").Should().Be("请选择类型");
        page.FieldError("Input.AreaId").Should().Be("请选择所在区域");
        page.FieldError("Input.Address").Should().Be("请填写地址");
        page.FieldError("Input.Latitude").Should().Be("纬度应在-90至90之间");
        page.FieldError("Input.ContactPhone").Should().Be(EditModel.Command.PhoneMessage);
        Value(page, "Input.LiaisonOfficer").Should().Be("贾慧敏");
        Value(page, "Input.Introduction").Should().Be("设在街道党群服务中心一楼。");
        Value(page, "Input.ContactPhone").Should().Be("请打电话");
        (await DbAsync(db => Task.FromResult(db.Stations.Count()))).Should().Be(0);
    }

    [Fact]
    public async Task A_latitude_without_a_longitude_is_refused_next_to_the_longitude()
    {
        var (_, subdistrict) = await AreasAsync();
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.Name", "钢城街道人大代表联络站"), ("Input.Kind", nameof(StationKind.Station)), ("Input.AreaId", Id(subdistrict.Id)),
            ("Input.Address", "和平路12号"), ("Input.Latitude", "40.65")), FormSelector);
        var page = await RefusedAsync(response);

        page.FieldError("Input.Longitude").Should().Be("请同时填写经度");
        Value(page, "Input.Latitude").Should().Be("40.65");
    }

    [Fact]
    public async Task A_duplicate_station_name_is_refused_next_to_the_name()
    {
        var existing = await StationWithAsync("钢城街道人大代表联络站");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.Name", "钢城街道人大代表联络站"), ("Input.Kind", nameof(StationKind.Home)), ("Input.AreaId", Id(existing.AreaId)),
            ("Input.Address", "另一个地址")), FormSelector);
        var page = await RefusedAsync(response);

        page.FieldError("Input.Name").Should().Be(EditModel.Handler.UniqueName.Message);
        Value(page, "Input.Address").Should().Be("另一个地址");
    }

    [Fact]
    public async Task Staff_edits_a_station_and_the_change_is_audited()
    {
        var station = await StationWithAsync("钢城街道人大代表联络站");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit/{station.Id}", Form(
            ("Input.OpeningHours", "每周一至周五 8:30—17:30"), ("Input.Kind", nameof(StationKind.Home))), FormSelector);
        ShouldRedirect(response, $"{List}/Details/{station.Id}");

        var stored = await StoredStationAsync(station.Id);
        stored.OpeningHours.Should().Be("每周一至周五 8:30—17:30");
        stored.Kind.Should().Be(StationKind.Home);
        stored.Name.Should().Be("钢城街道人大代表联络站");
        (await AuditAsync(nameof(LiaisonStation), station.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated);
    }

    [Fact]
    public async Task Two_staff_edit_one_station_the_second_save_shows_the_first_ones_values_and_a_second_attempt_overwrites()
    {
        var station = await StationWithAsync("钢城街道人大代表联络站");
        var url = $"{List}/Edit/{station.Id}";
        using var first = await StaffAsync();
        using var second = await StaffAsync();
        var firstForm = await first.GetDocumentAsync(url);
        var secondForm = await second.GetDocumentAsync(url);

        using (var saved = await first.SubmitFormAsync(firstForm, Form(("Input.Address", "钢城街道新华路1号")), FormSelector))
        {
            ShouldRedirect(saved, $"{List}/Details/{station.Id}");
        }

        using var conflict = await second.SubmitFormAsync(secondForm, Form(("Input.OpeningHours", "周六 9:00—11:00")), FormSelector);
        var page = await RefusedAsync(conflict);
        Text(page, ".conflict-box").Should().Contain(CommandResult<int>.ConflictMessage).And.Contain("钢城街道新华路1号");
        Value(page, "Input.OpeningHours").Should().Be("周六 9:00—11:00", "the second person's input stays in the form");
        var afterConflict = await StoredStationAsync(station.Id);
        afterConflict.Address.Should().Be("钢城街道新华路1号");
        afterConflict.OpeningHours.Should().Be("工作日 9:00—12:00", "nothing of the second save was written");

        using var overwrite = await second.SubmitFormAsync(page, Form(), FormSelector);
        ShouldRedirect(overwrite, $"{List}/Details/{station.Id}");
        var final = await StoredStationAsync(station.Id);
        final.OpeningHours.Should().Be("周六 9:00—11:00");
        final.Address.Should().Be("青山路街道人民路88号", "the second person saved their whole form on purpose");
    }

    [Fact]
    public async Task Editing_a_station_that_does_not_exist_answers_404()
    {
        using var staff = await StaffAsync();
        using var edit = await staff.GetAsync($"{List}/Edit/987654");
        edit.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var details = await staff.GetAsync($"{List}/Details/987654");
        details.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
