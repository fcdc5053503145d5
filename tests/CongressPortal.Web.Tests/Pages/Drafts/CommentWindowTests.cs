using System.Globalization;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CongressPortal.Web.Tests.Pages.Drafts;

/// <summary>
/// A comment is one insert (ADR 0019): the draft's window is kept on the node, the comment and its audit row go in one
/// batch that PostgreSQL runs as one transaction, and the keys come in blocks of their own. What must still hold: a staff
/// change to the draft is seen by the next comment on this node and, through the NOTIFY of the public cache, on the others;
/// a comment never lands without its audit row, nor the row without the comment.
/// </summary>
public sealed class CommentWindowTests(PortalAppFactory app) : DraftPageTest(app)
{
    private static DraftCommentDraft Comment(string body = "建议明确绿化养护责任的分工。") => new("第五条", body, "张市民", DraftSteps.PrivateContact);

    private Task<CommandResult<string>> SubmitAsync(int draftId, string body = "建议明确绿化养护责任的分工。") =>
        ServiceAsync<DraftStore, CommandResult<string>>(store => store.SubmitCommentAsync(draftId, Comment(body), default));

    [Fact]
    public async Task A_draft_closed_early_refuses_the_very_next_comment_on_this_node_although_its_window_was_kept()
    {
        var draft = await Steps.OpenDraftAsync();
        using var citizen = AnonymousClient();
        var form = await citizen.GetDocumentAsync(CommentPage(draft.DraftId, "第五条"));
        var preview = await citizen.PostFormAsync(form, "#comment-form",
            [("Input.ArticleAnchor", "第五条"), ("Input.Body", "建议明确绿化养护责任的分工。"), ("Input.Name", ""), ("Input.Contact", DraftSteps.PrivateContact)]);
        var confirm = await RefusedAsync(preview);
        ShouldRedirect(await citizen.PostFormAsync(confirm, "#confirm-form", []), "/Drafts/Receipt");

        await Steps.CloseEarlyAsync(draft.DraftId);

        using var refused = await citizen.PostFormAsync(confirm, "#confirm-form", []);
        Text(await RefusedAsync(refused), "#comment-closed").Should().Be(DraftMessages.CommentClosed.Message);
        (await CommentCountAsync(draft.DraftId)).Should().Be(1);
    }

    [Fact]
    public async Task A_draft_closed_on_another_node_refuses_comments_here_once_its_notification_arrives()
    {
        var draft = await Steps.OpenDraftAsync();
        await App.Services.GetRequiredService<CacheInvalidationListener>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        (await SubmitAsync(draft.DraftId)).IsSuccess.Should().BeTrue("the window is now kept on this node");

        // Another node closes the draft early: its row changes here behind this node's back, and its save notifies.
        await using (var connection = new NpgsqlConnection(App.ConnectionString))
        {
            await connection.OpenAsync();
            await using var close = new NpgsqlCommand("UPDATE open_drafts SET status = 'Closed' WHERE id = @id", connection);
            close.Parameters.AddWithValue("id", draft.DraftId);
            (await close.ExecuteNonQueryAsync()).Should().Be(1);
            await using var notify = new NpgsqlCommand($"NOTIFY {PublicPageCache.Channel}, '{PublicPageCache.Drafts}'", connection);
            await notify.ExecuteNonQueryAsync();
        }

        CommandResult<string>? result = null;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            result = await SubmitAsync(draft.DraftId, $"通知到达前后的第{attempt + 1}条意见。");
            if (!result.IsSuccess) break;
            await Task.Delay(50);
        }
        result!.IsSuccess.Should().BeFalse("the notification cleared this node's window within five seconds");
        result.Refusal.Should().Be(DraftMessages.CommentClosed);
    }

    [Fact]
    public async Task A_comment_and_its_audit_row_are_stored_together_or_not_at_all()
    {
        var draft = await Steps.OpenDraftAsync();
        (await SubmitAsync(draft.DraftId, "建议增加社区绿地的数量。")).IsSuccess.Should().BeTrue();
        var stored = await DbAsync(db => db.DraftComments.AsNoTracking().SingleAsync(c => c.DraftId == draft.DraftId));
        (await DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(DraftComment) && a.EntityKey == stored.Id.ToString(CultureInfo.InvariantCulture))))
            .Should().Be(1, "the comment's audit row came with it");

        // The audit row of one marked comment is refused by the database: the comment must not stay without it.
        const string Marked = "原子性检验：这条意见的审计记录会被数据库拒绝。";
        await ExecuteAsync("""
            CREATE FUNCTION test_refuse_marked_audit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.changes::text LIKE '%原子性检验%' THEN RAISE EXCEPTION 'audit row refused for the test'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER test_refuse_marked_audit BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION test_refuse_marked_audit();
            """);
        try
        {
            var failing = () => SubmitAsync(draft.DraftId, Marked);
            await failing.Should().ThrowAsync<DbUpdateException>();
        }
        finally
        {
            await ExecuteAsync("DROP TRIGGER test_refuse_marked_audit ON audit_entries; DROP FUNCTION test_refuse_marked_audit();");
        }
        (await DbAsync(db => db.DraftComments.CountAsync(c => c.Body == Marked))).Should().Be(0, "the comment went with its refused audit row");
        (await CommentCountAsync(draft.DraftId)).Should().Be(1);
        (await SubmitAsync(draft.DraftId, "触发器去掉以后的意见。")).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public async Task Comments_take_their_keys_from_their_own_sequence_in_blocks_of_100()
    {
        var draft = await Steps.OpenDraftAsync();
        for (var i = 0; i < 3; i++) (await SubmitAsync(draft.DraftId, $"第{i + 1}条关于分块取号的意见。")).IsSuccess.Should().BeTrue();
        var ids = await DbAsync(db => db.DraftComments.Where(c => c.DraftId == draft.DraftId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand($"SELECT last_value, increment_by FROM pg_sequences WHERE sequencename = '{AppDbContext.DraftCommentKeys}'", connection);
        await using var reader = await read.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue();
        var (last, increment) = (reader.GetInt64(0), reader.GetInt64(1));
        increment.Should().Be(100);
        ids.Should().HaveCount(3).And.OnlyHaveUniqueItems().And.OnlyContain(id => id < last + increment, "the keys come from blocks this sequence handed out");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
