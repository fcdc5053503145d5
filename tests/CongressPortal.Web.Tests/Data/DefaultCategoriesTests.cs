using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Data;

/// <summary>
/// A production install (no demo data) has the default suggestion categories from the real start-up path
/// (<see cref="SeedingExtensions.MigrateAndSeedAsync(IServiceProvider, bool, CancellationToken)"/>), once.
/// </summary>
public sealed class DefaultCategoriesTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task A_fresh_database_without_demo_data_gets_the_default_categories_and_a_second_start_adds_nothing()
    {
        // The reset leaves an installation's database as migrations and the reference seeding made it, minus categories.
        (await DbAsync(db => db.SuggestionCategories.AnyAsync())).Should().BeFalse();

        await App.Services.MigrateAndSeedAsync(demo: false);

        var categories = await DbAsync(db => db.SuggestionCategories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync());
        categories.Select(c => c.Name).Should().Equal("财政经济", "城乡建设", "生态环境", "农业农村", "教科文卫", "社会建设", "内务司法", "民族宗教", "其他");
        categories.Should().OnlyContain(c => c.IsActive);
        (await DbAsync(db => db.Terms.AnyAsync())).Should().BeFalse("no demo data");
        (await DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(SuggestionCategory)))).Should().Be(9);

        await App.Services.MigrateAndSeedAsync(demo: false);

        (await DbAsync(db => db.SuggestionCategories.CountAsync())).Should().Be(9);
    }

    [Fact]
    public async Task Categories_staff_changed_are_not_brought_back_at_the_next_start()
    {
        await App.Services.MigrateAndSeedAsync(demo: false);
        await DbAsync(async db =>
        {
            var religion = await db.SuggestionCategories.SingleAsync(c => c.Name == "民族宗教");
            db.SuggestionCategories.Remove(religion);
            (await db.SuggestionCategories.SingleAsync(c => c.Name == "教科文卫")).Update("教育科学文化卫生", 5);
            await db.SaveChangesAsync();
        });

        await App.Services.MigrateAndSeedAsync(demo: false);

        var names = await DbAsync(db => db.SuggestionCategories.Select(c => c.Name).ToListAsync());
        names.Should().HaveCount(8).And.Contain("教育科学文化卫生").And.NotContain("民族宗教").And.NotContain("教科文卫");
    }
}
