using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Data;

/// <summary>
/// The demo a real office would believe (issue 15): each suggestion goes to units that handle its subject, under a category
/// that fits its title, as the subject table of <see cref="DemoSuggestionSeeder"/> says.
/// </summary>
public sealed class DemoSuggestionSubjectsTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task Every_demo_suggestion_has_its_subjects_category_and_goes_to_the_units_that_handle_the_subject()
    {
        App.Clock.Set(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)));
        await ServiceAsync<DemoSeeder, bool>(async seeder =>
        {
            await seeder.SeedAsync(default);
            return true;
        });
        var units = await DbAsync(db => db.HandlingUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => (u.Name, u.Kind)));
        var categories = await DbAsync(db => db.SuggestionCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name));
        var suggestions = await DbAsync(db => db.Suggestions.AsNoTracking()
            // Suggestions made from proposals (议案 handled as suggestions) take the proposal's title: not in the table.
            .Where(s => s.ProposalId == null)
            .Select(s => new { s.Number, s.Title, s.CategoryId, Parts = s.Assignments.Select(a => new { a.UnitId, a.Role }).ToList() })
            .ToListAsync());
        suggestions.Should().HaveCountGreaterThan(350);

        foreach (var s in suggestions)
        {
            var subject = DemoSuggestionSeeder.SubjectOfTitle(s.Title);
            categories[s.CategoryId].Should().Be(subject.Category, $"{s.Number} {s.Title} is about {subject.Topic}");
            if (s.Parts.Count == 0) continue;
            var names = s.Parts.Select(p => units[p.UnitId].Name).ToList();
            names.Should().Contain(n => subject.Leads.Contains(n), $"{s.Number} {s.Title} goes to a unit that leads {subject.Topic}");
            names.Should().OnlyContain(n => subject.Leads.Contains(n) || subject.CoUnits.Contains(n), $"{s.Number} {s.Title}: every unit handles {subject.Topic}");
            if (s.Parts.FirstOrDefault(p => p.Role == AssignmentRole.Lead) is { } lead)
                subject.Leads.Should().Contain(units[lead.UnitId].Name, $"{s.Number}: the 主办单位 of joint handling");
            if (subject.Category != "内务司法")
                s.Parts.Should().NotContain(p => units[p.UnitId].Kind == HandlingUnitKind.SupervisionOrJudicial, $"{s.Number} {s.Title} is a government matter");
        }

        void GoesTo(string topic, string unit) => suggestions.Where(s => s.Title.Contains(topic, StringComparison.Ordinal) && s.Parts.Count > 0)
            .Should().NotBeEmpty().And.OnlyContain(s => s.Parts.Any(p => p.Role != AssignmentRole.CoHandling && units[p.UnitId].Name == unit), $"{topic} goes to {unit}");
        GoesTo("加装电梯", "示例市住房和城乡建设局");
        GoesTo("医共体", "示例市卫生健康委员会");
        GoesTo("高标准农田", "示例市农业农村局");
    }

    [Fact]
    public void Every_unit_in_the_subject_table_is_a_demo_unit_and_every_category_a_default_one()
    {
        string[] categories = ["财政经济", "城乡建设", "生态环境", "农业农村", "教科文卫", "社会建设", "内务司法", "民族宗教", "其他"];
        foreach (var subject in DemoSuggestionSeeder.Subjects)
        {
            categories.Should().Contain(subject.Category);
            subject.Leads.Should().NotBeEmpty().And.OnlyContain(n => DemoSeeder.UnitNames.Contains(n), subject.Topic);
            subject.CoUnits.Should().NotBeEmpty().And.OnlyContain(n => DemoSeeder.UnitNames.Contains(n), subject.Topic);
            subject.CoUnits.Should().NotIntersectWith(subject.Leads);
        }
        DemoSuggestionSeeder.Subjects.Select(s => s.Category).Distinct().Should().HaveCount(categories.Length, "every category has subjects");
    }
}
