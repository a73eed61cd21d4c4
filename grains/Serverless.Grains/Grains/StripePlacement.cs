using Orleans.Placement;
using Orleans.Runtime.Placement;

namespace Serverless.Grains.Grains;

/// <summary>
/// Puts the grain keyed n on the n-th of the compatible silos, in address order: the stripes of the sweep spread
/// evenly over the silos alive when each is activated (Orleans' random placement could put every stripe on one).
/// </summary>
[GenerateSerializer, Immutable]
public sealed class StripePlacement : PlacementStrategy
{
    internal static StripePlacement Instance { get; } = new();
}

/// <summary>Marks a grain placed by <see cref="StripePlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class StripePlacementAttribute : PlacementAttribute
{
    /// <summary>Uses <see cref="StripePlacement"/>.</summary>
    public StripePlacementAttribute() : base(StripePlacement.Instance)
    {
    }
}

/// <summary>Chooses the silo for <see cref="StripePlacement"/>.</summary>
public sealed class StripePlacementDirector : IPlacementDirector
{
    /// <inheritdoc />
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var silos = context.GetCompatibleSilos(target).Order().ToArray();
        var key = target.GrainIdentity.GetIntegerKey();
        var index = (int)(((key % silos.Length) + silos.Length) % silos.Length);
        return Task.FromResult(silos[index]);
    }
}
