using Microsoft.Extensions.Options;

namespace Serverless.Functions.Hosting;

/// <summary>Exactly one of the two storage settings must be given; the message names them.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hasUri = options.TableServiceUri is not null;
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        if (hasUri == hasConnectionString)
            return ValidateOptionsResult.Fail(
                $"Set exactly one of {AppSettingNames.StorageTableServiceUri} (Azure, managed identity) or " +
                $"{AppSettingNames.StorageConnectionString} (local, for example UseDevelopmentStorage=true).");
        if (hasUri && options.TableServiceUri!.Scheme != Uri.UriSchemeHttps)
            return ValidateOptionsResult.Fail($"{AppSettingNames.StorageTableServiceUri} must be an https URI.");
        if (options.GrainState.TableServiceUri is not null && !string.IsNullOrWhiteSpace(options.GrainState.ConnectionString))
            return ValidateOptionsResult.Fail(
                $"Set at most one of {AppSettingNames.StorageGrainStateTableServiceUri} or {AppSettingNames.StorageGrainStateConnectionString}.");
        if (options.GrainState.TableServiceUri is { } grainState && (!grainState.IsAbsoluteUri || grainState.Scheme != Uri.UriSchemeHttps))
            return ValidateOptionsResult.Fail($"{AppSettingNames.StorageGrainStateTableServiceUri} must be an https URI.");
        return ValidateOptionsResult.Success;
    }
}
