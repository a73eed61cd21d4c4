using Microsoft.AspNetCore.Http;
using Serverless.Grains;

namespace Serverless.Functions.Http;

/// <summary>Who is calling. Until sign-in lands (issue 5) every caller is recorded as anonymous.</summary>
public static class Callers
{
    /// <summary>The actor recorded in history for this request.</summary>
    public static Actor ActorOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Actor("anonymous", "anonymous", null);
    }
}
