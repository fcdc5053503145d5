using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Pages.Staff.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

public sealed class DetailsActionsTests(PortalAppFactory app) : StaffSuggestionTest(app)
{
    private const string Staffer = "测试工作人员";

    private static readonly (string Name, string? Value)[] NoFields = [];

    private async Task<(TestData.SuggestionWorld World, Suggestion Suggestion)> RegisteredAsync()
    {
        var world = await Data.SuggestionWorldAsync();
        return (world, await Data.SuggestionAsync(world));
    }

    private async Task<(TestData.SuggestionWorld World, Suggestion Suggestion)> AssignedAsync()
    {
        var (world, s) = await RegisteredAsync();
        return (world, await Data.AssignedSuggestionAsync(s.Id, world.Unit.Id));
    }

    [Fact]
    public async Task Staff_accepts_a_registered_suggestion_and_the_page_confirms_it()
    {
        var (_, s) = await RegisteredAsync();
        using var staff = await StaffAsync("李审查");

        var page = await staff.GetDocumentAsync(Details(s.Id));
        Text(page, "#status-badge").Should().Be("待审查");
        page.QuerySelector("#form-assign").Should().BeNull("a suggestion is assigned only after it is accepted");

        using var response = await PostAsync(staff, page, "#form-accept", NoFields);
        ShouldRedirect(response, Details(s.Id));
        (await StoredAsync(s.Id)).Status.Should().Be(SuggestionStatus.Accepted);

        var after = await staff.GetDocumentAsync(Details(s.Id));
        Text(after, "main").Should().Contain("已审查立案");
        Text(after, "#status-badge").Should().Be("待交办");
        after.QuerySelector("#form-accept").Should().BeNull();
        after.QuerySelector("#form-assign").Should().NotBeNull();
    }

    [Fact]
    public async Task A_stale_page_gets_the_conflict_message_and_keeps_the_typed_reason()
    {
        var (_, s) = await RegisteredAsync();
        using var staff = await StaffAsync();
        var stale = await staff.GetDocumentAsync(Details(s.Id));

        // A colleague accepts it first.
        await Data.ActAsync(s.Id, (x, _, now) => x.Accept(Actor.Staff("王同事"), now));

        using var response = await PostAsync(staff, stale, "#form-letter", [("Letter.Reason", "属于个人诉求")]);
        var page = await RefusedAsync(response);
        Text(page, "#form-letter").Should().Contain(SuggestionStore.ActionConflict);
        Value(page, "Letter.Reason").Should().Be("属于个人诉求");
        page.QuerySelector("#form-failed a")!.GetAttribute("href").Should().Be("#form-letter");
        Text(page, "#status-badge").Should().Be("待交办", "the page shows the latest state");
        (await StoredAsync(s.Id)).Status.Should().Be(SuggestionStatus.Accepted);

        // The accept form is gone from the refreshed page: its message is shown at the top.
        using var again = await PostAsync(staff, stale, "#form-accept", NoFields);
        var refreshed = await RefusedAsync(again);
        refreshed.QuerySelector("#form-accept").Should().BeNull();
        Text(refreshed, "#form-failed").Should().Contain(DomainMessages.WrongStatus("建议", "审查立案", "待交办").Message);
    }

    [Fact]
    public async Task Converting_to_a_letter_needs_a_reason_and_then_records_it()
    {
        var (_, s) = await RegisteredAsync();
        using var staff = await StaffAsync();

        using (var empty = await PostAsync(staff, Details(s.Id), "#form-letter", [("Letter.Reason", "")]))
        {
            (await RefusedAsync(empty)).FieldError("Letter.Reason").Should().Be("请填写理由");
        }
        (await StoredAsync(s.Id)).Status.Should().Be(SuggestionStatus.Submitted);

        using var response = await PostAsync(staff, Details(s.Id), "#form-letter", [("Letter.Reason", "反映的是个人家庭纠纷，属于信访事项")]);
        ShouldRedirect(response, Details(s.Id));
        var stored = await StoredAsync(s.Id);
        stored.Status.Should().Be(SuggestionStatus.Letter);
        stored.StatusReason.Should().Be("反映的是个人家庭纠纷，属于信访事项");
        var page = await staff.GetDocumentAsync(Details(s.Id));
        Text(page, "#suggestion-facts").Should().Contain("转为来信").And.Contain("属于信访事项");
        page.QuerySelector("#form-letter").Should().BeNull();
    }

    [Fact]
    public async Task Staff_merges_a_duplicate_by_number_and_its_deputy_is_answered_by_the_other()
    {
        var (world, first) = await RegisteredAsync();
        var third = await Data.DeputyAsync("张红梅", "16003");
        var duplicate = await Data.SuggestionAsync(world with { Lead = third }, "关于老旧小区增设电梯的建议", withCoSigner: false);
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(Details(duplicate.Id));
        page.QuerySelectorAll("#merge-candidates option").Select(o => o.GetAttribute("value")).Should().Equal(first.Number);

        using (var unknown = await PostAsync(staff, page, "#form-merge", [("Merge.TargetNumber", "十六届五次会议第099号")]))
        {
            var refused = await RefusedAsync(unknown);
            refused.FieldError("Merge.TargetNumber").Should().Be(SuggestionMessages.MergeTargetNotFound("十六届五次会议第099号").Message);
            Value(refused, "Merge.TargetNumber").Should().Be("十六届五次会议第099号");
        }
        using (var itself = await PostAsync(staff, Details(duplicate.Id), "#form-merge", [("Merge.TargetNumber", duplicate.Number)]))
        {
            (await RefusedAsync(itself)).FieldError("Merge.TargetNumber").Should().Be(SuggestionMessages.MergeIntoSelf.Message);
        }

        using var response = await PostAsync(staff, Details(duplicate.Id), "#form-merge", [("Merge.TargetNumber", $" {first.Number} ")]);
        ShouldRedirect(response, Details(duplicate.Id));

        var merged = await StoredAsync(duplicate.Id);
        merged.Status.Should().Be(SuggestionStatus.Merged);
        merged.MergedIntoId.Should().Be(first.Id);
        var target = await StoredAsync(first.Id);
        target.Deputies.Should().Contain(d => d.DeputyId == third.Id && d.Role == SuggestionDeputyRole.Merged);
        target.Events.Should().Contain(e => e.Kind == SuggestionEventKind.Merged && e.Detail == duplicate.Number);

        var targetPage = await staff.GetDocumentAsync(Details(first.Id));
        Text(targetPage, "#merged-deputies").Should().Contain("张红梅");
        targetPage.QuerySelector("#merged-here a")!.GetAttribute("href").Should().Be(Details(duplicate.Id));
        var mergedPage = await staff.GetDocumentAsync(Details(duplicate.Id));
        Text(mergedPage, "#suggestion-facts").Should().Contain($"已并入{first.Number}");
    }

    [Fact]
    public async Task Staff_records_a_withdrawal_with_the_deputys_note()
    {
        var (_, s) = await AssignedAsync();
        using var staff = await StaffAsync();

        using (var empty = await PostAsync(staff, Details(s.Id), "#form-withdraw", [("Withdraw.Reason", " ")]))
        {
            (await RefusedAsync(empty)).FieldError("Withdraw.Reason").Should().Be("请填写理由");
        }
        using var response = await PostAsync(staff, Details(s.Id), "#form-withdraw", [("Withdraw.Reason", "代表于3月2日书面申请撤回")]);
        ShouldRedirect(response, Details(s.Id));
        var stored = await StoredAsync(s.Id);
        stored.Status.Should().Be(SuggestionStatus.Withdrawn);
        stored.DueOn.Should().BeNull("nobody waits for a reply any more");
    }

    [Fact]
    public async Task Staff_assigns_to_several_units_separately_with_the_three_month_deadline()
    {
        var (world, s) = await RegisteredAsync();
        await Data.ActAsync(s.Id, (x, _, now) => x.Accept(Actor.Staff(Staffer), now));
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(Details(s.Id));
        Text(page, "#deadline-preview").Should().StartWith("答复期限：交办之日起3个月（遇节假日顺延）").And.Contain("今天交办为2026年6月2日");

        using var response = await PostAsync(staff, page, "#form-assign",
            [("Assign.Mode", nameof(HandlingMode.Split)), ("Assign.UnitIds", Id(world.Unit.Id)), ("Assign.UnitIds", Id(world.OtherUnit.Id))]);
        ShouldRedirect(response, Details(s.Id));

        var stored = await StoredAsync(s.Id);
        stored.Status.Should().Be(SuggestionStatus.Handling);
        stored.Mode.Should().Be(HandlingMode.Split);
        stored.AssignedOn.Should().Be(Today);
        stored.DueOn.Should().Be(new DateOnly(2026, 6, 2));
        stored.Assignments.Select(a => (a.UnitId, a.Role, a.State, a.DueOn)).Should().BeEquivalentTo([
            (world.Unit.Id, AssignmentRole.Split, AssignmentState.AwaitingAcceptance, new DateOnly(2026, 6, 2)),
            (world.OtherUnit.Id, AssignmentRole.Split, AssignmentState.AwaitingAcceptance, new DateOnly(2026, 6, 2))]);

        var after = await staff.GetDocumentAsync(Details(s.Id));
        var assignment = stored.Assignments.Single(a => a.UnitId == world.Unit.Id);
        Text(after, $"#assignment-{assignment.Id}").Should().Contain("示例市住房和城乡建设局").And.Contain("承办").And.Contain("待签收")
            .And.Contain("2026年6月2日").And.Contain("剩 92 天");
    }

    [Fact]
    public async Task Joint_handling_needs_a_lead_and_a_co_unit()
    {
        var (world, s) = await RegisteredAsync();
        await Data.ActAsync(s.Id, (x, _, now) => x.Accept(Actor.Staff(Staffer), now));
        using var staff = await StaffAsync();

        using (var noCoUnit = await PostAsync(staff, Details(s.Id), "#form-assign",
            [("Assign.Mode", nameof(HandlingMode.Joint)), ("Assign.LeadUnitId", Id(world.Unit.Id)), ("Assign.UnitIds", null)]))
        {
            var page = await RefusedAsync(noCoUnit);
            page.FieldError("Assign.UnitIds").Should().Be(SuggestionMessages.JointNeedsLeadAndCo.Message);
            Value(page, "Assign.Mode").Should().Be(nameof(HandlingMode.Joint));
            Value(page, "Assign.LeadUnitId").Should().Be(Id(world.Unit.Id));
        }
        using (var noLead = await PostAsync(staff, Details(s.Id), "#form-assign",
            [("Assign.Mode", nameof(HandlingMode.Joint)), ("Assign.LeadUnitId", ""), ("Assign.UnitIds", Id(world.OtherUnit.Id))]))
        {
            (await RefusedAsync(noLead)).FieldError("Assign.LeadUnitId").Should().Be("会同办理请选择主办单位。");
        }
        (await StoredAsync(s.Id)).Status.Should().Be(SuggestionStatus.Accepted);

        using var response = await PostAsync(staff, Details(s.Id), "#form-assign",
            [("Assign.Mode", nameof(HandlingMode.Joint)), ("Assign.LeadUnitId", Id(world.Unit.Id)), ("Assign.UnitIds", Id(world.OtherUnit.Id))]);
        ShouldRedirect(response, Details(s.Id));
        var stored = await StoredAsync(s.Id);
        stored.Mode.Should().Be(HandlingMode.Joint);
        stored.Assignments.Select(a => (a.UnitId, a.Role, a.DueOn)).Should().BeEquivalentTo([
            (world.Unit.Id, AssignmentRole.Lead, new DateOnly(2026, 6, 2)),
            (world.OtherUnit.Id, AssignmentRole.CoHandling, new DateOnly(2026, 4, 2))]);
    }

    [Fact]
    public async Task Approving_a_return_reassigns_the_part_with_a_fresh_deadline()
    {
        var (world, s) = await AssignedAsync();
        await Data.ActAsync(s.Id, (x, _, now) => x.RequestReturn("该事项属于交通部门职责", UnitActor(world.Unit.Id), now));
        App.Clock.Advance(TimeSpan.FromDays(2));
        using var staff = await StaffAsync();
        var returned = (await StoredAsync(s.Id)).Assignments.Single();

        var page = await staff.GetDocumentAsync(Details(s.Id));
        Text(page, $"#assignment-{returned.Id} .return-request").Should().Contain("该事项属于交通部门职责").And.Contain("待审批");

        using (var noUnit = await PostAsync(staff, page, $"#form-approvereturn-{returned.Id}", [("ApproveReturn.ReplacementUnitId", "")]))
        {
            var refused = await RefusedAsync(noUnit);
            refused.FieldError("ApproveReturn.ReplacementUnitId").Should().Be(SuggestionMessages.ReplacementRequired.Message);
            refused.QuerySelector("#form-failed a")!.GetAttribute("href").Should().Be($"#assignment-{returned.Id}");
        }

        using var response = await PostAsync(staff, Details(s.Id), $"#form-approvereturn-{returned.Id}", [("ApproveReturn.ReplacementUnitId", Id(world.OtherUnit.Id))]);
        ShouldRedirect(response, Details(s.Id));

        var stored = await StoredAsync(s.Id);
        stored.Assignments.Single(a => a.Id == returned.Id).State.Should().Be(AssignmentState.Returned);
        var replacement = stored.Assignments.Single(a => a.Id != returned.Id);
        replacement.UnitId.Should().Be(world.OtherUnit.Id);
        replacement.State.Should().Be(AssignmentState.AwaitingAcceptance);
        replacement.AssignedOn.Should().Be(new DateOnly(2026, 3, 4));
        replacement.DueOn.Should().Be(new DateOnly(2026, 6, 4), "the clock restarts at reassignment");
        stored.DueOn.Should().Be(new DateOnly(2026, 6, 4));
        Text(await staff.GetDocumentAsync(Details(s.Id)), "main").Should().Contain("已同意退回并改交");
    }

    [Fact]
    public async Task Refusing_a_return_needs_a_reason_and_the_unit_keeps_it()
    {
        var (world, s) = await AssignedAsync();
        await Data.ActAsync(s.Id, (x, _, now) => x.RequestReturn("不属于本单位职责", UnitActor(world.Unit.Id), now));
        using var staff = await StaffAsync();
        var assignment = (await StoredAsync(s.Id)).Assignments.Single();

        using (var empty = await PostAsync(staff, Details(s.Id), $"#form-refusereturn-{assignment.Id}", [("RefuseReturn.Note", "")]))
        {
            (await RefusedAsync(empty)).FieldError("RefuseReturn.Note").Should().Be("请填写不同意退回的理由。");
        }
        using var response = await PostAsync(staff, Details(s.Id), $"#form-refusereturn-{assignment.Id}", [("RefuseReturn.Note", "加装电梯由住建部门牵头")]);
        ShouldRedirect(response, Details(s.Id));
        var stored = (await StoredAsync(s.Id)).Assignments.Single();
        stored.State.Should().Be(AssignmentState.Accepted);
        stored.ReturnDecisionNote.Should().Be("加装电梯由住建部门牵头");
        stored.DueOn.Should().Be(new DateOnly(2026, 6, 2));
    }

    [Fact]
    public async Task Approving_an_extension_moves_the_deadline_to_six_months_and_a_refusal_needs_a_reason()
    {
        var (world, s) = await AssignedAsync();
        await Data.ActAsync(s.Id, (x, _, now) => x.RequestExtension("涉及多个部门，需要统筹资金", UnitActor(world.Unit.Id), now));
        using var staff = await StaffAsync();
        var assignment = (await StoredAsync(s.Id)).Assignments.Single();

        var page = await staff.GetDocumentAsync(Details(s.Id));
        Text(page, $"#form-approveextension-{assignment.Id}").Should().Contain("同意后答复期限延至2026年9月2日");
        using (var empty = await PostAsync(staff, page, $"#form-refuseextension-{assignment.Id}", [("RefuseExtension.Note", "")]))
        {
            (await RefusedAsync(empty)).FieldError("RefuseExtension.Note").Should().Be("请填写不同意延期的理由。");
        }

        using var response = await PostAsync(staff, Details(s.Id), $"#form-approveextension-{assignment.Id}", [("ApproveExtension.Note", "同意")]);
        ShouldRedirect(response, Details(s.Id));
        var stored = await StoredAsync(s.Id);
        stored.Assignments.Single().Extension.Should().Be(ExtensionState.Approved);
        stored.Assignments.Single().DueOn.Should().Be(new DateOnly(2026, 9, 2));
        stored.DueOn.Should().Be(new DateOnly(2026, 9, 2));
        Text(await staff.GetDocumentAsync(Details(s.Id)), $"#assignment-{assignment.Id} .extension-state").Should().Contain("已同意延期").And.Contain("涉及多个部门");
    }

    [Fact]
    public async Task Refusing_an_extension_keeps_the_deadline()
    {
        var (world, s) = await AssignedAsync();
        await Data.ActAsync(s.Id, (x, _, now) => x.RequestExtension("工作量大", UnitActor(world.Unit.Id), now));
        using var staff = await StaffAsync();
        var assignment = (await StoredAsync(s.Id)).Assignments.Single();

        using var response = await PostAsync(staff, Details(s.Id), $"#form-refuseextension-{assignment.Id}", [("RefuseExtension.Note", "事项较为简单，应按期答复")]);
        ShouldRedirect(response, Details(s.Id));
        var stored = (await StoredAsync(s.Id)).Assignments.Single();
        stored.Extension.Should().Be(ExtensionState.Refused);
        stored.ExtensionDecisionNote.Should().Be("事项较为简单，应按期答复");
        stored.DueOn.Should().Be(new DateOnly(2026, 6, 2));
    }

    [Fact]
    public async Task Staff_marks_a_key_suggestion_with_its_leader_and_committee_and_can_undo_it()
    {
        var (world, s) = await AssignedAsync();
        using var staff = await StaffAsync();

        using (var noLeader = await PostAsync(staff, Details(s.Id), "#form-key", [("Key.Leader", ""), ("Key.CommitteeId", Id(world.Committee.Id))]))
        {
            var page = await RefusedAsync(noLeader);
            page.FieldError("Key.Leader").Should().Be("请填写领衔督办领导");
            Value(page, "Key.CommitteeId").Should().Be(Id(world.Committee.Id));
        }

        using (var response = await PostAsync(staff, Details(s.Id), "#form-key", [("Key.Leader", "王副主任"), ("Key.CommitteeId", Id(world.Committee.Id))]))
        {
            ShouldRedirect(response, Details(s.Id));
        }
        var stored = await StoredAsync(s.Id);
        stored.IsKey.Should().BeTrue();
        stored.KeyLeader.Should().Be("王副主任");
        stored.KeyCommitteeId.Should().Be(world.Committee.Id);
        var after = await staff.GetDocumentAsync(Details(s.Id));
        Text(after, "#key-facts").Should().Be("是，领衔督办：王副主任，督办委员会：城乡建设环境保护委员会");
        Value(after, "Key.Leader").Should().Be("王副主任");

        using (var undo = await PostAsync(staff, after, "#form-unkey", NoFields))
        {
            ShouldRedirect(undo, Details(s.Id));
        }
        (await StoredAsync(s.Id)).IsKey.Should().BeFalse();
    }

    [Fact]
    public async Task Staff_bundles_a_suggestion_under_a_theme_of_its_year_and_takes_it_out_again()
    {
        var (_, s) = await AssignedAsync();
        var theme = await DbAsync(async db =>
        {
            var created = SuggestionTheme.Create("老旧小区改造", 2026, null);
            var older = SuggestionTheme.Create("背街小巷整治", 2025, null);
            db.SuggestionThemes.AddRange(created, older);
            await db.SaveChangesAsync();
            return created;
        });
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(Details(s.Id));
        page.QuerySelectorAll("select[name='Theme.ThemeId'] option").Select(o => o.TextContent).Should().Equal("不打捆", "老旧小区改造");
        using (var response = await PostAsync(staff, page, "#form-theme", [("Theme.ThemeId", Id(theme.Id))]))
        {
            ShouldRedirect(response, Details(s.Id));
        }
        (await StoredAsync(s.Id)).ThemeId.Should().Be(theme.Id);
        var after = await staff.GetDocumentAsync(Details(s.Id));
        after.QuerySelector("#theme-facts a")!.GetAttribute("href").Should().Be($"/Staff/Suggestions?theme={theme.Id}");

        using (var missing = await PostAsync(staff, after, "#form-theme", [("Theme.ThemeId", Id(theme.Id + 1000))]))
        {
            (await RefusedAsync(missing)).FieldError("Theme.ThemeId").Should().Be(Web.Infrastructure.Concurrency.MissingReference);
        }
        using (var none = await PostAsync(staff, Details(s.Id), "#form-theme", [("Theme.ThemeId", "")]))
        {
            ShouldRedirect(none, Details(s.Id));
        }
        var stored = await StoredAsync(s.Id);
        stored.ThemeId.Should().BeNull();
        stored.Events.Where(e => e.Kind == SuggestionEventKind.ThemeChanged).Select(e => e.Detail).Should().Equal("老旧小区改造", "移出打捆主题");
    }

    [Fact]
    public async Task A_suggestion_closes_only_after_the_deputy_rated_the_reply()
    {
        var (world, s) = await AssignedAsync();
        await Data.ActAsync(s.Id, (x, rules, now, letter) => x.Reply(TestData.ReplyA(Today, letter()), UnitActor(world.Unit.Id), now, rules));
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(Details(s.Id));
        Text(page, "#close-blockers").Should().Contain("示例市住房和城乡建设局：答复等待代表评价");
        page.QuerySelector("#form-close button").Should().BeNull("the page offers no close button yet");
        using (var early = await PostAsync(staff, page, "#form-close", NoFields))
        {
            Text(await RefusedAsync(early), "#form-close").Should().Contain("暂不能办结");
        }
        (await StoredAsync(s.Id)).Status.Should().Be(SuggestionStatus.Replied);

        var replyId = (await StoredAsync(s.Id)).Assignments.Single().LatestReply!.Id;
        await Data.ActAsync(s.Id, (x, rules, now) => x.Rate(replyId, Satisfaction.Satisfied, "很满意", Actor.Deputy(world.Lead.Id, "李建国"), now, rules));

        var rated = await staff.GetDocumentAsync(Details(s.Id));
        Text(rated, $"#reply-{replyId} .rating").Should().Contain("满意").And.Contain("很满意");
        using (var response = await PostAsync(staff, rated, "#form-close", NoFields))
        {
            ShouldRedirect(response, Details(s.Id));
        }
        var stored = await StoredAsync(s.Id);
        stored.Status.Should().Be(SuggestionStatus.Closed);
        stored.ClosedOn.Should().Be(Today);
    }

    [Fact]
    public async Task The_timeline_lists_every_step_with_who_did_it_and_when()
    {
        var (world, s) = await RegisteredAsync();
        using var staff = await StaffAsync("李审查");
        using (var accept = await PostAsync(staff, Details(s.Id), "#form-accept", NoFields)) ShouldRedirect(accept, Details(s.Id));
        App.Clock.Advance(TimeSpan.FromMinutes(20));
        using (var assign = await PostAsync(staff, Details(s.Id), "#form-assign",
            [("Assign.Mode", nameof(HandlingMode.Split)), ("Assign.UnitIds", Id(world.Unit.Id))]))
        {
            ShouldRedirect(assign, Details(s.Id));
        }
        App.Clock.Advance(TimeSpan.FromDays(1));
        await Data.ActAsync(s.Id, (x, _, now) => x.AcceptAssignment(UnitActor(world.Unit.Id), now));

        // A day later the first session has timed out: a colleague looks.
        using var colleague = await StaffAsync("王查看");
        var page = await colleague.GetDocumentAsync(Details(s.Id));
        var rows = page.QuerySelectorAll("#timeline tbody tr")
            .Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim())))
            .ToList();
        rows.Should().Equal(
            $"2026年3月2日 09:00 | 登记 | {Staffer}（工作人员） | — | {s.Number}",
            "2026年3月2日 09:00 | 审查立案 | 李审查（工作人员） | — | ",
            "2026年3月2日 09:20 | 交办 | 李审查（工作人员） | 示例市住房和城乡建设局 | 分别办理，承办，答复期限2026年6月2日",
            "2026年3月3日 09:20 | 签收 | 赵承办（承办单位） | 示例市住房和城乡建设局 | ");
    }

    [Fact]
    public async Task Staff_uploads_more_attachments_and_a_file_that_is_not_what_it_claims_is_refused()
    {
        var (_, s) = await AssignedAsync();
        using var staff = await StaffAsync();

        using (var fake = await PostAsync(staff, Details(s.Id), "#form-upload", NoFields, [("Upload.Files", "补充材料.pdf", Executable)]))
        {
            (await RefusedAsync(fake)).FieldError("Upload.Files").Should().Be(FileMessages.WrongKind.Message);
        }
        using (var nothing = await PostAsync(staff, Details(s.Id), "#form-upload", NoFields, []))
        {
            (await RefusedAsync(nothing)).FieldError("Upload.Files").Should().Be(DetailsModel.NoFiles);
        }
        (await CountAsync<StoredFile>()).Should().Be(0);

        using (var response = await PostAsync(staff, Details(s.Id), "#form-upload", NoFields,
            [("Upload.Files", "补充材料.pdf", Pdf), ("Upload.Files", "现场照片.pdf", Pdf)]))
        {
            ShouldRedirect(response, Details(s.Id));
        }
        (await StoredAsync(s.Id)).Attachments.Select(a => a.FileName).Should().BeEquivalentTo("补充材料.pdf", "现场照片.pdf");
        Text(await staff.GetDocumentAsync(Details(s.Id)), "#attachments").Should().Contain("补充材料.pdf").And.Contain("现场照片.pdf");
    }

    [Fact]
    public async Task Staff_download_a_suggestions_files_but_a_file_of_another_suggestion_is_not_found()
    {
        var (world, s) = await AssignedAsync();
        var other = await Data.SuggestionAsync(world, "关于增设公交线路的建议");
        var (scan, letter, foreign) = await DbAsync(async db =>
        {
            var scanFile = StoredFile.Accept("原件.pdf", Pdf, Staffer, App.Clock.GetUtcNow());
            var letterFile = StoredFile.Accept("答复函.pdf", Pdf, "赵承办", App.Clock.GetUtcNow());
            var foreignFile = StoredFile.Accept("他件原件.pdf", Pdf, Staffer, App.Clock.GetUtcNow());
            db.StoredFiles.AddRange(scanFile, letterFile, foreignFile);
            await db.SaveChangesAsync();
            return (scanFile.Id, letterFile.Id, foreignFile.Id);
        });
        await Data.ActAsync(s.Id, (x, rules, now) =>
        {
            x.AddAttachment(scan, "原件.pdf", Actor.Staff(Staffer), now);
            x.Reply(TestData.ReplyA(Today, letter), UnitActor(world.Unit.Id), now, rules);
        });
        await Data.ActAsync(other.Id, (x, _, now) => x.AddAttachment(foreign, "他件原件.pdf", Actor.Staff(Staffer), now));
        using var staff = await StaffAsync();

        using (var download = await staff.GetAsync($"/Staff/Suggestions/File/{s.Id}/{scan}"))
        {
            download.StatusCode.Should().Be(HttpStatusCode.OK);
            download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
            download.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("原件.pdf");
            download.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
            (await download.Content.ReadAsByteArrayAsync()).Should().Equal(Pdf);
        }
        var page = await staff.GetDocumentAsync(Details(s.Id));
        page.QuerySelector($"a[href='/Staff/Suggestions/File/{s.Id}/{letter}']")!.TextContent.Should().Be("答复函.pdf");
        using (var reply = await staff.GetAsync($"/Staff/Suggestions/File/{s.Id}/{letter}"))
        {
            reply.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        using (var wrongPair = await staff.GetAsync($"/Staff/Suggestions/File/{s.Id}/{foreign}"))
        {
            wrongPair.StatusCode.Should().Be(HttpStatusCode.NotFound, "the file belongs to another suggestion");
        }
        using (var missing = await staff.GetAsync($"/Staff/Suggestions/File/{s.Id + 1000}/{scan}"))
        {
            missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        }
        (await staff.GetAsync(Details(s.Id + 1000))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Staff_see_every_units_part_with_contacts_opinions_replies_and_commitments()
    {
        var (world, s) = await RegisteredAsync();
        await Data.ActAsync(s.Id, (x, rules, now, letter) =>
        {
            x.Accept(Actor.Staff(Staffer), now);
            x.Assign(HandlingMode.Joint, [world.OtherUnit.Id], world.Unit.Id, Actor.Staff(Staffer), now, rules);
            x.AcceptAssignment(UnitActor(world.Unit.Id), now);
            x.AcceptAssignment(UnitActor(world.OtherUnit.Id), now);
            x.LogContact(ContactStage.Before, Today, ContactForm.Phone, "电话了解代表诉求", UnitActor(world.Unit.Id), now, rules);
            x.SendOpinion("交通部门同意配合做好施工期间交通疏导。", UnitActor(world.OtherUnit.Id), now);
            x.Reply(new ReplyDraft("B", "已列入明年改造计划。", "张局长", Today, false, letter(), [new CommitmentDraft("完成10部电梯加装", new DateOnly(2026, 12, 31))]),
                UnitActor(world.Unit.Id), now, rules);
        });
        using var staff = await StaffAsync();

        var stored = await StoredAsync(s.Id);
        var lead = stored.Assignments.Single(a => a.Role == AssignmentRole.Lead);
        var co = stored.Assignments.Single(a => a.Role == AssignmentRole.CoHandling);
        var page = await staff.GetDocumentAsync(Details(s.Id));
        Text(page, $"#assignment-{lead.Id}").Should().Contain("主办").And.Contain("已答复").And.Contain("办前").And.Contain("电话了解代表诉求")
            .And.Contain("第1轮答复").And.Contain("B类 正在解决或已列入计划逐步解决").And.Contain("张局长").And.Contain("不公开")
            .And.Contain("完成10部电梯加装");
        Text(page, $"#assignment-{lead.Id} .commitments .commitment-progress").Trim().Should().Be("0%");
        Text(page, $"#assignment-{co.Id}").Should().Contain("协办").And.Contain("已送协办意见").And.Contain("协办意见期限").And.Contain("交通部门同意配合");
        Text(page, "#handling-facts").Should().Contain("会同办理");
    }

    [Fact]
    public async Task A_co_units_missed_opinion_shows_as_overdue_and_one_sent_late_is_marked_late()
    {
        var (world, s) = await RegisteredAsync();
        await Data.ActAsync(s.Id, (x, rules, now) =>
        {
            x.Accept(Actor.Staff(Staffer), now);
            x.Assign(HandlingMode.Joint, [world.OtherUnit.Id], world.Unit.Id, Actor.Staff(Staffer), now, rules, confirmed: true);
        });
        var co = (await StoredAsync(s.Id)).Assignments.Single(a => a.Role == AssignmentRole.CoHandling);
        App.Clock.Advance(TimeSpan.FromDays(40));
        using var staff = await StaffAsync();

        var waiting = await staff.GetDocumentAsync(Details(s.Id));
        Text(waiting, $"#assignment-{co.Id} .assignment-due").Should().Contain("逾期 9 天", "the co-unit's month for its opinion ended on 2 April");
        Text(waiting, $"#assignment-{co.Id}").Should().Contain("尚未送协办意见");

        await Data.ActAsync(s.Id, (x, _, now) =>
        {
            x.AcceptAssignment(UnitActor(world.OtherUnit.Id), now);
            x.SendOpinion("同意配合做好交通疏导。", UnitActor(world.OtherUnit.Id), now);
        });
        var sent = await staff.GetDocumentAsync(Details(s.Id));
        Text(sent, $"#assignment-{co.Id} .opinion-late").Should().Contain("逾期送达").And.Contain(ChinaTime.FormatDate(co.DueOn));
        Text(sent, "#timeline").Should().Contain("逾期送达");
    }
}
