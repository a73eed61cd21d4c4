namespace Serverless.Functions.Http;

/// <summary>A list the office uploaded (see <see cref="RequestBodyReader.ReadListAsync"/>).</summary>
/// <param name="Bytes">The .xlsx file, or the CSV as UTF-8.</param>
/// <param name="Excel">True when the request said the body is an Excel sheet.</param>
public sealed record UploadedList(byte[] Bytes, bool Excel);
