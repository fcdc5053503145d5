using CongressPortal.Domain.Common;
using CongressPortal.Domain.Notices;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>A notice in a list: staff see every state, the public only published ones.</summary>
public sealed record NoticeRow(int Id, string Title, NoticeState State, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt, int Attachments);

/// <summary>A published notice as the public reads it: the body already rendered and sanitised.</summary>
public sealed record PublicNotice(int Id, string Title, string Html, string Summary, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<NoticeFileRow> Files);

public sealed record NoticeFileRow(int FileId, string FileName, long Length);

/// <summary>One page of the public list and how many pages there are.</summary>
public sealed record NoticePage(IReadOnlyList<NoticeRow> Rows, int Page, int Pages);

/// <summary>
/// 通知公告 (docs/domain/notices.md): the staff side (create, edit at the version the page showed, publish, withdraw,
/// attachments through <see cref="StoredFile.Accept"/>) and the public side, which reads only <see cref="Notice.Public"/>.
/// Every action runs through <see cref="AggregateCommands"/>; the saves evict the <c>notices</c> cache tag.
/// </summary>
public sealed class NoticeStore(AppDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;
    public const string NoticeConflict = "操作未成功：在您操作期间，其他人已修改、发布或撤回了这条通知公告。页面已显示最新情况，请核对后再操作。";
    public const string NoticeNotFound = "找不到这条通知公告。";

    private IQueryable<Notice> Scope => db.Notices.Include(n => n.Attachments);

    // ── Staff ──

    public async Task<IReadOnlyList<NoticeRow>> ListAsync(NoticeState? state, CancellationToken ct)
    {
        var notices = db.Notices.AsNoTracking();
        if (state is { } only) notices = notices.Where(n => n.State == only);
        return await notices.OrderByDescending(n => n.UpdatedAt)
            .Select(AsRow).ToListAsync(ct);
    }

    public Task<Notice?> FindAsync(int id, CancellationToken ct) => Scope.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ct);

    public Task<CommandResult<int>> CreateAsync(string? title, string? body, Actor actor, CancellationToken ct) =>
        db.CreateAsync(() =>
        {
            var notice = Notice.Create(title ?? "", body ?? "", actor, clock.GetUtcNow());
            db.Notices.Add(notice);
            return notice.Id;
        }, null, ct);

    public Task<CommandResult<int>> EditAsync(int id, uint version, string? title, string? body, Actor actor, CancellationToken ct) =>
        ActAsync(id, version, (n, now) => n.Edit(title ?? "", body ?? "", actor, now), token => SnapshotAsync(id, token), ct);

    public Task<CommandResult<int>> PublishAsync(int id, uint version, Actor actor, CancellationToken ct) =>
        ActAsync(id, version, (n, now) => n.Publish(actor, now), null, ct);

    public Task<CommandResult<int>> WithdrawAsync(int id, uint version, string? reason, Actor actor, CancellationToken ct) =>
        ActAsync(id, version, (n, now) => n.Withdraw(reason ?? "", actor, now), null, ct);

    /// <summary>Stores the upload (checked by content) and attaches it, in one save.</summary>
    public Task<CommandResult<int>> AttachAsync(int id, uint version, string fileName, Func<Task<byte[]>> read, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.RunAsync(Scope, id, version, async notice =>
        {
            // A refusal of the notice's (a withdrawn notice, too many files) drops the stored file with it: RunAsync saves nothing.
            var file = StoredFile.Accept(fileName, await read(), actor.Name, now);
            db.StoredFiles.Add(file);
            notice.AddAttachment(file, actor, now);
            return notice.Id;
        }, Options(null), ct);
    }

    public Task<CommandResult<int>> RemoveAttachmentAsync(int id, uint version, int attachmentId, Actor actor, CancellationToken ct) =>
        ActAsync(id, version, (n, now) => n.RemoveAttachment(attachmentId, actor, now), null, ct);

    /// <summary>A file of any notice, for staff (drafts included).</summary>
    public Task<StoredFile?> StaffFileAsync(int id, int fileId, CancellationToken ct) =>
        FileAsync(db.Notices.Where(n => n.Id == id), fileId, ct);

    private Task<CommandResult<int>> ActAsync(int id, uint version, Action<Notice, DateTimeOffset> action,
        Func<CancellationToken, Task<Concurrency.Snapshot?>>? current, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.RunAsync(Scope, id, version, notice =>
        {
            action(notice, now);
            return notice.Id;
        }, Options(current), ct);
    }

    private static CommandOptions Options(Func<CancellationToken, Task<Concurrency.Snapshot?>>? current) =>
        new() { NotFound = NoticeNotFound, ConflictMessage = NoticeConflict, Current = current };

    /// <summary>The notice as saved now, for the edit form's conflict panel.</summary>
    private async Task<Concurrency.Snapshot?> SnapshotAsync(int id, CancellationToken ct)
    {
        var n = await db.Notices.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return n is null ? null : new Concurrency.Snapshot(new Dictionary<string, string?>
        {
            ["标题"] = n.Title,
            ["正文"] = n.Body,
            ["状态"] = NoticeWorkflow.StateLabel(n.State),
        }, n.Version);
    }

    // ── Public ──

    private IQueryable<Notice> Published => db.Notices.AsNoTracking().Where(Notice.Public);

    /// <summary>The published notices, newest first: the list, the home page and the feed.</summary>
    private IQueryable<Notice> Newest => Published.OrderByDescending(n => n.PublishedAt).ThenByDescending(n => n.Id);

    /// <summary>A notice as the lists show it.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Notice, NoticeRow>> AsRow =
        n => new NoticeRow(n.Id, n.Title, n.State, n.PublishedAt, n.UpdatedAt, n.Attachments.Count);

    /// <summary>One page (from 1) of the published notices, newest first; a page past the end is the last one.</summary>
    public async Task<NoticePage> PublishedPageAsync(int page, CancellationToken ct)
    {
        var total = await Published.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await Newest
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(AsRow).ToListAsync(ct);
        return new NoticePage(rows, page, pages);
    }

    /// <summary>The newest published notices (the home page, the feed): one query.</summary>
    public async Task<IReadOnlyList<NoticeRow>> LatestAsync(int count, CancellationToken ct) =>
        await Newest.Take(count)
            .Select(AsRow).ToListAsync(ct);

    /// <summary>The newest published notices with their text, for the feed.</summary>
    public async Task<IReadOnlyList<PublicNotice>> LatestWithTextAsync(int count, CancellationToken ct)
    {
        var notices = await Newest.Take(count)
            .Select(n => new { n.Id, n.Title, n.Body, n.PublishedAt, n.UpdatedAt }).ToListAsync(ct);
        return [.. notices.Select(n => new PublicNotice(n.Id, n.Title, "", Summary(n.Body), n.PublishedAt!.Value, n.UpdatedAt, []))];
    }

    /// <summary>A published notice with its files; null for a draft, a withdrawn or an unknown one (the page answers 404).</summary>
    public async Task<PublicNotice?> PublishedAsync(int id, CancellationToken ct)
    {
        var notice = await Published.Where(n => n.Id == id)
            .Select(n => new
            {
                n.Id, n.Title, n.Body, n.PublishedAt, n.UpdatedAt,
                Files = n.Attachments.OrderBy(a => a.Id)
                    .Join(db.StoredFiles, a => a.FileId, f => f.Id, (a, f) => new NoticeFileRow(a.FileId, a.FileName, f.Length)).ToList(),
            }).FirstOrDefaultAsync(ct);
        return notice is null ? null
            : new PublicNotice(notice.Id, notice.Title, SafeMarkdown.ToHtml(notice.Body), Summary(notice.Body), notice.PublishedAt!.Value, notice.UpdatedAt, notice.Files);
    }

    /// <summary>A file of a published notice; null otherwise.</summary>
    public Task<StoredFile?> PublicFileAsync(int id, int fileId, CancellationToken ct) => FileAsync(Published.Where(n => n.Id == id), fileId, ct);

    private Task<StoredFile?> FileAsync(IQueryable<Notice> notice, int fileId, CancellationToken ct) =>
        db.StoredFiles.AsNoTracking()
            .Where(f => f.Id == fileId && notice.SelectMany(n => n.Attachments).Any(a => a.FileId == fileId))
            .FirstOrDefaultAsync(ct);

    /// <summary>The first words of the body as plain text: the feed's summary and the page's description.</summary>
    public static string Summary(string markdown)
    {
        var text = string.Join(' ', SafeMarkdown.ToPlainText(markdown).Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return text.Length <= 120 ? text : text[..120] + "…";
    }
}
