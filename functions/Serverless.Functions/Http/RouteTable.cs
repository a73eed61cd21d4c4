using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;

namespace Serverless.Functions.Http;

/// <summary>The HTTP routes of the Function App and their methods, read from the functions' own attributes.</summary>
public sealed class RouteTable
{
    private readonly List<(TemplateMatcher Matcher, IReadOnlyList<string> Methods)> routes;

    /// <summary>Reads every [HttpTrigger] of the assembly except the catch-all itself.</summary>
    public RouteTable(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        routes = assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>())
            .OfType<HttpTriggerAttribute>()
            .Where(t => t.Route is { } route && route != UnmatchedRouteFunctions.Route)
            .Select(t => (new TemplateMatcher(TemplateParser.Parse(t.Route!), new RouteValueDictionary()),
                (IReadOnlyList<string>)(t.Methods ?? ["GET", "POST"]).Select(m => m.ToUpperInvariant()).ToList()))
            .ToList();
    }

    /// <summary>The methods the routes matching <paramref name="path"/> (below the route prefix) accept; empty when none matches.</summary>
    public IReadOnlyList<string> MethodsFor(string path) =>
        routes.Where(r => r.Matcher.TryMatch("/" + path.TrimStart('/'), new RouteValueDictionary()))
            .SelectMany(r => r.Methods).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
