using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Admin;

public sealed class SuggestionSettingsTests(PortalAppFactory app) : WebTest(app)
{
    private const string Settings = "/Admin/SuggestionSettings";

    [Fact]
    public async Task The_administrator_sees_the_default_rules_of_the_law()
    {
        using var admin = await ClientForRoleAsync(PortalRole.Admin);
        var page = await admin.GetDocumentAsync(Settings);
        page.QuerySelector("[name='Input.ReplyMonths']")!.GetAttribute("value").Should().Be("3");
        page.QuerySelector("[name='Input.ExtendedReplyMonths']")!.GetAttribute("value").Should().Be("6");
        page.QuerySelector("[name='Input.RatingWithinWorkingDays']")!.GetAttribute("value").Should().Be("20");
        page.QuerySelector("[name='Input.SessionNumberPattern']")!.GetAttribute("value").Should().Be(SuggestionSettings.DefaultSessionPattern);
        page.QuerySelectorAll("#classifications tbody tr").Should().HaveCount(5, "four classifications and a blank row to add one");
    }

    [Fact]
    public async Task A_changed_reply_deadline_and_three_level_classification_apply_to_new_assignments()
    {
        var world = await Data.SuggestionWorldAsync();
        using var admin = await ClientForRoleAsync(PortalRole.Admin);

        using var response = await admin.SubmitFormAsync(Settings, new Dictionary<string, string?>
        {
            ["Input.ReplyMonths"] = "2",
            ["Input.Classifications[3].IsActive"] = "false",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var suggestion = await Data.SuggestionAsync(world);
        var assigned = await Data.AssignedSuggestionAsync(suggestion.Id, world.Unit.Id);
        assigned.Assignments[0].DueOn.Should().Be(new DateOnly(2026, 5, 6), "two months from 2 March is 2 May, a holiday; the next working day is 6 May");
        var active = await DbAsync(db => db.ReplyClassifications.Where(c => c.IsActive).OrderBy(c => c.SortOrder).Select(c => c.Code).ToListAsync());
        active.Should().Equal("A", "B", "C");
        (await DbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(SuggestionSettings)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()))
            .Should().Equal([Web.Data.AuditAction.Created, Web.Data.AuditAction.Updated], "seeded with the defaults, then changed by the administrator");
    }

    [Fact]
    public async Task Page_texts_that_state_deadlines_follow_the_settings()
    {
        var world = await Data.SuggestionWorldAsync();
        using var unit = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: world.Unit.Id);
        var before = await unit.GetDocumentAsync("/Unit");
        (before.QuerySelector("#deadline-reply")!.TextContent, before.QuerySelector("#deadline-extended")!.TextContent,
            before.QuerySelector("#deadline-co-opinion")!.TextContent, before.QuerySelector("#deadline-return")!.TextContent)
            .Should().Be(("三个月", "六个月", "一个月", "5个工作日"));
        using var admin = await ClientForRoleAsync(PortalRole.Admin);

        using var response = await admin.SubmitFormAsync(Settings, new Dictionary<string, string?>
        {
            ["Input.ReplyMonths"] = "2",
            ["Input.ExtendedReplyMonths"] = "4",
            ["Input.ReturnWithinWorkingDays"] = "7",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await unit.GetDocumentAsync("/Unit");
        (after.QuerySelector("#deadline-reply")!.TextContent, after.QuerySelector("#deadline-extended")!.TextContent,
            after.QuerySelector("#deadline-return")!.TextContent).Should().Be(("两个月", "四个月", "7个工作日"));
        after.QuerySelector("main")!.TextContent.Should().NotContain("三个月内答复");
    }

    [Fact]
    public async Task A_pattern_without_a_sequence_or_an_out_of_range_deadline_is_refused_and_what_was_typed_stays()
    {
        using var admin = await ClientForRoleAsync(PortalRole.Admin);

        using var response = await admin.SubmitFormAsync(Settings, new Dictionary<string, string?>
        {
            ["Input.SessionNumberPattern"] = "{term}届{session}次会议第号",
            ["Input.RehandleMonths"] = "9",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Input.RehandleMonths").Should().Be("重新办理期限应为1到3个月", "rehandling is a new reply period: three months at most, as the law says");
        page.QuerySelector("[name='Input.SessionNumberPattern']")!.GetAttribute("value").Should().Be("{term}届{session}次会议第号");

        // The domain's refusal of the pattern names its field, and the page puts it there.
        using var second = await admin.SubmitFormAsync(Settings, new Dictionary<string, string?> { ["Input.SessionNumberPattern"] = "{term}届{session}次会议第号" });
        (await PortalClient.ParseAsync(second)).FieldError("Input.SessionNumberPattern").Should().Contain("会议期间编号规则须包含序号占位符");
        (await DbAsync(db => db.SuggestionSettings.SingleAsync())).SessionNumberPattern.Should().Be(SuggestionSettings.DefaultSessionPattern);
    }

    [Fact]
    public async Task Seven_extended_months_are_refused_next_to_the_field_and_nothing_is_saved()
    {
        using var admin = await ClientForRoleAsync(PortalRole.Admin);
        var before = await DbAsync(db => db.SuggestionSettings.AsNoTracking().SingleAsync());

        using var response = await admin.SubmitFormAsync(Settings, new Dictionary<string, string?>
        {
            ["Input.ExtendedReplyMonths"] = "7",
            ["Input.DueSoonDays"] = "20",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Input.ExtendedReplyMonths").Should().Be("延期后的答复期限应为1到6个月", "代表法第五十一条: six months at most");
        page.QuerySelector("[name='Input.ExtendedReplyMonths']")!.GetAttribute("value").Should().Be("7");
        var after = await DbAsync(db => db.SuggestionSettings.AsNoTracking().SingleAsync());
        after.ExtendedReplyMonths.Should().Be(SuggestionSettings.StatutoryExtendedReplyMonths);
        after.DueSoonDays.Should().Be(before.DueSoonDays, "a refused form saves none of its values");
        after.Version.Should().Be(before.Version);
    }

    [Fact]
    public async Task An_extended_period_shorter_than_the_reply_period_is_refused_by_the_domain_next_to_the_field()
    {
        using var admin = await ClientForRoleAsync(PortalRole.Admin);

        using var response = await admin.SubmitFormAsync(Settings, new Dictionary<string, string?>
        {
            ["Input.ReplyMonths"] = "3",
            ["Input.ExtendedReplyMonths"] = "2",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).FieldError("Input.ExtendedReplyMonths")
            .Should().Be(DomainMessages.OutOfRange("ExtendedReplyMonths", "延期后答复期限（月）", 3, 6).Message);
        (await DbAsync(db => db.SuggestionSettings.SingleAsync())).ExtendedReplyMonths.Should().Be(SuggestionSettings.StatutoryExtendedReplyMonths);
    }

    [Fact]
    public async Task Fewer_than_two_active_classifications_are_refused_at_the_top_of_the_form_and_nothing_is_saved()
    {
        using var admin = await ClientForRoleAsync(PortalRole.Admin);

        using var response = await admin.SubmitFormAsync(Settings, new Dictionary<string, string?>
        {
            ["Input.ReplyMonths"] = "2",
            ["Input.Classifications[1].IsActive"] = "false",
            ["Input.Classifications[2].IsActive"] = "false",
            ["Input.Classifications[3].IsActive"] = "false",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).Summary().Should().Contain(CongressPortal.Web.Pages.Admin.SuggestionSettingsModel.Handler.ClassificationCount.Message);
        (await DbAsync(db => db.ReplyClassifications.CountAsync(c => c.IsActive))).Should().Be(4);
        (await DbAsync(db => db.SuggestionSettings.SingleAsync())).ReplyMonths.Should().Be(3, "the settings and the classifications are saved together or not at all");
    }
}
