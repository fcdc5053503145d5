using System.Text.Json;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Infrastructure;

/// <summary>
/// axe-core (vendored from npm, Vendor/axe-core) run inside a page: injected with Playwright, so the site's CSP
/// (script-src 'self') does not apply to it. Returns the serious and critical violations, one line each.
/// </summary>
public static class AccessibilityScan
{
    private static readonly Lazy<string> Script = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe-core", "axe.min.js")));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            // Evaluated through the DevTools protocol, not as a script element: the CSP does not refuse it.
            await page.EvaluateAsync(Script.Value);
        }
        var json = await page.EvaluateAsync<string>("""
            async () => {
                const result = await axe.run(document, { resultTypes: ['violations'] });
                return JSON.stringify(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' ')) })));
            }
            """);
        var violations = JsonSerializer.Deserialize<List<Violation>>(json, Json) ?? [];
        return [.. violations.Select(v => $"{v.Impact} {v.Id} ({v.Help}): {string.Join(" | ", v.Nodes)}")];
    }

    private sealed record Violation(string Id, string Impact, string Help, List<string> Nodes);
}
