using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Serverless.LocalHost;

/// <summary>Reads the functions of an assembly from their attributes: the same source of truth the Functions host uses.</summary>
public sealed class FunctionCatalog
{
    /// <summary>Reads every [Function] method of the assembly.</summary>
    public FunctionCatalog(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        Functions = assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => Describe(x.Attribute!.Name, x.Method))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every function found.</summary>
    public IReadOnlyList<FunctionDescriptor> Functions { get; }

    private static FunctionDescriptor Describe(string name, MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<HttpTriggerAttribute>() is { } http)
                return new FunctionDescriptor(name, FunctionKind.Http, method, http.Route ?? name,
                    (http.Methods ?? ["GET", "POST"]).Select(m => m.ToUpperInvariant()).ToList(), null);
            if (parameter.GetCustomAttribute<TimerTriggerAttribute>() is { } timer)
                return new FunctionDescriptor(name, FunctionKind.Timer, method, null, [], timer.Schedule);
        }
        throw new NotSupportedException($"Function {name} has a trigger LocalHost does not run; only HTTP and timer triggers are supported.");
    }
}
