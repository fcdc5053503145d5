using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.FilingReview;

/// <summary>The receipt page reached without sending anything shows no code.</summary>
public sealed class ReceiptTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task Reached_directly_the_receipt_shows_no_code_and_points_to_the_lookup()
    {
        using var anyone = AnonymousClient();
        var page = await anyone.GetDocumentAsync("/FilingReview/Receipt");
        page.QuerySelector("#receipt-code").Should().BeNull();
        page.QuerySelector("#no-receipt").Should().NotBeNull();
    }
}
