using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.ContactPoints;

/// <summary>The registry of 基层立法联系点: create, a duplicate name next to the field, edit with a conflict panel, figures, stop and resume.</summary>
public sealed class ContactPointsTests(PortalAppFactory app) : Suggestions.StaffSuggestionTest(app)
{
    private DraftSteps Steps => new(App);

    [Fact]
    public async Task Staff_register_a_point_and_a_second_of_the_same_name_is_refused_at_the_name()
    {
        using var staff = await StaffAsync();
        using (var created = await PostAsync(staff, "/Staff/ContactPoints/Create", "#point-form",
            [("Input.Name", "成吉思汗大街街道基层立法联系点"), ("Input.District", "新城区"), ("Input.Phone", "0471-6612345")]))
        {
            created.StatusCode.Should().Be(HttpStatusCode.Redirect);
            created.Headers.Location!.OriginalString.Should().StartWith("/Staff/ContactPoints/Details/");
        }
        using var duplicate = await PostAsync(staff, "/Staff/ContactPoints/Create", "#point-form",
            [("Input.Name", "成吉思汗大街街道基层立法联系点"), ("Input.District", "回民区")]);
        var refused = await RefusedAsync(duplicate);
        refused.FieldError("Input.Name").Should().Be(DraftMessages.DuplicatePointName.Message);
        Value(refused, "Input.District").Should().Be("回民区");
        using var noName = await PostAsync(staff, "/Staff/ContactPoints/Create", "#point-form", [("Input.Name", ""), ("Input.District", "回民区")]);
        (await RefusedAsync(noName)).FieldError("Input.Name").Should().Be("请填写联系点名称");
        (await DbAsync(db => db.LegislativeContactPoints.CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task The_list_and_the_point_page_show_drafts_comments_valid_and_adopted()
    {
        var draft = await Steps.OpenDraftAsync();
        var point = await Steps.ContactPointAsync();
        var idle = await Steps.ContactPointAsync("没有意见的联系点");
        var adopted = await Steps.PointCommentAsync(draft.DraftId, point);
        await Steps.PointCommentAsync(draft.DraftId, point, "第四条");
        var duplicate = await Steps.PointCommentAsync(draft.DraftId, point, null);
        await Steps.DecideAsync(adopted, AdoptionDecision.Adopted);
        await Steps.CheckAsync(duplicate, DraftCommentCheck.Duplicate);
        await Steps.CommentAsync(draft.DraftId);

        using var staff = await StaffAsync();
        var list = await staff.GetDocumentAsync("/Staff/ContactPoints");
        Text(list, $"#point-{point} .figure-drafts").Should().Be("1");
        Text(list, $"#point-{point} .figure-collected").Should().Be("3");
        Text(list, $"#point-{point} .figure-valid").Should().Be("2");
        Text(list, $"#point-{point} .figure-adopted").Should().Be("1");
        Text(list, $"#point-{idle} .figure-collected").Should().Be("0");

        var details = await staff.GetDocumentAsync($"/Staff/ContactPoints/Details/{point}");
        Text(details, "#point-figures").Should().Contain("收集意见 3 条").And.Contain("有效意见 2 条").And.Contain("采纳 1 条");
        details.QuerySelector($"#draft-{draft.DraftId}").Should().NotBeNull();
    }

    [Fact]
    public async Task A_stopped_point_leaves_the_active_list_and_can_be_resumed()
    {
        var point = await Steps.ContactPointAsync();
        using var staff = await StaffAsync();
        using (var stopped = await PostAsync(staff, $"/Staff/ContactPoints/Details/{point}", "#form-active", []))
            ShouldRedirect(stopped, $"/Staff/ContactPoints/Details/{point}");
        (await DbAsync(db => db.LegislativeContactPoints.SingleAsync(p => p.Id == point))).IsActive.Should().BeFalse();
        (await staff.GetDocumentAsync("/Staff/ContactPoints?active=true")).QuerySelector($"#point-{point}").Should().BeNull();
        (await staff.GetDocumentAsync("/Staff/ContactPoints?active=false")).QuerySelector($"#point-{point}").Should().NotBeNull();
        using (var resumed = await PostAsync(staff, $"/Staff/ContactPoints/Details/{point}", "#form-active", []))
            ShouldRedirect(resumed, $"/Staff/ContactPoints/Details/{point}");
        (await DbAsync(db => db.LegislativeContactPoints.SingleAsync(p => p.Id == point))).IsActive.Should().BeTrue();
    }

    [Fact]
    public async Task Of_two_staff_editing_a_point_the_second_sees_what_the_first_saved()
    {
        var point = await Steps.ContactPointAsync();
        using var first = await StaffAsync("张一");
        using var second = await StaffAsync("李二");
        var firstPage = await first.GetDocumentAsync($"/Staff/ContactPoints/Edit/{point}");
        var secondPage = await second.GetDocumentAsync($"/Staff/ContactPoints/Edit/{point}");
        using (var saved = await PostAsync(first, firstPage, "#point-form", [("Input.Address", "青山路2号")]))
            ShouldRedirect(saved, $"/Staff/ContactPoints/Details/{point}");
        using var late = await PostAsync(second, secondPage, "#point-form", [("Input.Address", "青山路3号")]);
        var refused = await RefusedAsync(late);
        Text(refused, "#conflict-title").Should().Be(CongressPortal.Web.Infrastructure.CommandResult<int>.ConflictMessage);
        Text(refused, ".conflict-values").Should().Contain("青山路2号");
        Value(refused, "Input.Address").Should().Be("青山路3号");
        (await DbAsync(db => db.LegislativeContactPoints.SingleAsync(p => p.Id == point))).Address.Should().Be("青山路2号");
    }
}
