using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CongressPortal.Web.OpenData;

/// <summary>
/// One object as the open data API serves it (ADR 0026): the public document the kind's projection made of it, when it
/// first appeared and when its public content last changed. An object withdrawn from publication or deleted keeps its row
/// as a tombstone (<see cref="Deleted"/>, no body), so a mirror following <c>modified_since</c> learns that it went.
/// Derived data: rebuilt from the records at any time (<see cref="OpenDataIndexer.RebuildAsync"/>), so its own writes are
/// not audited — the changes that caused them are.
/// </summary>
public sealed class OpenDataObject
{
    public string Kind { get; set; } = "";

    public int ObjectId { get; set; }

    /// <summary>When the object first appeared in the API (database clock).</summary>
    public DateTimeOffset Created { get; set; }

    /// <summary>When its public document last changed, or when it was withdrawn (database clock).</summary>
    public DateTimeOffset Modified { get; set; }

    public bool Deleted { get; set; }

    /// <summary>The document (JSON, links relative to the site), without created/modified/deleted; null for a tombstone.</summary>
    public string? Body { get; set; }

    /// <summary>SHA-256 of the body (hex, 32 characters): a change of content, and the object's ETag.</summary>
    public string? Hash { get; set; }
}

/// <summary>An object whose document may have changed: written in the same transaction as the change, taken by the indexer.</summary>
public sealed class OpenDataChange
{
    public long Seq { get; set; }

    public string Kind { get; set; } = "";

    public int ObjectId { get; set; }
}

/// <summary>Which shape of a kind's documents the index holds: another shape in code means the kind is rebuilt at start-up.</summary>
public sealed class OpenDataKindState
{
    public string Kind { get; set; } = "";

    public int Shape { get; set; }

    public DateTimeOffset BuiltAt { get; set; }
}

internal sealed class OpenDataObjectConfiguration : IEntityTypeConfiguration<OpenDataObject>
{
    public void Configure(EntityTypeBuilder<OpenDataObject> builder)
    {
        builder.ToTable("open_data_objects");
        builder.HasKey(o => new { o.Kind, o.ObjectId });
        builder.Property(o => o.Kind).HasMaxLength(40);
        builder.Property(o => o.Hash).HasMaxLength(32);
        // Every list is read in (modified, id) order from a point: an index-only walk from there.
        builder.HasIndex(o => new { o.Kind, o.Modified, o.ObjectId });
    }
}

internal sealed class OpenDataChangeConfiguration : IEntityTypeConfiguration<OpenDataChange>
{
    public void Configure(EntityTypeBuilder<OpenDataChange> builder)
    {
        builder.ToTable("open_data_changes");
        builder.HasKey(c => c.Seq);
        builder.Property(c => c.Seq).UseIdentityAlwaysColumn();
        builder.Property(c => c.Kind).HasMaxLength(40);
    }
}

internal sealed class OpenDataKindStateConfiguration : IEntityTypeConfiguration<OpenDataKindState>
{
    public void Configure(EntityTypeBuilder<OpenDataKindState> builder)
    {
        builder.ToTable("open_data_kind_states");
        builder.HasKey(s => s.Kind);
        builder.Property(s => s.Kind).HasMaxLength(40);
    }
}
