using System.IO.Compression;
using System.Text;
using System.Xml;

namespace BackOffice.BuildingBlocks.Files;

/// <summary>
/// Writes a one-sheet XLSX workbook row by row straight to a stream: the smallest package Excel, LibreOffice and
/// the Open XML SDK open (content types, relationships, workbook, one worksheet), text as inline strings and
/// numbers as numbers. Nothing is held in memory but the row being written, so an export of any length streams;
/// the ZIP is written in create mode, which needs no seeking, so the stream can be the HTTP response (which must
/// allow the synchronous flush each ZIP entry ends with, even when disposed asynchronously, as of .NET 10).
/// </summary>
public sealed class XlsxWriter : IAsyncDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly ZipArchive package;
    private readonly Stream sheetStream;
    private readonly XmlWriter sheet;
    private int row;

    private XlsxWriter(ZipArchive package, Stream sheetStream, XmlWriter sheet)
    {
        this.package = package;
        this.sheetStream = sheetStream;
        this.sheet = sheet;
    }

    public static async Task<XlsxWriter> CreateAsync(Stream output, string sheetName, CancellationToken cancellationToken)
    {
        var package = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        await PartAsync(package, "[Content_Types].xml",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""",
            cancellationToken);
        await PartAsync(package, "_rels/.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
            cancellationToken);
        await PartAsync(package, "xl/_rels/workbook.xml.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""",
            cancellationToken);
        await PartAsync(package, "xl/workbook.xml",
            $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{System.Security.SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>""",
            cancellationToken);

        var sheetStream = await package.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).OpenAsync(cancellationToken);
        var sheet = XmlWriter.Create(sheetStream, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        await sheet.WriteStartDocumentAsync(standalone: true);
        await sheet.WriteStartElementAsync(null, "worksheet", Main);
        await sheet.WriteStartElementAsync(null, "sheetData", Main);
        return new XlsxWriter(package, sheetStream, sheet);
    }

    /// <summary>One row: a <see cref="string"/> cell is text (never a formula), a <see cref="decimal"/> a number.</summary>
    public async Task WriteRowAsync(IEnumerable<object> cells)
    {
        row++;
        await sheet.WriteStartElementAsync(null, "row", Main);
        await sheet.WriteAttributeStringAsync(null, "r", null, row.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var cell in cells)
        {
            await sheet.WriteStartElementAsync(null, "c", Main);
            if (cell is decimal number)
            {
                await sheet.WriteElementStringAsync(null, "v", Main, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                await sheet.WriteAttributeStringAsync(null, "t", null, "inlineStr");
                await sheet.WriteStartElementAsync(null, "is", Main);
                await sheet.WriteStartElementAsync(null, "t", Main);
                await sheet.WriteAttributeStringAsync("xml", "space", null, "preserve");
                await sheet.WriteStringAsync(Printable(Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                await sheet.WriteEndElementAsync();
                await sheet.WriteEndElementAsync();
            }

            await sheet.WriteEndElementAsync();
        }

        await sheet.WriteEndElementAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await sheet.WriteEndElementAsync();
        await sheet.WriteEndElementAsync();
        await sheet.WriteEndDocumentAsync();
        await sheet.FlushAsync();
        await sheet.DisposeAsync();
        await sheetStream.DisposeAsync();
        await package.DisposeAsync();
    }

    /// <summary>XML 1.0 cannot carry control characters other than tab and line breaks; a memo with one keeps the rest.</summary>
    private static string Printable(string text) =>
        text.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r') ? new string([.. text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r')]) : text;

    private static async Task PartAsync(ZipArchive package, string name, string xml, CancellationToken cancellationToken)
    {
        await using var part = await package.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(cancellationToken);
        await part.WriteAsync(Encoding.UTF8.GetBytes(xml), cancellationToken);
    }
}
