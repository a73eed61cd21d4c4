using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Storage;
using Serverless.Tracking;
using Serverless.Tracking.FollowUp;
using Serverless.Grains.Grains;
using Serverless.Grains.Storage;

namespace Serverless.Grains.Hosting;

/// <summary>What the grains need from a silo, shared by the Function App, LocalHost and the grain tests.</summary>
public static class TrackingGrainsRegistration
{
    /// <summary>
    /// Registers the clock (unless one is registered already), the agency directory, the ladder and follow-up
    /// policies and the table stores. A <see cref="TableServiceClient"/> must be registered by the caller.
    /// </summary>
    public static IServiceCollection AddTrackingGrainServices(this IServiceCollection services, string agenciesFile)
    {
        services.TryAddSingleton(new TrackingClock(TimeProvider.System));
        services.TryAddSingleton(_ => AgencyDirectory.Load(agenciesFile));
        services.TryAddSingleton(new LadderPolicy(EscalationPolicy.Default));
        services.TryAddSingleton(WorkingDays.Statutory);
        services.TryAddSingleton(FollowUpPolicy.Default);
        services.AddSingleton<TrackingTables>();
        services.AddSingleton<TaskIndex>();
        services.AddSingleton<ReportIndex>();
        services.AddSingleton<DueIndex>();
        services.AddSingleton<NotificationOutbox>();
        services.AddSingleton<ExplanationBoard>();
        services.AddSingleton<FollowUpServices>();
        services.AddSingleton<AgencyDirectoryStore>();
        services.AddSingleton<NoticeKeyIndex>();
        // The sweep's stripes go to the silos in turn (see DueStripeGrain).
        services.AddPlacementDirector<StripePlacement, StripePlacementDirector>();
        return services;
    }

    /// <summary>Key of the <see cref="TableServiceClient"/> of the grains' state, when a host registers one apart.</summary>
    public const string GrainStateClientKey = "grain-state";

    /// <summary>
    /// Adds the grains' Azure Table storage provider under <paramref name="name"/> (tests register it under another
    /// name and wrap it), on the client keyed <see cref="GrainStateClientKey"/> if the host registered one, else on
    /// the shared <see cref="TableServiceClient"/>; behind <see cref="LandedWriteGrainStorage"/>, so that a write whose
    /// answer was lost and whose retry met it counts as done.
    /// </summary>
    public static ISiloBuilder AddTrackingGrainStorage(this ISiloBuilder silo, string name = StorageNames.Tracking)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var tableProvider = name + TableProviderSuffix;
        // State is written with the Orleans serializer: every state type carries [Id]s, which makes it version
        // tolerant; the default JSON serializer cannot read back the collections of immutable records.
        silo.AddAzureTableGrainStorage(tableProvider, o => o.Configure<IServiceProvider, Serializer>((options, services, serializer) =>
        {
            options.TableServiceClient = services.GetKeyedService<TableServiceClient>(GrainStateClientKey) ?? services.GetRequiredService<TableServiceClient>();
            options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));
        silo.Services.AddKeyedSingleton<IGrainStorage>(name, (services, _) => new LandedWriteGrainStorage(
            services.GetRequiredKeyedService<IGrainStorage>(tableProvider),
            services.GetRequiredService<Serializer>(),
            services.GetRequiredService<ILogger<LandedWriteGrainStorage>>()));
        return silo;
    }

    /// <summary>The name the Azure Table provider itself is registered under, behind the decorator.</summary>
    private const string TableProviderSuffix = "-table";
}
