using System.Collections.Concurrent;
using System.Reflection;
using CongressPortal.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// Where a failed command's message goes on a form. A domain refusal names the field it concerns by the property name of
/// the draft or command (<c>SignedOn</c>, <c>Reason</c>); when the page's form has a property of that name, the message
/// goes next to it (<c>Reply.SignedOn</c>), otherwise to the form as a whole. Forms name their inputs like the domain's
/// drafts, so this mapping needs no per-page table and never looks at the message.
/// </summary>
public static class Forms
{
    /// <summary>The ModelState key for <paramref name="result"/> on the form bound under <paramref name="prefix"/>.</summary>
    /// <param name="formType">The type the form binds to (its properties are the fields).</param>
    /// <param name="prefix">The binding prefix of the form's fields: <c>Input</c>, <c>Reply</c>.</param>
    /// <param name="formKey">Where a message about the form as a whole goes: empty (the summary) or the form's own key.</param>
    public static string KeyFor<T>(CommandResult<T> result, Type? formType, string prefix, string formKey = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Field.Length > 0) return result.Field;
        return result.Refusal is { } refusal ? KeyFor(refusal, formType, prefix, formKey) : formKey;
    }

    public static string KeyFor(Refusal refusal, Type? formType, string prefix, string formKey = "")
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var property = formType is null ? null
            : IsAboutFile(refusal) ? FileProperty(formType)
            : refusal.Field is { Length: > 0 } field ? PropertyFor(formType, field)
            : null;
        if (property is null) return formKey;
        return prefix.Length == 0 ? property : $"{prefix}.{property}";
    }

    /// <summary>The form's file input (an <see cref="IFormFile"/> property, or a list of them), if it has one.</summary>
    private static string? FileProperty(Type type) =>
        FileProperties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => typeof(IFormFile).IsAssignableFrom(p.PropertyType) || typeof(IEnumerable<IFormFile>).IsAssignableFrom(p.PropertyType))?.Name);

    private static readonly ConcurrentDictionary<Type, string?> FileProperties = new();

    /// <summary>
    /// Adds the result's message to ModelState at the key <see cref="KeyFor{T}"/> chooses. A refusal of an uploaded file
    /// (code <c>File.…</c>, see <see cref="FileMessages"/>) goes to <paramref name="filesKey"/>, the page's file input.
    /// </summary>
    public static void AddTo<T>(this CommandResult<T> result, ModelStateDictionary modelState, Type? formType, string prefix, string formKey = "", string? filesKey = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        var key = filesKey is not null && IsAboutFile(result.Refusal) ? filesKey : KeyFor(result, formType, prefix, formKey);
        modelState.AddModelError(key, result.Error);
    }

    /// <summary>A refusal of an uploaded file's content or size.</summary>
    public static bool IsAboutFile(Refusal? refusal) => refusal?.Code.StartsWith(FileMessages.Area + ".", StringComparison.Ordinal) == true;

    /// <summary>The form's property that answers for the domain field: the property of that name, or one marked <see cref="ForFieldAttribute"/>.</summary>
    private static string? PropertyFor(Type type, string field) =>
        FieldProperties.GetOrAdd((type, field), key =>
            key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance)?.Name
            ?? key.Item1.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => p.GetCustomAttribute<ForFieldAttribute>()?.Field == key.Item2)?.Name);

    private static readonly ConcurrentDictionary<(Type, string), string?> FieldProperties = new();
}

/// <summary>
/// Marks a form property that answers for a domain field of another name, e.g. the uploaded letter
/// (<c>IFormFile Letter</c>) for the draft's <c>LetterFileId</c>: a refusal about that field is shown next to it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ForFieldAttribute(string field) : Attribute
{
    public string Field { get; } = field;
}
