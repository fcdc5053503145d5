using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Infrastructure.Word;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.UnitDesk;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>代表建议办理情况征询意见表 (.docx): pre-filled from the records, for staff and for the deputy's own suggestion.</summary>
public sealed class OpinionFormTests(PortalAppFactory app) : UnitDeskTest(app)
{
    private static string StaffUrl(int id) => $"/Staff/Suggestions/{id}/OpinionForm";

    private static string DeputyUrl(int id) => $"/Deputy/Suggestions/{id}/OpinionForm";

    private Task<PortalClient> DeputyClientAsync(int deputyId) => SignedInClientAsync(PortalRole.Deputy, deputyId: deputyId, userName: $"deputy-{deputyId}");

    /// <summary>Joint handling: the lead unit replied (B, with a commitment) after meeting the deputy before handling; the co-unit gave its opinion only.</summary>
    private async Task<Suggestion> RepliedJointAsync(string title)
    {
        var suggestion = await AssignedAsync(title, [UnitId, OtherUnitId], mode: HandlingMode.Joint);
        await Data.ActAsync(suggestion.Id, (s, _, now) => s.SendOpinion("同意主办单位意见，配合做好管线迁改。", UnitActor(OtherUnitId), now));
        return await Data.ActAsync(suggestion.Id, (s, rules, now, letter) =>
        {
            s.LogContact(ContactStage.Before, Today, ContactForm.Phone, null, UnitActor(UnitId), now, rules);
            s.Reply(new ReplyDraft("B", "已列入明年加装电梯计划，\n年内完成可研。", "张局长", Today, true, letter(),
                [new CommitmentDraft("完成加装电梯可行性研究", Today.AddMonths(6))]), UnitActor(UnitId), now, rules);
        });
    }

    [Fact]
    public async Task Staff_download_the_form_prefilled_with_the_suggestion_the_reply_and_the_ratings_to_tick()
    {
        const string title = "关于<w:p>加装电梯</w:p>&“补贴”的建议";
        var suggestion = await RepliedJointAsync(title);
        var staff = await SignedInClientAsync(PortalRole.Staff);

        var details = await staff.GetDocumentAsync($"/Staff/Suggestions/Details/{suggestion.Id}");
        details.QuerySelector("#opinion-form-link")!.GetAttribute("href").Should().Be(StaffUrl(suggestion.Id));
        var word = await WordFile.ReadAsync(await staff.GetAsync(StaffUrl(suggestion.Id)));

        word.FileName.Should().Be($"征询意见表-{suggestion.Number}.docx");
        word.Paragraphs[0].Should().Be(SuggestionDocuments.OpinionTitle);
        var fields = word.Fields(0);
        fields["建议编号"].Should().Be(suggestion.Number);
        fields["建议标题"].Should().Be(title, "the title is text, never markup");
        fields["领衔代表"].Should().Be($"{World.Lead.Name}（联名代表：{World.CoSigner.Name}）");
        fields["承办单位"].Should().Be($"{World.Unit.Name}（主办）\n{World.OtherUnit.Name}（协办）");

        word.Tables[1][0].Should().Equal("承办单位", "答复日期", "办理结果", "答复摘要");
        word.Rows(1).Should().ContainSingle("the co-unit does not answer the deputy")
            .Which.Should().Equal(World.Unit.Name, ChinaTime.FormatDate(Today), "B类（正在解决或已列入计划逐步解决）", "已列入明年加装电梯计划， 年内完成可研。");
        word.Rows(2).Should().ContainSingle().Which.Should().Equal(World.Unit.Name,
            "□是　□否\n（单位登记：已联系）", "□是　□否\n（单位登记：未登记）", "□是　□否\n（单位登记：未登记）");
        word.Rows(3).Should().ContainSingle().Which.Should().Equal(World.Unit.Name, "□满意　□基本满意　□不满意");
        word.Text.Should().Contain("代表签名：").And.Contain("二个月内再次答复").And.Contain("二十个工作日内填写");
        word.ShouldHoldNoPrivateData();
    }

    [Fact]
    public async Task A_suggestion_not_yet_assigned_gets_a_form_that_says_so()
    {
        var world = World;
        var suggestion = await Data.SuggestionAsync(world, "关于完善公交线网的建议", withCoSigner: false);
        var staff = await SignedInClientAsync(PortalRole.Staff);

        var word = await WordFile.ReadAsync(await staff.GetAsync(StaffUrl(suggestion.Id)));

        word.Fields(0)["承办单位"].Should().Be("尚未交办");
        word.Fields(0)["领衔代表"].Should().Be(World.Lead.Name);
        word.Rows(1).Should().BeEmpty();
        (await staff.GetAsync(StaffUrl(987654))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_deputy_downloads_the_form_of_an_own_suggestion_only()
    {
        var mine = await RepliedJointAsync("关于加快老旧小区加装电梯的建议");
        var lead = await DeputyClientAsync(World.Lead.Id);

        var page = await lead.GetDocumentAsync($"/Deputy/Suggestions/Details/{mine.Id}");
        page.QuerySelector("#opinion-form-link")!.GetAttribute("href").Should().Be(DeputyUrl(mine.Id));
        var word = await WordFile.ReadAsync(await lead.GetAsync(DeputyUrl(mine.Id)));
        word.Fields(0)["建议编号"].Should().Be(mine.Number);

        var coSigner = await DeputyClientAsync(World.CoSigner.Id);
        (await coSigner.GetAsync(DeputyUrl(mine.Id))).StatusCode.Should().Be(HttpStatusCode.OK, "a co-signer sees the suggestion on the desk too");
        var stranger = await Data.DeputyAsync("赵其他", "16099");
        var other = await DeputyClientAsync(stranger.Id);
        (await other.GetAsync(DeputyUrl(mine.Id))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.GetAsync(DeputyUrl(987654))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
