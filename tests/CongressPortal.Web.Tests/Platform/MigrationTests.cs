using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Platform;

public sealed class MigrationTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task The_model_has_no_changes_without_a_migration() =>
        (await DbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())))
            .Should().BeFalse("run `dotnet ef migrations add <Name> -p src/CongressPortal.Web -o Data/Migrations` after changing the model");

    [Fact]
    public async Task Every_migration_is_applied_to_the_test_database() =>
        (await DbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList())).Should().BeEmpty();

    [Fact]
    public async Task The_database_is_UTF8_with_a_UTF8_character_type_so_Chinese_search_works()
    {
        var (encoding, ctype) = await DbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT pg_encoding_to_char(encoding), datctype FROM pg_database WHERE datname = current_database()";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (reader.GetString(0), reader.GetString(1));
        });
        encoding.Should().Be("UTF8");
        ctype.Should().Be("C.UTF-8");
    }
}
