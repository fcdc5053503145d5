using CongressPortal.Domain.Legislation;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// How the regulation library shows a regulation (public pages; staff pages may reuse it): the status badge — its
/// words always written out, the colour only a second cue — a version's name, and the line of a 公告.
/// </summary>
public static class LegislationDisplay
{
    /// <summary>The badge classes of a library status (现行有效 green, 已修改 blue, 已废止 grey, 尚未施行 amber).</summary>
    public static string BadgeClass(RegulationStatus status) => "badge regulation-status " + status switch
    {
        RegulationStatus.InForce => "regulation-status-in-force",
        RegulationStatus.Amended => "regulation-status-amended",
        RegulationStatus.Repealed => "regulation-status-repealed",
        RegulationStatus.NotYetInForce => "regulation-status-pending",
        _ => "text-bg-secondary",
    };

    public static string StatusLabel(RegulationStatus status) => RegulationWorkflow.LibraryStatusLabel(status);

    /// <summary>第2版（修改）.</summary>
    public static string VersionName(int number, LegislationKind kind) => $"第{number}版（{LegislationWorkflow.KindLabel(kind)}）";

    /// <summary>"公告第12号，2025年3月1日公布" — the announcement and its date as the library lists them.</summary>
    public static string AnnouncementLine(string number, DateOnly promulgatedOn) => $"{number}，{Display.Date(promulgatedOn)}公布";
}
