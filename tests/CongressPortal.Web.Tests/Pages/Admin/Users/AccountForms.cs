using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Admin.Users;

/// <summary>Fills the account forms the way an administrator does: ticking role boxes and picking from the lists.</summary>
public static class AccountForms
{
    /// <summary>Ticks exactly <paramref name="roles"/> among the role check boxes of the page's first post form.</summary>
    public static IHtmlDocument WithRoles(this IHtmlDocument document, params string[] roles)
    {
        var boxes = document.QuerySelectorAll<IHtmlInputElement>("main form[method=post] input[name='Input.Roles']").ToList();
        boxes.Should().HaveCount(5, "the form offers every portal role");
        foreach (var box in boxes) box.IsChecked = roles.Contains(box.Value);
        return document;
    }

    /// <summary>The value of the option in <paramref name="selectName"/> whose text contains <paramref name="text"/>; fails if there is none.</summary>
    public static string Option(this IDocument document, string selectName, string text)
    {
        var option = document.QuerySelectorAll<IHtmlOptionElement>($"select[name='{selectName}'] option")
            .FirstOrDefault(o => o.Text.Contains(text, StringComparison.Ordinal));
        option.Should().NotBeNull($"the list {selectName} should offer “{text}”");
        return option!.Value;
    }

    public static Dictionary<string, string?> NewAccount(string userName, string displayName, string password = WebTest.Password) => new()
    {
        ["Input.UserName"] = userName,
        ["Input.DisplayName"] = displayName,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
