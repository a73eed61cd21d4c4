using Serverless.Functions.Auth;
using Serverless.Grains;

namespace Serverless.Functions.Http;

/// <summary>Who may run a command on a task, and the 403 text that states that same rule.</summary>
/// <param name="Allows">True when the caller may run the command on the task.</param>
/// <param name="Refusal">The Vietnamese reason given when it may not (must describe <paramref name="Allows"/>).</param>
public sealed record TaskRule(Func<Caller, TaskDefinition, bool> Allows, string Refusal);
