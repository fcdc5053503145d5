using System.ComponentModel.DataAnnotations;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>Key suggestions (重点督办), themes (打捆督办) and attachments.</summary>
public sealed partial class DetailsModel
{
    public const string NoFiles = "请选择要上传的文件。";

    public KeyCommand Key { get; private set; } = new();

    public ThemeCommand Theme { get; private set; } = new();

    public Task<IActionResult> OnPostKeyAsync(uint version, [Bind(Prefix = Forms.Key)] KeyCommand input, CancellationToken ct)
    {
        Key = input;
        return ActAsync(Forms.Key, input, () => handler.MarkKeyAsync(Id, version, input, User.AsStaff(), ct), "已列为重点督办建议。", ct);
    }

    public Task<IActionResult> OnPostUnkeyAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Unkey, null, () => handler.UnmarkKeyAsync(Id, version, User.AsStaff(), ct), "已取消重点督办。", ct);

    public Task<IActionResult> OnPostThemeAsync(uint version, [Bind(Prefix = Forms.Theme)] ThemeCommand input, CancellationToken ct)
    {
        Theme = input;
        return ActAsync(Forms.Theme, input, () => handler.ChangeThemeAsync(Id, version, input, User.AsStaff(), ct),
            input.ThemeId is null ? "已移出打捆主题。" : "已调整打捆主题。", ct);
    }

    public Task<IActionResult> OnPostUploadAsync(uint version, [Bind(Prefix = Forms.Upload)] UploadCommand input, CancellationToken ct)
    {
        var chosen = input.Files.Where(f => f.Length > 0).ToList();
        if (chosen.Count == 0) ModelState.AddModelError($"{Forms.Upload}.{nameof(UploadCommand.Files)}", NoFiles);
        return ActAsync(Forms.Upload, input, () => handler.UploadAsync(Id, version, chosen, User.AsStaff(), ct), $"已上传 {chosen.Count} 个附件。", ct);
    }

    public sealed record KeyCommand
    {
        [Required(ErrorMessage = "请填写领衔督办领导"), StringLength(50, ErrorMessage = "领衔督办领导不能超过50个字"), Display(Name = "领衔督办领导")]
        public string? Leader { get; init; }

        [Display(Name = "督办委员会")]
        public int? CommitteeId { get; init; }
    }

    public sealed record ThemeCommand
    {
        [Display(Name = "打捆主题")]
        public int? ThemeId { get; init; }
    }

    public sealed record UploadCommand
    {
        [Display(Name = "附件")]
        public List<IFormFile> Files { get; init; } = [];
    }
}
