namespace CongressPortal.Domain.Deputies;

/// <summary>五级代表: deputies of every level work in the city's stations; the portal manages municipal deputies fully.</summary>
public enum DeputyLevel
{
    National,
    Provincial,
    Municipal,
    County,
    Township,
}
