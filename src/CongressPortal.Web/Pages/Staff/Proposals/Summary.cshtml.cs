using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure.Word;
using static CongressPortal.Domain.Proposals.ProposalDecision;

namespace CongressPortal.Web.Pages.Staff.Proposals;

/// <summary>
/// 议案处理情况: a Word document on a session's proposals, written from the records — the figures (registered, each
/// decision, withdrawn; committee reports received, outstanding and overdue), then each proposal under its decision with
/// its proposers and what became of it. <c>?session=</c> names the session; without it, the latest.
/// </summary>
public sealed class SummaryModel(SummaryModel.Handler handler) : SessionPaperworkPage
{
    protected override Task<PaperworkFile?> WriteAsync(int? session, CancellationToken ct) => handler.WriteAsync(session, ct);

    /// <summary>The order the document takes the decisions in, as the presidium's report lists them.</summary>
    public static IReadOnlyList<ProposalDecision> Sections { get; } = [OnAgenda, ReferredToCommittee, NotOnAgenda, ConvertedToSuggestion, Withdrawn, Pending];

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<PaperworkFile?> WriteAsync(int? sessionId, CancellationToken ct)
        {
            var book = await ProposalRegister.LoadAsync(db, sessionId, ChinaTime.Today(clock.GetUtcNow()), ct);
            if (book is null) return null;
            var title = book.SessionName + "议案处理情况";
            var document = new OfficialDocument(title).Subtitle($"（截至{ChinaTime.FormatDate(book.Today)}）");
            document.Paragraph(Opening(book));
            var number = 0;
            foreach (var decision in Sections)
            {
                var entries = book.Entries.Where(e => e.Decision == decision).ToList();
                if (entries.Count == 0) continue;
                document.Heading($"{ChineseNumerals.Format(++number)}、{Heading(decision)}（{entries.Count}件）");
                var item = 0;
                foreach (var entry in entries)
                {
                    document.Paragraph(entry.Subject, $"（{ChineseNumerals.Format(++item)}）{entry.Number}：");
                    document.Paragraph(Proposers(entry));
                    document.Paragraph(Outcome(entry));
                }
            }
            return new PaperworkFile(document.ToBytes(), OfficialDocument.ContentType, title + ".docx");
        }

        /// <summary>The opening paragraph: every figure of the session.</summary>
        public static string Opening(ProposalRegister.Book book)
        {
            ArgumentNullException.ThrowIfNull(book);
            var text = new List<string> { $"{book.SessionName}期间，大会秘书处共登记议案{book.Entries.Count}件。" };
            if (book.Entries.Count == 0) return string.Concat(text);
            text.Add($"经大会主席团决定：列入会议议程{book.Count(OnAgenda)}件，交专门委员会审议{book.Count(ReferredToCommittee)}件，");
            text.Add($"不列入会议议程{book.Count(NotOnAgenda)}件，作为建议处理{book.Count(ConvertedToSuggestion)}件；提出者撤回{book.Count(Withdrawn)}件");
            if (book.Count(Pending) > 0) text.Add($"；尚待主席团决定{book.Count(Pending)}件");
            text.Add("。");
            if (book.Count(ReferredToCommittee) > 0)
            {
                text.Add($"交专门委员会审议的议案中，已收到审议结果报告{book.ReportsReceived}件，尚待报告{book.ReportsOutstanding}件");
                text.Add(book.ReportsOverdue > 0 ? $"，其中已超过报告期限{book.ReportsOverdue}件。" : "。");
            }
            return string.Concat(text);
        }

        private static string Heading(ProposalDecision decision) => decision switch
        {
            Withdrawn => "提出者撤回的议案",
            Pending => "尚待主席团决定的议案",
            _ => ProposalWorkflow.DecisionLabel(decision) + "的议案",
        };

        private static string Proposers(ProposalRegister.Entry entry)
        {
            var text = new List<string> { "提出者：" };
            if (entry.Lead is null) return $"提出者：{entry.Proposer}。";
            if (entry.Kind != Domain.Proposals.ProposerKind.Deputies) text.Add(entry.Proposer + "，");
            text.Add($"{entry.Lead}等{entry.Signers}名代表联名（领衔代表：{entry.Lead}");
            if (entry.CoSigners.Count > 0) text.Add("；联名代表：" + string.Join("、", entry.CoSigners));
            text.Add("）。");
            return string.Concat(text);
        }

        private static string Outcome(ProposalRegister.Entry entry)
        {
            var text = new List<string>();
            if (entry.Decision == Withdrawn)
                return "办理情况：提出者撤回。" + End(entry.StatusReason);
            if (entry.DecidedOn is not { } decided) return "办理情况：尚待大会主席团决定。";
            text.Add($"主席团决定：{ChinaTime.FormatDate(decided)}，{(entry.Committee is { } committee ? $"交{committee}审议" : entry.DecisionLabel)}");
            if (entry.ReportDueOn is { } due) text.Add($"，于{ChinaTime.FormatDate(due)}前报告审议结果");
            text.Add("。");
            if (!string.IsNullOrWhiteSpace(entry.DecisionReason)) text.Add(End(entry.DecisionReason));
            if (entry.Decision == ReferredToCommittee)
            {
                text.Add(entry.ReportedOn is { } reported
                    ? $"{entry.Committee}已于{ChinaTime.FormatDate(reported)}报告审议结果。{End(entry.ReportText)}"
                    : entry.ReportOverdue ? "委员会尚未报告审议结果，已超过报告期限。" : "委员会尚未报告审议结果。");
            }
            if (entry.SuggestionNumber is { } number) text.Add($"已作为代表建议登记，编号{number}，目前{entry.SuggestionStatus}。");
            if (entry.ResultOn is { } resultOn) text.Add($"审议结果（{ChinaTime.FormatDate(resultOn)}）：{End(entry.ResultText)}");
            return string.Concat(text);
        }

        /// <summary>Text ending with a full stop, so sentences run on cleanly.</summary>
        private static string End(string? text)
        {
            var trimmed = text?.Trim() ?? "";
            return trimmed.Length == 0 || "。！？；".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + "。";
        }
    }
}
