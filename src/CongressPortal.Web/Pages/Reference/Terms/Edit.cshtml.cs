using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Terms;

/// <summary>Creates a term (no id) or edits one (/{id}).</summary>
public sealed class EditModel(EditModel.Handler handler) : ReferenceEditPage<EditModel.Command>(handler)
{
    protected override string Noun => "届次";

    public sealed record Command
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请填写届次"), Range(1, 99, ErrorMessage = "届次应为1到99之间的整数"), Display(Name = "届次（数字）")]
        public int? Number { get; init; }

        [Required(ErrorMessage = "请填写开始日期"), Display(Name = "开始日期")]
        public DateOnly? StartDate { get; init; }

        [Display(Name = "届满日期")]
        public DateOnly? EndDate { get; init; }
    }

    public sealed class Handler(AppDbContext db) : IReferenceEditor<Command>
    {
        public static readonly Concurrency.UniqueField UniqueNumber = new("Input.Number", "该届次已存在。");

        public async Task<Command> NewAsync(int? scope, CancellationToken ct)
        {
            var last = await db.Terms.MaxAsync(t => (int?)t.Number, ct);
            return new Command { Number = (last ?? 0) + 1 };
        }

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.Terms.AsNoTracking()
                .Where(t => t.Id == id)
                .Select(t => new Command { Version = t.Version, Number = t.Number, StartDate = t.StartDate, EndDate = t.EndDate })
                .SingleOrDefaultAsync(ct);

        public Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct) => id is { } existing
            ? db.RunAsync(db.Terms, existing, input.Version, term =>
            {
                term.Update(input.Number!.Value, input.StartDate!.Value, input.EndDate);
                return term.Name;
            }, new CommandOptions { Current = token => CurrentAsync(existing, token), Unique = UniqueNumber }, ct)
            : db.CreateAsync(() => db.Terms.Add(Term.Create(input.Number!.Value, input.StartDate!.Value, input.EndDate)).Entity.Name, UniqueNumber, ct);

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var term = await db.Terms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
            if (term is null) return null;
            return new(new Dictionary<string, string?>
            {
                ["届次"] = term.Name,
                ["开始日期"] = Display.Date(term.StartDate),
                ["届满日期"] = Display.Date(term.EndDate),
            }, term.Version);
        }
    }
}
