using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.BrowserTests.Infrastructure;

/// <summary>
/// The real application served by Kestrel on 127.0.0.1 at a free port, so a real browser can reach it.
/// Same database handling as the HTTP tests: a database of its own, migrated once, emptied before every test.
/// </summary>
public sealed class BrowserAppFactory : PortalAppFactory
{
    public BrowserAppFactory() => UseKestrel(0);

    /// <summary>The address Kestrel listens on, known once the server has started.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;
}
