using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>
/// A downloaded .docx read back with DocumentFormat.OpenXml: checked against the schema (<see cref="OpenXmlValidator"/>,
/// no errors), then its paragraphs (outside tables) and tables as plain text, cell by cell, line breaks as "\n".
/// </summary>
public sealed record WordFile(IReadOnlyList<string> Paragraphs, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables, string FileName)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Every text of the document, paragraphs and cells, one per line.</summary>
    public string Text => string.Join("\n", Paragraphs.Concat(Tables.SelectMany(t => t.SelectMany(r => r))));

    public static async Task<WordFile> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(ContentType);
        response.Headers.CacheControl?.NoStore.Should().BeTrue("the paperwork holds unpublished records");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return Read(bytes, response.Content.Headers.ContentDisposition?.FileNameStar ?? "");
    }

    /// <summary>A .docx from its bytes (a browser download, say), checked and read as <see cref="ReadAsync"/> does.</summary>
    public static WordFile Read(byte[] bytes, string fileName)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        new OpenXmlValidator().Validate(document).Select(e => $"{e.Description} ({e.Path?.XPath})").Should().BeEmpty();
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(Read).ToList();
        var tables = body.Elements<Table>()
            .Select(t => (IReadOnlyList<IReadOnlyList<string>>)t.Elements<TableRow>()
                .Select(r => (IReadOnlyList<string>)r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(Read))).ToList())
                .ToList())
            .ToList();
        return new WordFile(paragraphs, tables, fileName);
    }

    /// <summary>The data rows of table <paramref name="index"/> (its header row left out).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows(int index) => [.. Tables[index].Skip(1)];

    /// <summary>A label/value table as a dictionary (label in the first cell).</summary>
    public IReadOnlyDictionary<string, string> Fields(int index) => Tables[index].Skip(1).ToDictionary(r => r[0], r => r[1]);

    /// <summary>No deputy's mobile, ID number or home address (<see cref="TestData.PrivateSample"/>) anywhere in the document.</summary>
    public void ShouldHoldNoPrivateData() =>
        Text.Should().NotContain(TestData.PrivateSample.Mobile!).And.NotContain(TestData.PrivateSample.IdNumber!).And.NotContain(TestData.PrivateSample.HomeAddress!);

    private static string Read(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", _ => "" }));
}
