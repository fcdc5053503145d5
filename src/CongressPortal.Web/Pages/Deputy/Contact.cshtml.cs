using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputy;

/// <summary>
/// 联系方式设置: the deputy chooses which contacts the units handling their suggestions may see for 三见面 (S37a): the
/// mobile in the registry (staff keep it; shown masked here), and a work phone and e-mail the deputy enters. Nothing is
/// shared until the deputy saves this form. Public pages and other deputies never see any of it; the audit log records
/// each change with the values masked. The row version keeps two open tabs from overwriting each other unseen.
/// </summary>
public sealed class ContactModel(ContactModel.Handler handler) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    /// <summary>The registry's mobile, masked (138****1234), or null when staff recorded none.</summary>
    public string? MaskedMobile { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (input, mobile) = await handler.LoadAsync(User.GetDeputyId()!.Value, ct);
        Input = input;
        MaskedMobile = mobile;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var deputyId = User.GetDeputyId()!.Value;
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(deputyId, Input, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = "已保存。承办您建议的单位将看到您同意提供的联系方式。";
                return RedirectToPage();
            }
            Conflict = result.ShowOn(ModelState, Input);
        }
        MaskedMobile = (await handler.LoadAsync(deputyId, ct)).MaskedMobile;
        return Page();
    }

    /// <summary>Named like <see cref="ContactChoice"/>, so a refusal goes next to its field.</summary>
    public sealed record Command
    {
        public uint Version { get; init; }

        [Display(Name = "向承办单位提供手机号码")]
        public bool ShareMobile { get; init; }

        [StringLength(30, ErrorMessage = "办公电话不能超过30个字符"), Display(Name = "办公电话")]
        public string? WorkPhone { get; init; }

        [Display(Name = "向承办单位提供办公电话")]
        public bool ShareWorkPhone { get; init; }

        [StringLength(100, ErrorMessage = "电子邮箱不能超过100个字符"), Display(Name = "电子邮箱")]
        public string? Email { get; init; }

        [Display(Name = "向承办单位提供电子邮箱")]
        public bool ShareEmail { get; init; }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<(Command Input, string? MaskedMobile)> LoadAsync(int deputyId, CancellationToken ct)
        {
            var mobile = await db.Deputies.AsNoTracking().Where(d => d.Id == deputyId).Select(d => d.Mobile).FirstOrDefaultAsync(ct);
            var c = await db.DeputyContactSharing.AsNoTracking().FirstOrDefaultAsync(x => x.DeputyId == deputyId, ct);
            var input = c is null
                ? new Command()
                : new Command { Version = c.Version, ShareMobile = c.ShareMobile, WorkPhone = c.WorkPhone, ShareWorkPhone = c.ShareWorkPhone, Email = c.Email, ShareEmail = c.ShareEmail };
            return (input, string.IsNullOrWhiteSpace(mobile) ? null : Mask.Value(mobile));
        }

        /// <summary>Creates the deputy's choice on the first save, changes it afterwards (checking the version the form showed).</summary>
        public async Task<CommandResult<int>> SaveAsync(int deputyId, Command input, CancellationToken ct)
        {
            var choice = new ContactChoice(input.ShareMobile, input.WorkPhone, input.ShareWorkPhone, input.Email, input.ShareEmail);
            var sharing = await db.DeputyContactSharing.FirstOrDefaultAsync(x => x.DeputyId == deputyId, ct);
            try
            {
                if (sharing is null) db.DeputyContactSharing.Add(DeputyContactSharing.Create(deputyId, choice, clock.GetUtcNow()));
                else
                {
                    db.ExpectVersion(sharing, input.Version);
                    sharing.Change(choice, clock.GetUtcNow());
                }
            }
            catch (DomainRuleException refused)
            {
                db.ChangeTracker.Clear();
                return CommandResult<int>.Refused(refused.Refusal);
            }
            // Two first saves at once: the second hits the primary key and is told to reload, like a lost race.
            return await db.TrySaveAsync(deputyId, SnapshotAsync, new Concurrency.UniqueField("", CommandResult<int>.ConflictMessage), ct);

            async Task<Concurrency.Snapshot?> SnapshotAsync(CancellationToken token)
            {
                var c = await db.DeputyContactSharing.AsNoTracking().FirstOrDefaultAsync(x => x.DeputyId == deputyId, token);
                return c is null ? null : new Concurrency.Snapshot(new Dictionary<string, string?>
                {
                    ["办公电话"] = c.WorkPhone,
                    ["提供办公电话"] = c.ShareWorkPhone ? "是" : "否",
                    ["提供手机号码"] = c.ShareMobile ? "是" : "否",
                    ["电子邮箱"] = c.Email,
                    ["提供电子邮箱"] = c.ShareEmail ? "是" : "否",
                }, c.Version);
            }
        }
    }
}
