using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Infrastructure;

/// <summary>Full-page PNGs under artifacts/screenshots/ at the repository root, for people to look at after a run.</summary>
public static class Screenshots
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    });

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder.Value, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return path;
    }

    /// <summary>
    /// The folder holding CongressPortal.sln. Builds may put the binaries anywhere (--artifacts-path), so the
    /// project folder recorded at build time is tried after the binaries' folder and the working directory.
    /// </summary>
    private static string RepositoryRoot()
    {
        var recorded = typeof(Screenshots).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), recorded })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CongressPortal.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("CongressPortal.sln not found above the test binaries, the working directory or the project folder.");
    }
}
