using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace CongressPortal.Web.OpenData;

/// <summary>
/// Writes stored documents as responses: links made absolute on the public host, and the row's created, modified and
/// deleted added after the type. A streaming copy (reader to writer), so a page of documents is never parsed into objects.
/// </summary>
public sealed class OpenDataWriter
{
    private readonly HashSet<string> _linkNames;

    public OpenDataWriter(OpenDataKinds kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        _linkNames = LinkNames(kinds.All.Select(k => k.DocumentType));
    }

    /// <summary>The JSON names of every [ApiLink] property of the documents and the records they contain.</summary>
    public IReadOnlySet<string> LinkPropertyNames => _linkNames;

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = OpenDataJson.Options.Encoder, Indented = false };

    public void WriteObject(Utf8JsonWriter writer, OpenDataKind kind, StoredRow row, string origin)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(row);
        if (row.Deleted || row.Body is null)
        {
            writer.WriteStartObject();
            writer.WriteString("id", origin + OpenDataLinks.Of(kind.Name, row.ObjectId));
            writer.WriteString("type", kind.TypeName);
            WriteEnvelope(writer, row);
            writer.WriteEndObject();
            return;
        }
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(row.Body));
        // Per container: whether it is an array, and the property that holds it (a list of links is named like one).
        var containers = new Stack<(bool IsArray, string? Name)>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    containers.Push((false, property));
                    property = null;
                    writer.WriteStartObject();
                    break;
                case JsonTokenType.StartArray:
                    containers.Push((true, property));
                    property = null;
                    writer.WriteStartArray();
                    break;
                case JsonTokenType.EndObject:
                    containers.Pop();
                    writer.WriteEndObject();
                    break;
                case JsonTokenType.EndArray:
                    containers.Pop();
                    writer.WriteEndArray();
                    break;
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    writer.WritePropertyName(property!);
                    break;
                case JsonTokenType.String:
                    var name = property ?? (containers.Peek() is { IsArray: true } array ? array.Name : null);
                    var value = reader.GetString()!;
                    writer.WriteStringValue(name is not null && _linkNames.Contains(name) && value.StartsWith('/') ? origin + value : value);
                    if (containers.Count == 1 && property == "type") WriteEnvelope(writer, row);
                    property = null;
                    break;
                default:
                    writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                    property = null;
                    break;
            }
        }
    }

    private static void WriteEnvelope(Utf8JsonWriter writer, StoredRow row)
    {
        writer.WriteString("created", Stamp(row.Created));
        writer.WriteString("modified", Stamp(row.Modified));
        writer.WriteBoolean("deleted", row.Deleted);
    }

    /// <summary>ISO 8601 in UTC with microseconds: the database's precision, so a client can pass it back as modified_since unchanged.</summary>
    public static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static HashSet<string> LinkNames(IEnumerable<Type> documentTypes)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(documentTypes);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type)) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<ApiLinkAttribute>() is not null) names.Add(OpenDataJson.Options.PropertyNamingPolicy!.ConvertName(property.Name));
                if (Contained(property.PropertyType) is { } contained) pending.Push(contained);
            }
        }
        return names;
    }

    /// <summary>A record type inside a document (directly or as a list's element), whose links count too.</summary>
    private static Type? Contained(Type type)
    {
        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : type;
        return element is not null && element.IsClass && element != typeof(string) && element.Namespace?.StartsWith("CongressPortal", StringComparison.Ordinal) == true ? element : null;
    }

    /// <summary>What a response needs of an indexed row.</summary>
    public sealed record StoredRow(int ObjectId, DateTimeOffset Created, DateTimeOffset Modified, bool Deleted, string? Body);

    /// <summary>A buffer the response is written into first (for its ETag), then copied out.</summary>
    public static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer) NewResponse()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        return (buffer, new Utf8JsonWriter(buffer, WriterOptions));
    }
}
