using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Staff.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CongressPortal.Web.Pages.Staff.Regulations;

/// <summary>
/// One version of a regulation as staff enter it (the import, the correction of the pending version, a new version after
/// an amendment): named like <see cref="RegulationVersionDraft"/>, so the domain's refusals land next to their fields, and
/// the text through the shared import component under <see cref="Text"/> (the domain's refusals of the text name the
/// field <c>Text</c>). The field (立法领域) counts only where the page asks for it.
/// </summary>
public sealed record VersionCommand
{
    [Display(Name = "立法领域")]
    public LegislativeField? Field { get; init; }

    [StringLength(200, ErrorMessage = "法规名称不能超过200个字"), Display(Name = "法规名称")]
    public string? Title { get; init; }

    [Display(Name = "修改方式")]
    public LegislationKind Kind { get; init; } = LegislationKind.Amend;

    [Required(ErrorMessage = "请填写公告编号"), Display(Name = "公告编号")]
    public string? AnnouncementNumber { get; init; }

    [Display(Name = "表决通过日期")]
    public DateOnly? PassedOn { get; init; }

    [Display(Name = "批准日期")]
    public DateOnly? ApprovedOn { get; init; }

    [Required(ErrorMessage = "请填写公布日期"), Display(Name = "公布日期")]
    public DateOnly? PromulgatedOn { get; init; }

    [Required(ErrorMessage = "请填写施行日期"), Display(Name = "施行日期")]
    public DateOnly? EffectiveOn { get; init; }

    [StringLength(4000, ErrorMessage = "说明不能超过4000个字"), Display(Name = "修改说明")]
    public string? ChangeSummary { get; init; }

    public StatuteInput Text { get; init; } = new();

    /// <summary>The row version of the regulation the edit form showed (the action forms post theirs beside the command).</summary>
    public uint Version { get; init; }

    /// <summary>The version as the domain takes it; without a typed title, the title line of the text.</summary>
    public RegulationVersionDraft ToDraft(LegislationKind kind, StatuteText text) => new(
        string.IsNullOrWhiteSpace(Title) ? text?.Title ?? "" : Title, kind, AnnouncementNumber ?? "", PassedOn, ApprovedOn,
        PromulgatedOn ?? default, EffectiveOn ?? default, ChangeSummary);

    /// <summary>A stored version, for correcting it (its text loaded line by line with its kinds).</summary>
    public static VersionCommand From(Regulation regulation, RegulationVersion version)
    {
        ArgumentNullException.ThrowIfNull(regulation);
        ArgumentNullException.ThrowIfNull(version);
        var command = new VersionCommand
        {
            Field = regulation.Field,
            Title = version.Title,
            Kind = version.Kind,
            AnnouncementNumber = version.AnnouncementNumber,
            PassedOn = version.PassedOn,
            ApprovedOn = version.ApprovedOn,
            PromulgatedOn = version.PromulgatedOn,
            EffectiveOn = version.EffectiveOn,
            ChangeSummary = version.ChangeSummary,
            Version = regulation.Version,
        };
        command.Text.Load(version.Text());
        return command;
    }

    /// <summary>
    /// The text to save, or null with the reason put next to the text input (under <paramref name="prefix"/>.Text): a Word
    /// file chosen but not yet read, lines that cannot make a text.
    /// </summary>
    public StatuteText? ResolveText(ModelStateDictionary modelState, string prefix)
    {
        try
        {
            return Text.Resolve();
        }
        catch (DomainRuleException refused)
        {
            Text.AddTo(modelState, refused.Refusal, TextKey(prefix));
            return null;
        }
    }

    /// <summary>The ModelState key of the text input on a form bound under <paramref name="prefix"/>.</summary>
    public static string TextKey(string prefix) => prefix.Length == 0 ? nameof(Text) : $"{prefix}.{nameof(Text)}";

    /// <summary>
    /// The choices of a later version's kind: 修改 (by a decision) and 修正 (a revised whole text); the first version is
    /// always 制定.
    /// </summary>
    public static IReadOnlyList<LegislationKind> LaterKinds { get; } = [LegislationKind.Amend, LegislationKind.Revise];
}

/// <summary>A legislation record named on the regulation's page (the record that made a version or the repeal).</summary>
public sealed record RecordLink(int Id, string Title)
{
    /// <summary>The record's staff page (built with the legislation records).</summary>
    public const string Page = "/Staff/Legislation/Records/Details";
}
