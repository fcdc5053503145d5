using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>Whether the public reads a session's handling report.</summary>
public enum HandlingReportState
{
    Published,
    Withdrawn,
}

/// <summary>
/// A session's 代表建议办理情况报告 as the office published it (代表法第五十一条：办理情况应当向社会公开): the edited document
/// the standing committee received (PDF or Word), uploaded by staff. One per session; publishing again replaces the
/// document, withdrawing takes it off the public site with a reason. The server records who did it and when.
/// </summary>
public sealed class HandlingReportRelease
{
    public const int TitleMaxLength = 200;
    public const int ReasonMaxLength = 500;

    /// <summary>The kinds of file the public site offers: a PDF (what most offices publish) or the Word document itself.</summary>
    public static IReadOnlySet<FileKind> AllowedKinds { get; } = new HashSet<FileKind> { FileKind.Pdf, FileKind.Docx };

    private HandlingReportRelease() { }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public string Title { get; private set; } = "";
    public int FileId { get; private set; }
    public HandlingReportState State { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public string PublishedBy { get; private set; } = "";
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnBy { get; private set; }
    public string? WithdrawReason { get; private set; }
    public uint Version { get; private set; }

    public bool IsPublished => State == HandlingReportState.Published;

    /// <summary>The first publication of a session's report.</summary>
    public static HandlingReportRelease Publish(int sessionId, string title, StoredFile file, Actor actor, DateTimeOffset now)
    {
        var release = new HandlingReportRelease { SessionId = sessionId };
        release.Republish(title, file, actor, now);
        return release;
    }

    /// <summary>Publishes (again) with a new document: after an edit, or after a withdrawal.</summary>
    public void Republish(string title, StoredFile file, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        RequireStaff(actor);
        var clean = Text.Required(title, "Title", "报告标题", TitleMaxLength);
        if (!AllowedKinds.Contains(file.Kind)) throw new DomainRuleException(HandlingReportMessages.PdfOrWord);
        Title = clean;
        FileId = file.Id;
        State = HandlingReportState.Published;
        PublishedAt = now.ToUniversalTime();
        PublishedBy = actor.Name;
        WithdrawnAt = null;
        WithdrawnBy = null;
        WithdrawReason = null;
    }

    /// <summary>Takes the report off the public site; the reason stays on the record (and in the audit log).</summary>
    public void Withdraw(string reason, Actor actor, DateTimeOffset now)
    {
        RequireStaff(actor);
        if (!IsPublished) throw new DomainRuleException(HandlingReportMessages.NotPublished);
        var clean = Text.Required(reason, "Reason", "撤回理由", ReasonMaxLength);
        State = HandlingReportState.Withdrawn;
        WithdrawnAt = now.ToUniversalTime();
        WithdrawnBy = actor.Name;
        WithdrawReason = clean;
    }

    private static void RequireStaff(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != PortalRole.Staff) throw new DomainRuleException(HandlingReportMessages.OnlyStaff);
    }
}

public static class HandlingReportMessages
{
    private const string Area = "HandlingReport";

    public static Refusal PdfOrWord { get; } = Refusal.Define(Area, "办理情况报告只能上传 PDF 或 Word（.docx）文件。", "File");
    public static Refusal NotPublished { get; } = Refusal.Define(Area, "该报告目前没有公开，无需撤回。");
    public static Refusal OnlyStaff { get; } = Refusal.Define(Area, "只有工作人员可以公开或撤回办理情况报告。");
}
