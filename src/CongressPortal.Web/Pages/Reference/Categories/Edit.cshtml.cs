using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Categories;

/// <summary>Creates a suggestion category (no id) or edits one (?id=).</summary>
public sealed class EditModel(EditModel.Handler handler) : ReferenceEditPage<EditModel.Command>(handler)
{
    protected override string Noun => "建议类别";

    public sealed record Command
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请填写类别名称"), StringLength(30, ErrorMessage = "类别名称不能超过30个字"), Display(Name = "类别名称")]
        public string Name { get; init; } = "";

        [Required(ErrorMessage = "请填写排序号"), Range(0, 9999, ErrorMessage = "排序号应为0到9999之间的整数"), Display(Name = "排序号")]
        public int? SortOrder { get; init; }
    }

    public sealed class Handler(AppDbContext db) : IReferenceEditor<Command>
    {
        public static readonly Concurrency.UniqueField UniqueName = new("Input.Name", "该名称已存在。");

        public async Task<Command> NewAsync(CancellationToken ct)
        {
            var last = await db.SuggestionCategories.MaxAsync(c => (int?)c.SortOrder, ct);
            return new Command { SortOrder = (last ?? 0) + 1 };
        }

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.SuggestionCategories.AsNoTracking()
                .Where(c => c.Id == id)
                .Select(c => new Command { Version = c.Version, Name = c.Name, SortOrder = c.SortOrder })
                .SingleOrDefaultAsync(ct);

        public async Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct)
        {
            SuggestionCategory category;
            try
            {
                if (id is null)
                {
                    category = SuggestionCategory.Create(input.Name, input.SortOrder!.Value);
                    db.SuggestionCategories.Add(category);
                }
                else
                {
                    var existing = await db.SuggestionCategories.SingleOrDefaultAsync(c => c.Id == id, ct);
                    if (existing is null) return CommandResult<string>.Conflict(null);
                    category = existing;
                    category.Update(input.Name, input.SortOrder!.Value);
                    db.ExpectVersion(category, input.Version);
                }
            }
            catch (DomainRuleException e)
            {
                return CommandResult<string>.Fail(e.Message);
            }
            var categoryId = category.Id;
            return await db.TrySaveAsync(category.Name, token => CurrentAsync(categoryId, token), UniqueName, ct);
        }

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var category = await db.SuggestionCategories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
            if (category is null) return null;
            return new(new Dictionary<string, string?>
            {
                ["类别名称"] = category.Name,
                ["排序号"] = category.SortOrder.ToString(CultureInfo.InvariantCulture),
                ["状态"] = ReferenceLabels.Active(category.IsActive),
            }, category.Version);
        }
    }
}
