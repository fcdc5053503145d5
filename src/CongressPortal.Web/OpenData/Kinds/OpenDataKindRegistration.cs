namespace CongressPortal.Web.OpenData.Kinds;

/// <summary>Every kind, in the order the API's directory and /Developers list them.</summary>
public static class OpenDataKindRegistration
{
    public static void AddKinds(IServiceCollection services)
    {
        services.AddSingleton<OpenDataKind, TermsKind>();
        services.AddSingleton<OpenDataKind, SessionsKind>();
        services.AddSingleton<OpenDataKind, CommitteesKind>();
        services.AddSingleton<OpenDataKind, UnitsKind>();
        services.AddSingleton<OpenDataKind, DelegationsKind>();
        services.AddSingleton<OpenDataKind, DeputiesKind>();
        services.AddSingleton<OpenDataKind, SuggestionsKind>();
        services.AddSingleton<OpenDataKind, StationsKind>();
        // ── further kinds below ──
        services.AddSingleton<OpenDataKind, ProposalsKind>();
        services.AddSingleton<OpenDataKind, SupervisionPlansKind>();
        services.AddSingleton<OpenDataKind, SupervisionTopicsKind>();
        services.AddSingleton<OpenDataKind, RegulationsKind>();
        services.AddSingleton<OpenDataKind, DraftsKind>();
        services.AddSingleton<OpenDataKind, ReportsKind>();
    }
}
