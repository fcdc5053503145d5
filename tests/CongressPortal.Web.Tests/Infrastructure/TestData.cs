using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>Builders for test data; each returns the saved entity. Deterministic: no random values.</summary>
public sealed class TestData(PortalAppFactory app)
{
    private async Task<T> SaveAsync<T>(T entity) where T : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    public async Task<Term> TermAsync(int number = 16)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Terms.SingleOrDefaultAsync(t => t.Number == number)
            ?? await SaveAsync(Term.Create(number, new DateOnly(2022, 1, 10), new DateOnly(2027, 1, 9)));
    }

    public Task<HandlingUnit> UnitAsync(string name = "示例市住房和城乡建设局") =>
        SaveAsync(HandlingUnit.Create(name, null, HandlingUnitKind.GovernmentDepartment, "张联络", "0471-1234567", 1));

    public async Task<Deputy> DeputyAsync(string name = "李建国", string number = "16001") =>
        await SaveAsync(Deputy.Create((await TermAsync()).Id, number, name, Gender.Male));

    public Task<Committee> CommitteeAsync(string name = "财政经济委员会") =>
        SaveAsync(Committee.Create(name, null, CommitteeKind.Special, 1));

    public Task<SuggestionCategory> CategoryAsync(string name = "城乡建设") => SaveAsync(SuggestionCategory.Create(name, 1));

    public Task<AdministrativeArea> DistrictAsync(string name = "青山区") =>
        SaveAsync(AdministrativeArea.Create(name, AreaLevel.District, null, null, 1));

    public async Task<CongressSession> SessionAsync(int number = 5) =>
        await SaveAsync(CongressSession.Create((await TermAsync()).Id, number, new DateOnly(2026, 1, 11), new DateOnly(2026, 1, 14)));

    public async Task<StandingCommitteeMeeting> MeetingAsync(int number = 30) =>
        await SaveAsync(StandingCommitteeMeeting.Create((await TermAsync()).Id, number, new DateOnly(2026, 6, 25)));
}
