using System.Runtime.CompilerServices;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Tests.Common;

/// <summary>
/// docs/workflows/*.md hold, between marker comments, the Mermaid diagram and the table generated from the code's
/// transition tables; the prose around them is written by hand. A test compares each generated section with the file, so
/// the docs cannot drift from the code.
/// </summary>
public static class WorkflowDocs
{
    /// <summary>The generated section for <paramref name="table"/>: diagram and table, as it must stand in the file.</summary>
    public static string Section<TState, TAction>(WorkflowTable<TState, TAction> table)
        where TState : struct, Enum
        where TAction : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(table);
        return $"```mermaid\n{table.ToMermaid()}```\n\n{table.ToMarkdown()}";
    }

    /// <summary>
    /// The generated section <paramref name="name"/> of <paramref name="file"/> as it stands, and as the code says it must be.
    /// With the environment variable <c>UPDATE_WORKFLOW_DOCS=1</c> the file is rewritten first (then review the diff).
    /// </summary>
    public static (string? Actual, string Expected) Compare<TState, TAction>(string file, string name, WorkflowTable<TState, TAction> table)
        where TState : struct, Enum
        where TAction : struct, Enum
    {
        var expected = Section(table);
        if (Environment.GetEnvironmentVariable("UPDATE_WORKFLOW_DOCS") == "1") Write(file, name, expected);
        return (Read(file, name), expected);
    }

    private static void Write(string file, string name, string section)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "workflows", file);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = $"<!-- generated:{name}:begin -->\n";
        var end = $"<!-- generated:{name}:end -->";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        if (start < 0 || stop < start) throw new InvalidOperationException($"{file} has no markers for {name}.");
        File.WriteAllText(path, text[..(start + begin.Length)] + section + text[stop..]);
    }

    /// <summary>The text between <c>&lt;!-- generated:{name}:begin --&gt;</c> and its end marker in <paramref name="file"/> (under docs/workflows).</summary>
    public static string? Read(string file, string name)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "workflows", file);
        if (!File.Exists(path)) return null;
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = $"<!-- generated:{name}:begin -->\n";
        var end = $"<!-- generated:{name}:end -->";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        return start < 0 || stop < start ? null : text[(start + begin.Length)..stop];
    }

    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile) ?? AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CongressPortal.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("CongressPortal.sln not found.");
    }
}
