using Microsoft.AspNetCore.Mvc;

namespace Serverless.Functions.Http;

/// <summary>Either a parsed body or the problem response explaining why it could not be read.</summary>
public sealed record BodyReadResult<T>(T? Value, IActionResult? Problem) where T : class;
