using System.Reflection;
using Orleans.Concurrency;
using Orleans.Serialization;

namespace Serverless.Grains.Grains;

/// <summary>
/// A grain whose every command either reaches storage or changes nothing. Each call of the grain's own interfaces,
/// except those marked <see cref="ReadOnlyAttribute"/>, runs on a copy taken before it starts:
/// <list type="bullet">
/// <item>if the call fails before its state write succeeded, the grain's state goes back to that copy, so reads
/// keep answering what storage holds and a retry redoes the whole command (state and side effects);</item>
/// <item>if it fails at all (even after the write, in a side effect), the grain is marked unsure: its next command
/// first reloads the state from storage (a write reported as failed may still have landed) and calls
/// <see cref="RepairAsync"/>, which brings what the state drives (indexes, deadlines) back in line.</item>
/// </list>
/// Reads never reload or repair, so an active grain keeps answering during a storage outage.
/// </summary>
/// <typeparam name="TState">The persisted state.</typeparam>
public abstract class CommandGrain<TState>(IPersistentState<TState> state, DeepCopier copier) : Grain, IIncomingGrainCallFilter
    where TState : class
{
    private bool unsure;

    /// <summary>The grain's persisted state.</summary>
    protected IPersistentState<TState> State { get; } = state;

    /// <inheritdoc />
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsCommand(context.InterfaceMethod))
        {
            await context.Invoke();
            return;
        }

        if (unsure)
        {
            await State.ReadStateAsync();
            await RepairAsync();
            unsure = false;
        }

        var before = copier.Copy(State.State);
        var etag = State.Etag;
        try
        {
            await context.Invoke();
        }
        catch
        {
            // The etag moves only when a write succeeded: then memory equals storage and only the effects are unsure.
            if (State.Etag == etag) State.State = before;
            unsure = true;
            throw;
        }
    }

    /// <summary>
    /// Re-applies what the current state drives outside the grain's own row (idempotently). Called before the next
    /// command after a command failed, and on deactivation when one is still owed.
    /// </summary>
    protected virtual Task RepairAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (unsure)
        {
            try
            {
                await State.ReadStateAsync(cancellationToken);
                await RepairAsync();
            }
#pragma warning disable CA1031 // Best effort: the grain is going away; a later command repairs what is left.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    private bool IsCommand(MethodInfo? method) =>
        method?.DeclaringType is { } declaring && declaring.IsInstanceOfType(this) && !method.IsDefined(typeof(ReadOnlyAttribute), inherit: false);
}
