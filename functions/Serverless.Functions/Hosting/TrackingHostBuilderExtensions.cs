using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Serverless.Functions.Auth;
using Serverless.Functions.Importing;
using Serverless.Functions.Sweeping;
using Serverless.Tracking;
using Serverless.Grains.Grains;
using Serverless.Grains.Hosting;

namespace Serverless.Functions.Hosting;

/// <summary>The one registration shared by the Function App's Program.cs and Serverless.LocalHost.</summary>
public static class TrackingHostBuilderExtensions
{
    /// <summary>
    /// Registers the product's services and co-hosts an Orleans silo. Register a <see cref="TrackingClock"/> before
    /// calling this to move the product's time (tests, the development clock override).
    /// </summary>
    public static IHostApplicationBuilder AddDirectiveTracking(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddOptions<OrleansClusterOptions>().BindConfiguration(OrleansClusterOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SweepOptions>().BindConfiguration(SweepOptions.Section);
        services.AddOptions<MemoryOptions>().BindConfiguration(MemoryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.AddOptions<Reports.ReportOptions>().BindConfiguration(Reports.ReportOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Reports.ReportOptions>, Reports.ReportOptionsValidator>();
        services.AddSingleton<Reports.ReportSource>();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton<TokenValidator>();
        services.AddOptions<WebApp.WebAppOptions>().BindConfiguration(WebApp.WebAppOptions.Section);
        services.AddSingleton<ApiGate>();
        services.AddSingleton<Serverless.Functions.Http.TaskCommandRunner>();
        services.AddSingleton<ReadinessProbe>();
        services.AddSingleton(_ => Serverless.Notices.AgencyRegistry.Default);
        services.AddSingleton(sp => new Serverless.Notices.NoticeParser(sp.GetRequiredService<Serverless.Notices.AgencyRegistry>()));
        services.AddSingleton<Serverless.Notices.AddresseeMatcher>();
        services.AddSingleton<Serverless.Notices.ImportPlanner>();
        services.AddSingleton<ImportDraftBuilder>();
        services.AddSingleton<Agencies.AgencyDirectoryService>();

        services.AddSingleton(sp => TableServiceClientFactory.Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        // The grains' state in an account of its own when one is configured, else in the main one (the same client).
        services.AddKeyedSingleton(TrackingGrainsRegistration.GrainStateClientKey, (sp, _) =>
            TableServiceClientFactory.CreateGrainState(sp.GetRequiredService<IOptions<StorageOptions>>().Value) ?? sp.GetRequiredService<TableServiceClient>());
        // Data files shipped with the app; a bad entry stops start-up with a message naming it.
        // agencies.json seeds the office's directory on a new deployment; from then on the table is the directory.
        var seed = AgencyDirectory.ReadFile(Path.Combine(AppContext.BaseDirectory, "agencies.json"));
        var agencies = new AgencyDirectory(seed);
        services.TryAddSingleton(agencies);
        services.TryAddSingleton(new LadderPolicy(EscalationPolicy.Load(Path.Combine(AppContext.BaseDirectory, "escalation-policy.json"), agencies)));
        services.TryAddSingleton(Serverless.Tracking.FollowUp.FollowUpPolicy.Load(Path.Combine(AppContext.BaseDirectory, "follow-up-policy.json"), agencies));
        // The official holiday table (operators add a year to holidays.json without a code change).
        services.TryAddSingleton(WorkingDays.FromHolidayFile(Path.Combine(AppContext.BaseDirectory, "holidays.json")));
        services.AddTrackingGrainServices(Path.Combine(AppContext.BaseDirectory, "agencies.json"));
        services.AddSingleton<NoticeImporter>();
        services.AddSingleton<NoticeImportValidator>();
        services.AddSingleton<DeadlineSweeper>();
        Dispatch.NotificationDispatchRegistration.AddNotificationDispatch(services);
        // Registered before UseOrleans so the tables exist before the silo activates a grain.
        services.AddHostedService<StorageInitializer>();
        services.AddHostedService(sp => new Agencies.DirectoryInitializer(sp.GetRequiredService<Agencies.AgencyDirectoryService>(), seed));
        services.AddHostedService<Delivery.ContactsSeeder>();
        services.AddHostedService<Delivery.ServiceBusDeliveryWorker>();
        // Real time, like Orleans' grain collection it follows (the product's TrackingClock may be moved in tests).
        services.AddSingleton(sp => new IdleMemoryTrimmer(sp.GetRequiredService<IOptions<MemoryOptions>>(), sp.GetRequiredService<IOptions<GrainCollectionOptions>>(),
            sp.GetRequiredService<ILogger<IdleMemoryTrimmer>>(), TimeProvider.System, () => GC.GetTotalAllocatedBytes()));
        services.AddHostedService(sp => sp.GetRequiredService<IdleMemoryTrimmer>());

        var siloOptions = builder.Configuration.GetSection(OrleansClusterOptions.Section).Get<OrleansClusterOptions>() ?? new OrleansClusterOptions();
        // Orleans reads these while the host is being built, before ValidateOnStart runs: check them here so the
        // message names the setting.
        var invalid = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(siloOptions, new(siloOptions), invalid, validateAllProperties: true))
            throw new OptionsValidationException(OrleansClusterOptions.Section, typeof(OrleansClusterOptions), invalid.Select(r => r.ErrorMessage ?? ""));
        var endpoint = SiloEndpoint.Resolve(builder.Configuration, siloOptions);
        // Orleans keeps the real time (the product's clock is TrackingClock, never Orleans'); only the membership
        // clock, which the watchdog reads, counts its timestamps from the process start (see ProcessStartTimeProvider).
        services.AddKeyedSingleton<TimeProvider>(Orleans.Runtime.TimeProviderNames.Membership, new ProcessStartTimeProvider());
        // Orleans' placement runs through Polly, which logs every call at Information: keep warnings meaningful.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = siloOptions.ClusterId;
                o.ServiceId = siloOptions.ServiceId;
            });
            silo.ConfigureEndpoints(endpoint.Address, endpoint.SiloPort, endpoint.GatewayPort, listenOnAnyHostAddress: false);
            silo.Configure<Orleans.Configuration.SiloOptions>(o => o.SiloName = endpoint.SiloName);
            silo.Configure<Orleans.Configuration.GrainCollectionOptions>(o => o.CollectionAge = siloOptions.CollectionAge);
            silo.UseAzureStorageClustering(o => o.Configure<TableServiceClient>((options, client) => options.TableServiceClient = client));
            silo.AddTrackingGrainStorage();
        });
        return builder;
    }
}
