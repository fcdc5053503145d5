using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Infrastructure.Word;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.UnitDesk.Suggestions;

/// <summary>The reply-letter template (.docx) a unit downloads from its desk, pre-filled from the records.</summary>
public sealed class ReplyTemplateTests(PortalAppFactory app) : UnitDeskTest(app)
{
    private static string Url(int id) => $"/Unit/Suggestions/{id}/ReplyTemplate";

    [Fact]
    public async Task The_template_carries_the_header_block_of_a_real_reply_letter()
    {
        await DbAsync(async db =>
        {
            var lead = await db.Deputies.FindAsync(World.Lead.Id);
            lead!.UpdatePrivateData(TestData.PrivateSample);
            await db.SaveChangesAsync();
        });
        const string title = "关于<b>加装电梯</b>&补贴的建议";
        var suggestion = await AssignedAsync(title, [UnitId, OtherUnitId], mode: HandlingMode.Joint);
        var unit = await UnitClientAsync(UnitId);

        var page = await unit.GetDocumentAsync(DetailsUrl(suggestion.Id));
        page.QuerySelector("#reply-template-link")!.GetAttribute("href").Should().Be(Url(suggestion.Id));
        var word = await WordFile.ReadAsync(await unit.GetAsync(Url(suggestion.Id)));

        word.Paragraphs[0].Should().Be($"关于{suggestion.Number}建议的答复");
        var fields = word.Fields(0);
        fields.Keys.Should().Equal(SuggestionDocuments.ReplyHeaderLabels);
        fields["建议编号"].Should().Be(suggestion.Number);
        fields["领衔代表"].Should().Be($"{World.Lead.Name}（联名代表：{World.CoSigner.Name}）");
        fields["建议标题"].Should().Be(title, "the title is text, never markup");
        fields["承办单位"].Should().Be($"{World.Unit.Name}（会同办理（主办）；其他单位：{World.OtherUnit.Name}（协办））");
        fields["办理结果"].Should().Be("□A类　已解决或基本解决\n□B类　正在解决或已列入计划逐步解决\n□C类　因条件限制需以后解决\n□D类　留作参考");
        fields["是否同意公开"].Should().StartWith("□同意公开　□不同意公开");
        fields["签发人"].Should().Be(SuggestionDocuments.Blank);
        fields["联系人及电话"].Should().Be("张联络　电话：0471-1234567", "the unit's own contact from the unit register");
        fields["抄送"].Should().Be("市人大常委会选举任免代表工作委员会，市人大常委会办公室");
        word.Paragraphs.Should().Contain($"{World.Lead.Name}代表：")
            .And.Contain($"您提出的《{title}》（{suggestion.Number}）收悉。我单位高度重视，认真研究办理，现答复如下：");
        var due = (await LoadAsync(suggestion.Id)).AssignmentOf(UnitId)!.DueOn;
        word.Text.Should().Contain($"答复期限：{ChinaTime.FormatDate(due)}前");
        word.ShouldHoldNoPrivateData();
    }

    [Fact]
    public async Task Another_units_suggestion_is_not_found()
    {
        var theirs = await AssignedAsync("关于完善公交线网的建议", [OtherUnitId]);
        var unit = await UnitClientAsync(UnitId);

        (await unit.GetAsync(Url(theirs.Id))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unit.GetAsync(Url(987654))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_unit_whose_part_was_handed_back_no_longer_gets_the_template()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId], accepted: false);
        await Data.ActAsync(suggestion.Id, (s, _, now) => s.RequestReturn("不属于本单位职责。", UnitActor(UnitId), now));
        await Data.ActAsync(suggestion.Id, (s, rules, now) => s.ApproveReturn(s.AssignmentOf(UnitId)!.Id, OtherUnitId, StaffActor, now, rules, confirmed: true));
        var unit = await UnitClientAsync(UnitId);

        (await unit.GetAsync(Url(suggestion.Id))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var other = await UnitClientAsync(OtherUnitId);
        (await other.GetAsync(Url(suggestion.Id))).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
