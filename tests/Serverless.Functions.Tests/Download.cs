using System.Net;

namespace Serverless.Functions.Tests;

/// <summary>A file the API sent: status, media type, the file name it suggests, and the bytes.</summary>
public sealed record Download(HttpStatusCode Status, string? MediaType, string? FileName, byte[] Content);
