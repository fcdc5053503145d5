using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CongressPortal.Web.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running database or the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        AppDbContext.UsePortalDatabase(options, "Host=localhost;Database=design_time");
        return new AppDbContext(options.Options);
    }
}
