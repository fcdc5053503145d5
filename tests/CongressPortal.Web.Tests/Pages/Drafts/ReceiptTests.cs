using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Drafts;

/// <summary>The receipt page reached without commenting shows no code, yet says what happens next and where to look it up.</summary>
public sealed class ReceiptTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task Reached_directly_the_receipt_shows_no_code_but_what_happens_next_and_the_lookup()
    {
        using var anyone = AnonymousClient();
        using var response = await anyone.GetAsync("/Drafts/Receipt");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("#receipt-code").Should().BeNull();
        page.QuerySelector("#no-receipt").Should().NotBeNull();
        page.QuerySelectorAll("#next-steps li").Should().HaveCount(3);
        page.QuerySelector("a[href='/Drafts/Lookup']").Should().NotBeNull();
        page.QuerySelector("#back-to-draft").Should().BeNull();
    }
}
