using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Admin.Users;

public sealed class CreateModel(CreateModel.Handler handler) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public AccountFieldsView Fields { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Fields = await handler.FieldsAsync(Input, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.HandleAsync(Input, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"账号“{Input.UserName.Trim()}”已创建。请通过安全渠道把初始密码告知本人，并提醒其登录后立即修改。";
                return RedirectToPage("Edit", new { id = result.UserId });
            }
            result.AddTo(ModelState, typeof(Command));
        }
        Fields = await handler.FieldsAsync(Input, ct);
        return Page();
    }

    public sealed record Command
    {
        [Required(ErrorMessage = "请填写用户名"), StringLength(50, ErrorMessage = "用户名不能超过50个字符"), Display(Name = "用户名")]
        public string UserName { get; init; } = "";

        [Required(ErrorMessage = "请填写显示名称"), StringLength(50, ErrorMessage = "显示名称不能超过50个字"), Display(Name = "显示名称")]
        public string DisplayName { get; init; } = "";

        /// <summary>The ticked role boxes. No default value: the model binder fills a null collection, not a preset empty one.</summary>
        public IReadOnlyList<string>? Roles { get; init; }

        public int? DeputyId { get; init; }

        public int? HandlingUnitId { get; init; }

        [Required(ErrorMessage = "请设置初始密码"), StringLength(128, ErrorMessage = "密码不能超过128个字符"), Display(Name = "初始密码"), DataType(DataType.Password)]
        public string Password { get; init; } = "";

        [Required(ErrorMessage = "请再次输入初始密码"), Display(Name = "确认密码"), DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "两次输入的密码不一致")]
        public string ConfirmPassword { get; init; } = "";
    }

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, TimeProvider clock)
    {
        public async Task<AccountFieldsView> FieldsAsync(Command input, CancellationToken ct) => new(
            input.Roles ?? [],
            input.DeputyId,
            input.HandlingUnitId,
            await AccountRules.DeputyChoicesAsync(db, input.DeputyId, ct),
            await AccountRules.UnitChoicesAsync(db, input.HandlingUnitId, ct));

        public async Task<AccountResult> HandleAsync(Command input, CancellationToken ct)
        {
            var roles = AccountRules.Normalize(input.Roles);
            var refusals = new List<Refusal>();
            if (AccountRules.CheckRoles(roles, input.DeputyId, input.HandlingUnitId) is { } roleRefusal) refusals.Add(roleRefusal);
            refusals.AddRange(await AccountRules.CheckLinksAsync(db, null, input.DeputyId, input.HandlingUnitId, ct));
            var user = new AppUser
            {
                UserName = input.UserName.Trim(),
                DisplayName = input.DisplayName.Trim(),
                DeputyId = input.DeputyId,
                HandlingUnitId = input.HandlingUnitId,
                CreatedAt = clock.GetUtcNow(),
            };
            refusals.AddRange(await AccountRules.ValidateIdentityAsync(users, user, input.Password));
            if (refusals.Count > 0) return AccountResult.Failed(refusals);

            // The account and its roles are one change: UserManager saves after each call, so a
            // transaction keeps a failure in the second call from leaving an account without roles.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var created = await users.CreateAsync(user, input.Password);
                if (!created.Succeeded) return AccountResult.Failed([.. AccountRules.Refusals(created)]);
                var added = await users.AddToRolesAsync(user, roles!);
                if (!added.Succeeded) return AccountResult.Failed([.. AccountRules.Refusals(added)]);
            }
            catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
            {
                return AccountResult.Failed([AccountMessages.TakenMeanwhile]);
            }
            await transaction.CommitAsync(ct);
            return AccountResult.Ok(user.Id);
        }
    }
}
