using System.Reflection;
using System.Text.RegularExpressions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Platform;

[Collection(PortalTestGroup.Name)]
public sealed partial class ConventionTests(PortalAppFactory app)
{
    private static readonly Assembly WebAssembly = typeof(Program).Assembly;

    /// <summary>Every Razor page, by its view-engine path (e.g. /Staff/Index), with its authorization metadata.</summary>
    internal Dictionary<string, EndpointMetadataCollection> Pages()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        return endpoints
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()?.ViewEnginePath))
            .Where(x => x.Page is not null && x.Page.StartsWith('/'))
            .GroupBy(x => x.Page!)
            .ToDictionary(g => g.Key, g => g.First().Endpoint.Metadata);
    }

    [Fact]
    public void Every_page_is_in_the_authorization_matrix()
    {
        var pages = Pages().Keys.ToList();
        pages.Should().NotBeEmpty();
        pages.Except(AuthorizationMatrixTests.Matrix.Keys).Should().BeEmpty("every page needs a row in AuthorizationMatrixTests.Matrix");
        AuthorizationMatrixTests.Matrix.Keys.Except(pages).Should().BeEmpty("the matrix names only pages that exist");
    }

    [Fact]
    public void Every_page_is_protected_by_its_folder_policy_or_explicitly_public()
    {
        var problems = new List<string>();
        foreach (var (page, metadata) in Pages())
        {
            var anonymous = metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).ToList();
            var folder = PortalPages.ProtectedFolders.FirstOrDefault(f => page.StartsWith(f.Key + "/", StringComparison.Ordinal));
            if (folder.Key is not null)
            {
                if (anonymous) problems.Add($"{page} is under {folder.Key} but allows anonymous access");
                if (!policies.Contains(folder.Value)) problems.Add($"{page} lacks the {folder.Value} policy");
                continue;
            }
            var isPublic = PortalPages.PublicPages.Contains(page)
                || PortalPages.PublicFolders.Any(f => page.StartsWith(f + "/", StringComparison.Ordinal));
            var isSignedIn = PortalPages.SignedInPages.Contains(page);
            if (isPublic != anonymous) problems.Add($"{page}: public list says {isPublic}, endpoint allows anonymous = {anonymous}");
            if (!isPublic && !isSignedIn) problems.Add($"{page} is neither under a protected folder nor on a public or signed-in list");
        }
        problems.Should().BeEmpty();
    }

    [Fact]
    public void Every_rule_of_the_site_stylesheet_is_closed()
    {
        // Blocks are appended by several hands; one lost brace silently swallows every rule after it.
        var css = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "src", "CongressPortal.Web", "wwwroot", "css", "site.css"));
        var depth = 0;
        var line = 1;
        var problems = new List<string>();
        foreach (var c in css)
        {
            if (c == '\n') line++;
            if (c == '{') depth++;
            if (c == '}') depth--;
            if (depth < 0 || depth > 2) problems.Add($"line {line}: nesting {depth}");
        }
        problems.Should().BeEmpty();
        depth.Should().Be(0, "every block opened is closed");
    }

    [Fact]
    public void Only_pages_open_to_everyone_are_output_cached()
    {
        // The output cache runs before authorization (ADR 0014): a page it serves must be one anybody may read.
        var cached = Pages().Where(p => p.Value.GetMetadata<Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute>() is not null).ToList();
        cached.Should().NotBeEmpty();
        cached.Should().OnlyContain(p => p.Value.GetMetadata<IAllowAnonymous>() != null
            && (PortalPages.PublicPages.Contains(p.Key) || PortalPages.PublicFolders.Any(f => p.Key.StartsWith(f + "/", StringComparison.Ordinal))));
    }

    [Fact]
    public void Page_models_do_not_take_the_DbContext_their_handlers_do_the_data_work()
    {
        var offenders = WebAssembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t))
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(AppDbContext))))
            .Select(t => t.FullName);
        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Data_is_never_changed_behind_the_audit_interceptor_with_bulk_updates_or_raw_SQL()
    {
        var root = FindRepositoryRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => BulkOrRawSql().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            // Folding the statistics tallies rewrites rows the database derives from the suggestions (ADR 0020), not
            // anybody's record: every sum stays what it was, and the suggestions' own changes are audited as they happen.
            .Where(f => f != "src/CongressPortal.Web/Data/SuggestionTallies.cs")
            // The audit retention job deletes audit rows themselves (which no interceptor logs), after archiving them to a
            // file, and writes the 审计日志归档 row with the counts in the same transaction (AuditRetentionTests).
            .Where(f => f != "src/CongressPortal.Web/Infrastructure/AuditRetention.cs");
        offenders.Should().BeEmpty("ExecuteUpdate, ExecuteDelete and raw SQL bypass the audit log");
    }

    [Fact]
    public void The_domain_library_references_no_packages()
    {
        var references = typeof(CongressPortal.Domain.Common.DomainRuleException).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib");
        references.Should().BeEmpty();
    }

    /// <summary>Test namespaces for the desks: a namespace named Deputy or Unit would hide those domain types in every test.</summary>
    private static readonly Dictionary<string, string> DeskNamespaces = new() { ["Deputy"] = "DeputyDesk", ["Unit"] = "UnitDesk" };

    [Fact]
    public void Views_link_to_pages_by_name_not_by_a_hard_coded_address()
    {
        // asp-page / asp-route-* / Url.Page: a renamed page then breaks the build or a test, not a user's click.
        var pages = Path.Combine(FindRepositoryRoot(), "src", "CongressPortal.Web", "Pages");
        var offenders = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => HardCodedAddress().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(pages, l.File)}:{l.Line}: {l.Text.Trim()}");
        string.Join(Environment.NewLine, offenders).Should().BeEmpty();
    }

    [Fact]
    public void Page_tests_live_in_the_folder_of_the_page_they_test_and_are_named_after_it()
    {
        var root = FindRepositoryRoot();
        var pages = Path.Combine(root, "src", "CongressPortal.Web", "Pages");
        var tests = Path.Combine(root, "tests", "CongressPortal.Web.Tests", "Pages");
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(tests, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            var folder = Path.GetDirectoryName(relative)!.Replace('\\', '/');
            var segments = folder.Split('/', StringSplitOptions.RemoveEmptyEntries).Select((s, i) => i == 0 && DeskNamespaces.TryGetValue(s, out var desk) ? desk : s);
            var expectedNamespace = string.Join('.', ["CongressPortal.Web.Tests.Pages", .. segments]);
            if (FileNamespace().Match(text) is not { Success: true } declared || declared.Groups[1].Value != expectedNamespace)
            {
                problems.Add($"{relative}: namespace should be {expectedNamespace}");
            }
            // Shared steps and sample data (a base class, builders) test nothing themselves and may sit in a folder's base.
            if (!TestMethod().IsMatch(text)) continue;
            var source = Path.Combine(pages, folder);
            if (!Directory.Exists(source))
            {
                problems.Add($"{relative}: there is no Pages/{folder} in src");
                continue;
            }
            var name = Path.GetFileNameWithoutExtension(file);
            var pagesHere = Directory.EnumerateFiles(source, "*.cshtml").Select(Path.GetFileNameWithoutExtension).Where(p => !p!.StartsWith('_')).ToList();
            if (!name.EndsWith("Tests", StringComparison.Ordinal) || !pagesHere.Any(p => name.StartsWith(p!, StringComparison.Ordinal)))
            {
                problems.Add($"{relative}: name it after the page it tests ({string.Join(", ", pagesHere.Select(p => p + "Tests.cs"))})");
            }
        }
        string.Join(Environment.NewLine, problems).Should().BeEmpty();
    }

    /// <summary>The checkout, found from this source file's compile-time path (test binaries may be built elsewhere).</summary>
    internal static string FindRepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile) ?? AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CongressPortal.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("CongressPortal.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"\.(ExecuteUpdate|ExecuteDelete|ExecuteSqlRaw|ExecuteSql|ExecuteSqlInterpolated|FromSqlRaw)(Async)?\s*\(")]
    private static partial Regex BulkOrRawSql();

    /// <summary>A site-absolute address typed into a link or form (static files are ~/…, anchors #…).</summary>
    [GeneratedRegex(@"\b(href|action)\s*=\s*[""']/")]
    private static partial Regex HardCodedAddress();

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"\[(Fact|Theory)\b")]
    private static partial Regex TestMethod();
}
