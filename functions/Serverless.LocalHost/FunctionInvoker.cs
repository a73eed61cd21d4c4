using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace Serverless.LocalHost;

/// <summary>
/// Calls a function method the way the isolated worker does: a new instance of its class from DI per invocation,
/// with the trigger input, route values bound by parameter name, and the cancellation token.
/// </summary>
public static class FunctionInvoker
{
    /// <summary>Invokes an HTTP function and writes its IActionResult to the response.</summary>
    public static async Task InvokeHttpAsync(FunctionDescriptor function, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(context);
        var arguments = function.Method.GetParameters().Select(p => BindHttp(p, context)).ToArray();
        var result = await InvokeAsync(function, context.RequestServices, arguments).ConfigureAwait(false);
        if (result is IActionResult action)
            await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor())).ConfigureAwait(false);
        else
            throw new NotSupportedException($"Function {function.Name} returned {result?.GetType().Name ?? "null"}; LocalHost supports IActionResult.");
    }

    /// <summary>Invokes a timer function.</summary>
    public static Task InvokeTimerAsync(FunctionDescriptor function, IServiceProvider services, bool isPastDue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        var arguments = function.Method.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(TimerInfo) => new TimerInfo { IsPastDue = isPastDue },
            var t when t == typeof(CancellationToken) => (object)cancellationToken,
            _ => throw Unsupported(function, p),
        }).ToArray();
        return InvokeAsync(function, services, arguments);
    }

    private static object? BindHttp(ParameterInfo parameter, HttpContext context)
    {
        if (parameter.ParameterType == typeof(HttpRequest)) return context.Request;
        if (parameter.ParameterType == typeof(CancellationToken)) return context.RequestAborted;
        if (context.GetRouteValue(parameter.Name!) is { } value)
            return Convert.ChangeType(value, parameter.ParameterType, CultureInfo.InvariantCulture);
        // An empty catch-all segment ({*path}) binds null, as in the worker, to a parameter declared nullable.
        if (parameter.ParameterType == typeof(string) && new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.Nullable)
            return null;
        throw new NotSupportedException($"LocalHost cannot bind parameter '{parameter.Name}' of type {parameter.ParameterType.Name}.");
    }

    private static async Task<object?> InvokeAsync(FunctionDescriptor function, IServiceProvider services, object?[] arguments)
    {
        var target = function.Method.IsStatic ? null : ActivatorUtilitiesCreate(services, function.Method.DeclaringType!);
        object? returned;
        try
        {
            returned = function.Method.Invoke(target, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }

        if (returned is not Task task) return returned;
        await task.ConfigureAwait(false);
        return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
    }

    private static object ActivatorUtilitiesCreate(IServiceProvider services, Type type) =>
        Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance(services, type);

    private static NotSupportedException Unsupported(FunctionDescriptor function, ParameterInfo parameter) =>
        new($"LocalHost cannot bind parameter '{parameter.Name}' of timer function {function.Name}.");
}
