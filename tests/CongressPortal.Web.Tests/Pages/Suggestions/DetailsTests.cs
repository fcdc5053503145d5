using System.Globalization;
using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Suggestions;

/// <summary>The public page of one handled suggestion: public fields only, each unit's published reply.</summary>
public sealed class DetailsTests(PortalAppFactory app) : PublicSuggestionTest(app)
{
    [Fact]
    public async Task The_public_details_show_names_units_classification_and_reply_but_nothing_private()
    {
        var world = await Data.SuggestionWorldAsync();
        var lead = await Data.MunicipalDeputyAsync("王建华", "16101");
        var suggestion = await RepliedAsync(world with { Lead = lead }, replyText: "经研究，已将该小区列入今年加装电梯计划。\n现已开工建设。");
        await Data.ActAsync(suggestion.Id, (s, rules, now) =>
        {
            s.LogContact(Domain.Suggestions.ContactStage.After, Today, Domain.Suggestions.ContactForm.Phone, "联系记录不公开", UnitActor(world.Unit.Id), now, rules);
            s.Rate(LatestReply(s).Id, Satisfaction.Satisfied, "评价意见不公开", Actor.Deputy(lead.Id, "王建华"), now, rules);
        });

        using var client = AnonymousClient();
        using var response = await client.GetAsync($"/Suggestions/Details/{suggestion.Id}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var source = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(response);
        var main = page.QuerySelector("main")!.TextContent;
        main.Should().Contain(suggestion.Number).And.Contain("关于加快老旧小区加装电梯的建议").And.Contain("王建华").And.Contain("王秀英")
            .And.Contain("示例市住房和城乡建设局").And.Contain("A类：已解决或基本解决").And.Contain("现已开工建设。");
        page.QuerySelectorAll(".reply-text p").Select(p => p.TextContent).Should().Equal("经研究，已将该小区列入今年加装电梯计划。", "现已开工建设。");

        var privateData = TestData.PrivateSample;
        foreach (var forbidden in new[] { privateData.Mobile!, Web.Infrastructure.Mask.Value(privateData.Mobile)!, privateData.IdNumber!, privateData.HomeAddress!, "联系记录不公开", "评价意见不公开", "满意" })
            source.Should().NotContain(forbidden);
        page.QuerySelectorAll("a[href*='File']").Should().BeEmpty("no files are served to the public");
    }

    [Fact]
    public async Task With_split_handling_each_unit_is_shown_and_an_unpublishable_reply_stays_hidden()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await Data.SuggestionAsync(world);
        await Data.AssignedSuggestionAsync(suggestion.Id, world.Unit.Id, world.OtherUnit.Id);
        await Data.ActAsync(suggestion.Id, (s, rules, now, letter) =>
        {
            s.Reply(TestData.ReplyA(Today, letter()) with { Text = "住建局的答复可以公开。" }, UnitActor(world.Unit.Id), now, rules);
            s.Reply(TestData.ReplyA(Today, letter(), publishable: false) with { Text = "交通局的答复不宜公开。" }, UnitActor(world.OtherUnit.Id), now, rules);
        });
        await Data.ReviewRepliesAsync(suggestion.Id);

        using var client = AnonymousClient();
        using var response = await client.GetAsync($"/Suggestions/Details/{suggestion.Id}");
        var source = await response.Content.ReadAsStringAsync();
        source.Should().Contain("住建局的答复可以公开。").And.NotContain("交通局的答复不宜公开。");
        var parts = (await PortalClient.ParseAsync(response)).QuerySelectorAll(".public-reply").Select(p => p.TextContent).ToList();
        parts.Should().HaveCount(2);
        parts[1].Should().Contain("示例市交通运输局").And.Contain("不予公开").And.NotContain("A类");
    }

    [Fact]
    public async Task Html_typed_into_a_title_or_reply_is_shown_as_text()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await RepliedAsync(world, "<script>alert('x')</script>关于路灯的建议", replyText: "<b>已修复</b>路灯");

        using var client = AnonymousClient();
        foreach (var url in new[] { "/Suggestions", $"/Suggestions/Details/{suggestion.Id}" })
        {
            var source = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            source.Should().NotContain("<script>alert").And.Contain("&lt;script&gt;alert");
        }
        var details = await (await client.GetAsync($"/Suggestions/Details/{suggestion.Id}")).Content.ReadAsStringAsync();
        details.Should().NotContain("<b>已修复</b>").And.Contain("&lt;b&gt;已修复&lt;/b&gt;");
    }
}
