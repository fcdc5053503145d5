using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.OpenData;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>
/// The open data API (issue 18, ADR 0026) through the real app: the directory, lists and objects, keyset paging,
/// modified_since, tombstones, ETag/304, CORS, compression and problem+json.
/// </summary>
public sealed class OpenDataApiTests(PortalAppFactory app) : OpenDataTest(app)
{
    [Fact]
    public async Task The_directory_lists_every_dataset_and_feed_with_absolute_links_in_unescaped_UTF8()
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/api/v1");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        var raw = await response.Content.ReadAsStringAsync();
        raw.Should().Contain("代表建议及答复", "Chinese is written as it is, not as \\u escapes");
        using var json = JsonDocument.Parse(raw);
        var datasets = json.RootElement.GetProperty("datasets").EnumerateArray().ToList();
        var kinds = App.Services.GetRequiredService<OpenDataKinds>().All;
        datasets.Select(d => d.GetProperty("name").GetString()).Should().Equal(kinds.Select(k => k.Name));
        datasets.Should().OnlyContain(d => d.GetProperty("url").GetString()!.StartsWith(Origin + "/api/v1/", StringComparison.Ordinal));
        json.RootElement.GetProperty("open_api").GetString().Should().Be(Origin + "/api/v1/openapi.json");
        json.RootElement.GetProperty("documentation").GetString().Should().Be(Origin + "/Developers");
        json.RootElement.GetProperty("feeds").EnumerateArray().Select(f => f.GetProperty("url").GetString())
            .Should().Contain([Origin + "/Reports/Feed", Origin + "/Regulations/Feed", Origin + "/Notices/Feed"]);
        foreach (var dataset in datasets)
        {
            (await GetJsonAsync(dataset.GetProperty("url").GetString()!)).GetProperty("data").ValueKind.Should().Be(JsonValueKind.Array);
        }
    }

    [Fact]
    public async Task A_published_reply_is_listed_with_its_public_fields_and_links_that_resolve()
    {
        var world = await Data.SuggestionWorldAsync();
        var lead = await Data.MunicipalDeputyAsync("王建华", "16101");
        var suggestion = await RepliedAsync(world with { Lead = lead }, replyText: "经研究，已列入今年加装电梯计划。");
        var hidden = await RepliedAsync(world, title: "尚未审核的答复", reviewed: false);

        var page = await GetJsonAsync("/api/v1/suggestions");
        var item = page.GetProperty("data").EnumerateArray().Should().ContainSingle().Subject;
        Id(item).Should().Be($"{Origin}/api/v1/suggestions/{suggestion.Id}");
        item.GetProperty("type").GetString().Should().Be("suggestion");
        item.GetProperty("deleted").GetBoolean().Should().BeFalse();
        item.GetProperty("created").GetDateTimeOffset().Should().Be(Modified(item));
        item.GetProperty("web").GetString().Should().Be($"{Origin}/Suggestions/Details/{suggestion.Id}");
        item.GetProperty("number").GetString().Should().Be(suggestion.Number);
        item.GetProperty("title").GetString().Should().Be("关于加快老旧小区加装电梯的建议");
        item.GetProperty("source").GetString().Should().Be("during_session");
        item.GetProperty("session").GetString().Should().Be($"{Origin}/api/v1/sessions/{world.Session.Id}");
        var deputies = item.GetProperty("deputies").EnumerateArray().ToList();
        deputies[0].GetProperty("deputy").GetString().Should().Be($"{Origin}/api/v1/deputies/{lead.Id}");
        deputies[0].GetProperty("name").GetString().Should().Be("王建华");
        deputies[0].GetProperty("role").GetString().Should().Be("lead");
        var answer = item.GetProperty("answers").EnumerateArray().Should().ContainSingle().Subject;
        answer.GetProperty("unit").GetString().Should().Be($"{Origin}/api/v1/units/{world.Unit.Id}");
        answer.GetProperty("published").GetBoolean().Should().BeTrue();
        answer.GetProperty("reply").GetProperty("text").GetString().Should().Be("经研究，已列入今年加装电梯计划。");
        answer.GetProperty("reply").GetProperty("classification").GetString().Should().Be("A");

        (await GetJsonAsync(Id(item))).GetProperty("number").GetString().Should().Be(suggestion.Number);
        (await GetJsonAsync(answer.GetProperty("unit").GetString()!)).GetProperty("name").GetString().Should().Be(world.Unit.Name);
        (await GetJsonAsync(deputies[0].GetProperty("deputy").GetString()!)).GetProperty("name").GetString().Should().Be("王建华");
        (await GetJsonAsync(item.GetProperty("session").GetString()!)).GetProperty("term").GetString().Should().Be($"{Origin}/api/v1/terms/{world.Session.TermId}");

        var missing = await GetJsonAsync($"/api/v1/suggestions/{hidden.Id}", HttpStatusCode.NotFound);
        missing.GetProperty("status").GetInt32().Should().Be(404);
        missing.GetProperty("title").GetString().Should().Be("对象不存在");
    }

    [Fact]
    public async Task A_reply_superseded_by_an_unpublishable_one_stays_in_the_list_as_a_tombstone_and_its_address_answers_410()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await RepliedAsync(world, replyText: "第一轮答复可以公开。");
        var before = (await GetJsonAsync("/api/v1/suggestions")).GetProperty("data")[0];

        await Data.ActAsync(suggestion.Id, (s, rules, now, letter) =>
        {
            s.Rate(LatestReply(s).Id, Satisfaction.Unsatisfied, "没有落实", Actor.Deputy(world.Lead.Id, "李建国"), now, rules);
            s.Reply(TestData.ReplyA(Today, letter(), publishable: false) with { Text = "第二轮答复不公开。" }, UnitActor(world.Unit.Id), now, rules);
        });
        await Data.ReviewRepliesAsync(suggestion.Id);

        var tombstone = (await GetJsonAsync("/api/v1/suggestions")).GetProperty("data").EnumerateArray().Should().ContainSingle().Subject;
        tombstone.EnumerateObject().Select(p => p.Name).Should().Equal("id", "type", "created", "modified", "deleted");
        Id(tombstone).Should().Be(Id(before));
        tombstone.GetProperty("deleted").GetBoolean().Should().BeTrue();
        Modified(tombstone).Should().BeAfter(Modified(before));
        tombstone.GetProperty("created").GetDateTimeOffset().Should().Be(before.GetProperty("created").GetDateTimeOffset());
        var raw = JsonSerializer.Serialize(tombstone);
        raw.Should().NotContain("第一轮答复").And.NotContain("第二轮答复");

        using var client = AnonymousClient();
        using var gone = await client.GetAsync(Id(tombstone));
        gone.StatusCode.Should().Be(HttpStatusCode.Gone);
        gone.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await JsonAsync(gone, HttpStatusCode.Gone);
        problem.GetProperty("deleted").GetBoolean().Should().BeTrue();
        problem.GetProperty("modified").GetDateTimeOffset().Should().Be(Modified(tombstone));

        var since = await GetJsonAsync("/api/v1/suggestions?modified_since=" + Uri.EscapeDataString(tombstone.GetProperty("modified").GetString()!));
        since.GetProperty("data").GetArrayLength().Should().Be(1, "modified_since includes objects changed at that very time");
    }

    [Fact]
    public async Task Paging_follows_next_through_every_object_once_in_modified_then_id_order()
    {
        for (var i = 1; i <= 7; i++) await Data.CommitteeAsync($"第{i}委员会");
        var expected = await DbAsync(db => db.Committees.CountAsync());

        var first = await GetJsonAsync("/api/v1/committees?limit=3");
        first.GetProperty("pagination").GetProperty("limit").GetInt32().Should().Be(3);
        first.GetProperty("pagination").GetProperty("elements").GetInt32().Should().Be(3);
        first.GetProperty("links").GetProperty("first").GetString().Should().Be(Origin + "/api/v1/committees?limit=3");
        first.GetProperty("links").GetProperty("next").GetString().Should().StartWith(Origin + "/api/v1/committees?limit=3&after=");

        var all = await AllAsync("/api/v1/committees?limit=3");
        all.Select(Id).Should().OnlyHaveUniqueItems().And.HaveCount(expected);
        all.Select(o => (Modified(o), int.Parse(Id(o).Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture)))
            .Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task Modified_since_returns_what_changed_and_a_poll_after_the_last_change_finds_nothing()
    {
        var kept = await Data.CommitteeAsync("财政经济委员会");
        var edited = await Data.CommitteeAsync("教育科学文化卫生委员会");
        var all = await AllAsync("/api/v1/committees");
        var highWater = all.Max(Modified);

        await DbAsync(async db =>
        {
            var committee = await db.Committees.SingleAsync(c => c.Id == edited.Id);
            committee.Update("教育科学文化卫生委员会（更名）", "教科文卫委", CommitteeKind.Special, 2);
            await db.SaveChangesAsync();
        });

        var since = HighWaterQuery(highWater);
        var changed = await AllAsync("/api/v1/committees" + since);
        changed.Where(c => Modified(c) > highWater).Select(c => c.GetProperty("name").GetString()).Should().Equal("教育科学文化卫生委员会（更名）");
        changed.Select(Id).Should().NotContain($"{Origin}/api/v1/committees/{kept.Id}");
        changed.Single(c => Id(c).EndsWith($"/{edited.Id}", StringComparison.Ordinal)).GetProperty("short_name").GetString().Should().Be("教科文卫委");

        var poll = await GetJsonAsync("/api/v1/committees" + HighWaterQuery(changed.Max(Modified).AddTicks(10)));
        poll.GetProperty("data").GetArrayLength().Should().Be(0);
        poll.GetProperty("links").GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_change_to_private_data_only_leaves_the_public_document_and_its_modified_alone()
    {
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16101");
        var before = await GetJsonAsync($"/api/v1/deputies/{deputy.Id}");

        await DbAsync(async db =>
        {
            var row = await db.Deputies.SingleAsync(d => d.Id == deputy.Id);
            row.UpdatePrivateData(new DeputyPrivateData("13800000000", TestData.PrivateSample.IdNumber, "另一个住址"));
            await db.SaveChangesAsync();
        });

        var after = await GetJsonAsync($"/api/v1/deputies/{deputy.Id}");
        Modified(after).Should().Be(Modified(before));
        JsonSerializer.Serialize(after).Should().NotContain("13800000000").And.NotContain("另一个住址");
    }

    [Fact]
    public async Task ETag_and_If_None_Match_answer_304_until_the_content_changes()
    {
        var committee = await Data.CommitteeAsync("财政经济委员会");
        foreach (var url in new[] { "/api/v1/committees", $"/api/v1/committees/{committee.Id}" })
        {
            using var client = AnonymousClient();
            using var first = await client.GetAsync(url);
            first.StatusCode.Should().Be(HttpStatusCode.OK);
            first.Headers.CacheControl!.Public.Should().BeTrue();
            first.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromSeconds(60));
            var etag = first.Headers.ETag!;
            etag.IsWeak.Should().BeTrue();

            using var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.IfNoneMatch.Add(etag);
            using var notModified = await client.Http.SendAsync(again);
            notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
            (await notModified.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
            notModified.Headers.ETag.Should().Be(etag);
        }

        using (var client = AnonymousClient())
        {
            using var first = await client.GetAsync($"/api/v1/committees/{committee.Id}");
            var etag = first.Headers.ETag!;
            await DbAsync(async db =>
            {
                (await db.Committees.SingleAsync(c => c.Id == committee.Id)).Update("财政经济委员会（新）", null, CommitteeKind.Special, 1);
                await db.SaveChangesAsync();
            });
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/committees/{committee.Id}");
            request.Headers.IfNoneMatch.Add(etag);
            using var changed = await client.Http.SendAsync(request);
            changed.StatusCode.Should().Be(HttpStatusCode.OK);
            changed.Headers.ETag.Should().NotBe(etag);
        }
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("modified_since=yesterday", "modified_since")]
    [InlineData("after=not-a-cursor", "after")]
    public async Task Bad_parameters_answer_400_problem_details_in_Chinese(string query, string field)
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/api/v1/deputies?" + query);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await JsonAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("status").GetInt32().Should().Be(400);
        problem.GetProperty("title").GetString().Should().Be("请求参数有误");
        problem.GetProperty("errors").GetProperty(field)[0].GetString().Should().Contain(field);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Theory]
    [InlineData("/api/v1/deputies/999999")]
    [InlineData("/api/v1/deputies/abc")]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/v2/deputies")]
    public async Task Unknown_addresses_under_the_api_answer_404_problem_details(string url)
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync(url);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await JsonAsync(response, HttpStatusCode.NotFound)).GetProperty("status").GetInt32().Should().Be(404);
    }

    [Fact]
    public async Task Other_sites_may_read_the_api_from_scripts_GET_only()
    {
        using var client = AnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/units");
        request.Headers.Add("Origin", "https://data.example.org");
        using var response = await client.Http.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        response.Headers.GetValues("Access-Control-Expose-Headers").Single().Should().Contain("ETag");

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/units");
        preflight.Headers.Add("Origin", "https://data.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        using var allowed = await client.Http.SendAsync(preflight);
        allowed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        allowed.Headers.GetValues("Access-Control-Allow-Methods").Single().Should().Contain("GET");

        using var post = new HttpRequestMessage(HttpMethod.Options, "/api/v1/units");
        post.Headers.Add("Origin", "https://data.example.org");
        post.Headers.Add("Access-Control-Request-Method", "POST");
        using var refused = await client.Http.SendAsync(post);
        refused.Headers.Contains("Access-Control-Allow-Methods").Should().BeFalse();
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Lists_are_compressed_for_clients_that_ask(string encoding)
    {
        for (var i = 1; i <= 20; i++) await Data.CommitteeAsync($"第{i}专门委员会");
        using var client = AnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/committees");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await client.Http.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().Equal(encoding);
        response.Headers.Vary.Should().Contain("Accept-Encoding");
    }

    [Fact]
    public async Task A_save_inside_an_explicit_transaction_is_indexed_when_it_commits_and_not_when_it_rolls_back()
    {
        await DbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Committees.Add(Committee.Create("回滚的委员会", null, CommitteeKind.Working, 9));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });
        await DbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Committees.Add(Committee.Create("提交的委员会", null, CommitteeKind.Working, 9));
            await db.SaveChangesAsync();
            (await db.Set<OpenDataChange>().CountAsync()).Should().Be(1, "the change row is written in the same transaction");
            await transaction.CommitAsync();
        });

        var names = (await AllAsync("/api/v1/committees")).Select(c => c.GetProperty("name").GetString());
        names.Should().Contain("提交的委员会").And.NotContain("回滚的委员会");
        (await DbAsync(db => db.Set<OpenDataChange>().CountAsync())).Should().Be(0, "nothing waits once the indexer ran");
    }

    [Fact]
    public async Task A_deleted_record_becomes_a_tombstone()
    {
        var committee = await Data.CommitteeAsync("临时委员会");
        await DbAsync(async db =>
        {
            db.Committees.Remove(await db.Committees.SingleAsync(c => c.Id == committee.Id));
            await db.SaveChangesAsync();
        });
        var tombstone = (await AllAsync("/api/v1/committees")).Single(c => Id(c).EndsWith($"/{committee.Id}", StringComparison.Ordinal));
        tombstone.GetProperty("deleted").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_rebuild_restores_a_lost_index_and_changes_nothing_in_an_intact_one()
    {
        var world = await Data.SuggestionWorldAsync();
        await RepliedAsync(world);
        var before = await CrawlAllAsync();

        await RebuildAllAsync();
        (await CrawlAllAsync()).Should().Equal(before, "a rebuild of an intact index leaves every document and time as it was");

        await DbAsync(async db =>
        {
            db.RemoveRange(await db.Set<OpenDataObject>().Where(o => o.Kind == "suggestions").ToListAsync());
            await db.SaveChangesAsync();
        });
        (await AllAsync("/api/v1/suggestions")).Should().BeEmpty();
        await RebuildAllAsync();
        var restored = await AllAsync("/api/v1/suggestions");
        restored.Should().ContainSingle().Which.GetProperty("title").GetString().Should().Be("关于加快老旧小区加装电梯的建议");
    }

    private async Task RebuildAllAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var indexer = scope.ServiceProvider.GetRequiredService<OpenDataIndexer>();
        foreach (var kind in scope.ServiceProvider.GetRequiredService<OpenDataKinds>().All) await indexer.RebuildAsync(kind, default);
    }

    private async Task<List<string>> CrawlAllAsync()
    {
        var all = new List<string>();
        foreach (var kind in App.Services.GetRequiredService<OpenDataKinds>().All)
        {
            all.AddRange((await AllAsync($"/api/v1/{kind.Name}")).Select(o => JsonSerializer.Serialize(o)));
        }
        return all;
    }

    private static string HighWaterQuery(DateTimeOffset at) => "?modified_since=" + Uri.EscapeDataString(OpenDataWriter.Stamp(at));
}
