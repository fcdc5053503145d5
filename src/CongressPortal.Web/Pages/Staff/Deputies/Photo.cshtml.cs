using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Deputies;

/// <summary>
/// Uploads or removes a deputy's photo, and serves it to staff (<c>?handler=Image</c>). The file is accepted by
/// its content (a JPEG or PNG signature), not by its name; the public directory serves published photos itself.
/// </summary>
public sealed class PhotoModel(PhotoModel.Handler handler) : PageModel
{
    public const string UploadField = "Upload";
    public const string NoFile = "请选择要上传的照片文件（JPG或PNG格式，不超过2MB）。";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    /// <summary>The photo file; the domain's refusals of it name the field <c>Photo</c>.</summary>
    [BindProperty, ForField("Photo")] public IFormFile? Upload { get; set; }

    public Summary Deputy { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var summary = await handler.SummaryAsync(Id, ct);
        if (summary is null) return NotFound();
        Deputy = summary;
        return Page();
    }

    public async Task<IActionResult> OnGetImageAsync(CancellationToken ct)
    {
        var photo = await handler.ImageAsync(Id, ct);
        if (photo is null) return NotFound();
        // Staff-only content: kept out of shared caches.
        Response.Headers.CacheControl = "private, no-cache";
        return File(photo.Content, photo.ContentType);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(UploadField, NoFile);
        else if (Upload.Length > DeputyPhoto.MaxBytes) ModelState.AddModelError(UploadField, DeputyMessages.PhotoTooLarge.Message);
        if (ModelState.IsValid)
        {
            byte[] content;
            await using (var stream = Upload!.OpenReadStream())
            using (var buffer = new MemoryStream((int)Upload.Length))
            {
                await stream.CopyToAsync(buffer, ct);
                content = buffer.ToArray();
            }
            var result = await handler.SaveAsync(Id, content, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = "照片已保存。";
                return RedirectToPage("Details", new { id = Id });
            }
            if (result.IsNotFound) return NotFound();
            result.AddTo(ModelState, GetType(), "");
        }
        var summary = await handler.SummaryAsync(Id, ct);
        if (summary is null) return NotFound();
        Deputy = summary;
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        var result = await handler.RemoveAsync(Id, ct);
        TempData[result.IsSuccess ? "StatusMessage" : "ErrorMessage"] = result.IsSuccess ? "照片已删除。" : result.Error;
        return RedirectToPage("Details", new { id = Id });
    }

    public sealed record Summary(int Id, string Name, bool HasPhoto, uint Version);

    public sealed record Image(byte[] Content, string ContentType);

    public sealed class Handler(AppDbContext db)
    {
        public Task<Summary?> SummaryAsync(int id, CancellationToken ct) =>
            db.Deputies.AsNoTracking().Where(d => d.Id == id).Select(d => new Summary(d.Id, d.Name, d.HasPhoto, d.Version)).SingleOrDefaultAsync(ct);

        public Task<Image?> ImageAsync(int id, CancellationToken ct) =>
            db.DeputyPhotos.AsNoTracking().Where(p => p.DeputyId == id).Select(p => new Image(p.Content, p.ContentType)).SingleOrDefaultAsync(ct);

        /// <summary>
        /// The photo replaces whatever is there: no row version is checked, so that a profile edited meanwhile does not
        /// make the upload fail (the photo is kept apart from the profile for that reason too).
        /// </summary>
        public async Task<CommandResult<int>> SaveAsync(int id, byte[] content, CancellationToken ct)
        {
            var deputy = await db.Deputies.SingleOrDefaultAsync(d => d.Id == id, ct);
            if (deputy is null) return CommandResult<int>.NotFound(Concurrency.Gone);
            var photo = await db.DeputyPhotos.SingleOrDefaultAsync(p => p.DeputyId == id, ct);
            return await db.CreateAsync(() =>
            {
                if (photo is null) db.DeputyPhotos.Add(DeputyPhoto.Create(id, content));
                else photo.Replace(content);
                deputy.MarkPhoto(true);
                return id;
            }, null, ct);
        }

        public async Task<CommandResult<int>> RemoveAsync(int id, CancellationToken ct)
        {
            var deputy = await db.Deputies.SingleOrDefaultAsync(d => d.Id == id, ct);
            if (deputy is null) return CommandResult<int>.Fail(Concurrency.Gone);
            var photo = await db.DeputyPhotos.SingleOrDefaultAsync(p => p.DeputyId == id, ct);
            if (photo is not null) db.DeputyPhotos.Remove(photo);
            deputy.MarkPhoto(false);
            return await db.TrySaveAsync(id, null, null, ct);
        }
    }
}
