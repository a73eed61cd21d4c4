using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Serverless.Functions.WebApp;

/// <summary>The plain text of an uploaded notice: a Word document (.docx) paragraph by paragraph, or a PDF with a text layer page by page.</summary>
public static class NoticeDocumentText
{
    /// <summary>The .docx media type.</summary>
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The PDF media type.</summary>
    public const string Pdf = "application/pdf";

    /// <summary>Paragraphs of the document body (tables included), one per line.</summary>
    public static string FromDocx(Stream document)
    {
        using var word = WordprocessingDocument.Open(document, isEditable: false);
        var body = word.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("Tệp Word không có nội dung.");
        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t: text.Append(t.Text); break;
                    case TabChar: text.Append('\t'); break;
                    case Break: text.Append('\n'); break;
                }
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The text layer of each page in reading order; a scanned PDF without one yields no text.</summary>
    public static string FromPdf(byte[] document)
    {
        using var pdf = PdfDocument.Open(document);
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
            text.Append(ContentOrderTextExtractor.GetText(page)).Append('\n');
        return text.ToString();
    }
}
