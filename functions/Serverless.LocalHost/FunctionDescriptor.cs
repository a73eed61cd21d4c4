using System.Reflection;

namespace Serverless.LocalHost;

/// <summary>One [Function] method as read from its attributes.</summary>
/// <param name="Name">The function name.</param>
/// <param name="Kind">Its trigger.</param>
/// <param name="Method">The method to invoke.</param>
/// <param name="Route">HTTP route template (without the api/ prefix).</param>
/// <param name="HttpMethods">HTTP methods, upper-case.</param>
/// <param name="Schedule">Timer schedule as written (may be a %Setting% name).</param>
public sealed record FunctionDescriptor(
    string Name, FunctionKind Kind, MethodInfo Method, string? Route, IReadOnlyList<string> HttpMethods, string? Schedule);
