using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// Ties every form's error messages to their fields, once for all forms (issue 16): the fields and messages the built-in
/// tag helpers render (<c>asp-for</c>, <c>asp-validation-for</c>, <c>asp-validation-summary</c>) are completed after
/// them. A field with an error gets <c>aria-invalid="true"</c> and <c>aria-describedby</c> naming its message, so a
/// screen reader reads "请输入用户名" on the field; the form's summary lists every message with a link to its field and
/// takes the focus when the page loads (site.js, <c>data-error-summary</c>).
/// </summary>
public static class FieldErrors
{
    private static readonly object Key = new();

    /// <summary>The id of the message element of the field whose full name is <paramref name="fullName"/>.</summary>
    public static string MessageId(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_") + "-error";

    internal static string FullName(ViewContext viewContext, string expression) =>
        viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression);

    internal static bool HasError(ViewContext viewContext, string fullName) =>
        viewContext.ModelState.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0;

    /// <summary>The fields and messages rendered so far in this request; the summary reads it when the page is written out.</summary>
    internal static Rendered On(ViewContext viewContext)
    {
        var items = viewContext.HttpContext.Items;
        if (items[Key] is not Rendered rendered) items[Key] = rendered = new Rendered();
        return rendered;
    }

    internal sealed class Rendered
    {
        /// <summary>Full field name → the id of its first input on the page.</summary>
        public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

        /// <summary>Full field name → the id of its message element.</summary>
        public Dictionary<string, string> Messages { get; } = new(StringComparer.Ordinal);

        public bool SummaryShown { get; set; }
    }
}

/// <summary>Completes what a built-in tag helper (order -1000) rendered: the name, id and value are set by then.</summary>
public abstract class AfterBuiltInTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 100;
}

/// <summary>An input, select or textarea bound with <c>asp-for</c>: marked invalid and described by its message when its value was refused.</summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class FieldErrorTagHelper : AfterBuiltInTagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.Attributes.TryGetAttribute("type", out var type) && string.Equals(type.Value?.ToString(), "hidden", StringComparison.OrdinalIgnoreCase)) return;
        var name = FieldErrors.FullName(ViewContext, For.Name);
        if (output.Attributes.TryGetAttribute("id", out var id) && id.Value?.ToString() is { Length: > 0 } idText)
        {
            FieldErrors.On(ViewContext).Fields.TryAdd(name, idText);
        }
        if (!FieldErrors.HasError(ViewContext, name)) return;
        output.Attributes.SetAttribute("aria-invalid", "true");
        var existing = output.Attributes.TryGetAttribute("aria-describedby", out var given) ? given.Value?.ToString() ?? "" : "";
        output.Attributes.SetAttribute("aria-describedby", new DescribedBy(existing, name, FieldErrors.On(ViewContext)));
    }

    /// <summary>
    /// The ids the field already named (hints) and its message's id, written out with the page: the message element comes
    /// after the field, and a form may give it an id of its own.
    /// </summary>
    private sealed class DescribedBy(string existing, string name, FieldErrors.Rendered rendered) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var ids = existing.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (rendered.Messages.TryGetValue(name, out var messageId) && !ids.Contains(messageId)) ids.Add(messageId);
            encoder.Encode(writer, string.Join(' ', ids));
        }
    }
}

/// <summary>The message element of a field (<c>asp-validation-for</c>): given the id its field's <c>aria-describedby</c> names.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
[HtmlTargetElement("div", Attributes = "asp-validation-for")]
public sealed class FieldMessageTagHelper : AfterBuiltInTagHelper
{
    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = FieldErrors.FullName(ViewContext, For.Name);
        var messages = FieldErrors.On(ViewContext).Messages;
        if (output.Attributes.TryGetAttribute("id", out var id) && id.Value?.ToString() is { Length: > 0 } given)
        {
            messages.TryAdd(name, given);
            return;
        }
        // A field shown twice on one page (rare) keeps one message id: ids must stay unique.
        if (messages.ContainsKey(name)) return;
        var messageId = FieldErrors.MessageId(name);
        messages[name] = messageId;
        output.Attributes.SetAttribute("id", messageId);
    }
}

/// <summary>
/// The form's summary (<c>asp-validation-summary</c>) after a refused post: a title, then every message on the page —
/// those about a field as a link to it — focused when the page loads. The list is written when the page is written out,
/// after the fields below it have been rendered, so each link goes to the field's real id and only to fields on the page.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class ErrorSummaryTagHelper : AfterBuiltInTagHelper
{
    public const string Title = "提交未成功，请修改以下内容：";
    public const string WarningTitle = "尚未保存：请核对以下提示，确认后再提交。";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var modelState = ViewContext.ModelState;
        var rendered = FieldErrors.On(ViewContext);
        // One summary per page (the page has one form that failed); an ActionFormsPage says which form failed itself.
        if (modelState.ErrorCount == 0 || rendered.SummaryShown) return;
        rendered.SummaryShown = true;
        // The built-in helper drops the element when no message is about the form as a whole (ModelOnly).
        output.TagName ??= context.TagName;
        output.TagMode = TagMode.StartTagAndEndTag;
        var classes = (output.Attributes.TryGetAttribute("class", out var c) ? Text(c.Value) : "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(x => x != "validation-summary-valid")
            .Append("validation-summary-errors").Append("error-summary")
            .Distinct();
        output.Attributes.SetAttribute("class", string.Join(' ', classes));
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("data-error-summary", "");
        var errors = modelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => e.Value!.Errors.Select(error => (e.Key, error.ErrorMessage)))
            .Distinct() // the dictionary's enumeration can yield the form-level entry ("") twice
            .ToList();
        output.PostContent.Clear(); // the built-in list of form-level messages: the summary's list holds them
        output.Content.SetHtmlContent(new SummaryList(errors, rendered, ConfirmWarning.OnlyWarnings(modelState)));
    }

    /// <summary>An attribute's value as written: the built-in helpers leave <c>class</c> as HTML content.</summary>
    private static string Text(object? value)
    {
        if (value is not IHtmlContent html) return value?.ToString() ?? "";
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return System.Net.WebUtility.HtmlDecode(writer.ToString());
    }

    private sealed class SummaryList(List<(string Key, string Message)> errors, FieldErrors.Rendered rendered, bool onlyWarnings) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            writer.Write("<p class=\"error-summary-title\">");
            encoder.Encode(writer, onlyWarnings ? WarningTitle : Title);
            writer.Write("</p><ul>");
            foreach (var (key, message) in errors)
            {
                writer.Write("<li>");
                if (rendered.Fields.TryGetValue(key, out var id))
                {
                    writer.Write("<a href=\"#");
                    encoder.Encode(writer, id);
                    writer.Write("\">");
                    encoder.Encode(writer, message);
                    writer.Write("</a>");
                }
                else
                {
                    encoder.Encode(writer, message);
                }
                writer.Write("</li>");
            }
            writer.Write("</ul>");
        }
    }
}
