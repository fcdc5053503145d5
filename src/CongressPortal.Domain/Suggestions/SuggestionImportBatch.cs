using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// One Excel file of suggestions that was imported: its content hash (SHA-256 of the bytes), so the very same file is
/// refused if it comes again (S64), and who imported it when, into which session, and the numbers it got.
/// </summary>
public sealed class SuggestionImportBatch
{
    private SuggestionImportBatch() { }

    public int Id { get; private set; }
    public string ContentHash { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public int SessionId { get; private set; }
    public int Count { get; private set; }
    public string FirstNumber { get; private set; } = "";
    public string LastNumber { get; private set; } = "";
    public string ImportedBy { get; private set; } = "";
    public DateTimeOffset ImportedAt { get; private set; }

    public static SuggestionImportBatch Record(string contentHash, string fileName, int sessionId, IReadOnlyList<Suggestion> imported, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(imported);
        ArgumentNullException.ThrowIfNull(actor);
        if (imported.Count == 0) throw new ArgumentException("An import batch registers at least one suggestion.", nameof(imported));
        return new SuggestionImportBatch
        {
            ContentHash = Text.Required(contentHash, nameof(ContentHash), "文件摘要", 64),
            FileName = Text.Required(fileName.Length > 200 ? fileName[..200] : fileName, nameof(FileName), "文件名", 200),
            SessionId = sessionId,
            Count = imported.Count,
            FirstNumber = imported[0].Number,
            LastNumber = imported[^1].Number,
            ImportedBy = actor.Name,
            ImportedAt = now.ToUniversalTime(),
        };
    }
}
