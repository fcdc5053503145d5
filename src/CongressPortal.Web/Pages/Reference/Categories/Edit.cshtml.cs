using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Categories;

/// <summary>Creates a suggestion category (no id) or edits one (/{id}).</summary>
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

        public async Task<Command> NewAsync(int? scope, CancellationToken ct)
        {
            var last = await db.SuggestionCategories.MaxAsync(c => (int?)c.SortOrder, ct);
            return new Command { SortOrder = (last ?? 0) + 1 };
        }

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.SuggestionCategories.AsNoTracking()
                .Where(c => c.Id == id)
                .Select(c => new Command { Version = c.Version, Name = c.Name, SortOrder = c.SortOrder })
                .SingleOrDefaultAsync(ct);

        public Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct) => id is { } existing
            ? db.RunAsync(db.SuggestionCategories, existing, input.Version, category =>
            {
                category.Update(input.Name, input.SortOrder!.Value);
                return category.Name;
            }, new CommandOptions { Current = token => CurrentAsync(existing, token), Unique = UniqueName }, ct)
            : db.CreateAsync(() => db.SuggestionCategories.Add(SuggestionCategory.Create(input.Name, input.SortOrder!.Value)).Entity.Name, UniqueName, ct);

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
