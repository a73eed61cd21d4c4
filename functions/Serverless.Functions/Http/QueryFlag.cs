using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Serverless.Functions.Http;

/// <summary>Optional true/false query parameters.</summary>
public static class QueryFlag
{
    /// <summary>Reads <paramref name="name"/> (absent = false); returns the problem to answer with when it is neither true nor false.</summary>
    public static IActionResult? Read(HttpRequest request, string name, out bool value)
    {
        ArgumentNullException.ThrowIfNull(request);
        value = false;
        return request.Query[name].ToString() is { Length: > 0 } text && !bool.TryParse(text, out value)
            ? ApiResults.Invalid(name, "Giá trị phải là true hoặc false.")
            : null;
    }
}
