using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Serverless.Functions.Http;

/// <summary>A response that also tells the caller when to try again (the Retry-After header, in seconds).</summary>
public sealed class RetryAfterResult(IActionResult inner, int seconds) : IActionResult
{
    /// <summary>The seconds the header asks for.</summary>
    public int Seconds => seconds;

    /// <inheritdoc />
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return inner.ExecuteResultAsync(context);
    }
}
