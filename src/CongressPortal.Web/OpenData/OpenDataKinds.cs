using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CongressPortal.Web.OpenData;

/// <summary>Every kind the API publishes, in the order the API's index lists them, and which records feed which.</summary>
public sealed class OpenDataKinds
{
    private readonly Dictionary<string, OpenDataKind> _byName;
    private readonly ILookup<Type, (OpenDataKind Kind, OpenDataSource Source)> _bySource;
    private readonly ConcurrentDictionary<IEntityType, bool> _fed = new();

    public OpenDataKinds(IEnumerable<OpenDataKind> kinds)
    {
        All = [.. kinds];
        _byName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);
        _bySource = All.SelectMany(k => k.Sources.Select(s => (Kind: k, Source: s))).ToLookup(x => x.Source.EntityType);
    }

    public IReadOnlyList<OpenDataKind> All { get; }

    public OpenDataKind? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<(OpenDataKind Kind, OpenDataSource Source)> SourcesOf(Type rootType) => _bySource[rootType];

    /// <summary>Whether a record of this type, or the aggregate it belongs to, feeds any kind (most saves concern none).</summary>
    public bool IsFedBy(IEntityType type, Func<IEntityType, IForeignKey?> parentOf)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(parentOf);
        return _fed.GetOrAdd(type, t =>
        {
            for (IEntityType? current = t; current is not null; current = parentOf(current)?.PrincipalEntityType)
            {
                if (_bySource.Contains(current.ClrType)) return true;
            }
            return false;
        });
    }
}
