using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serverless.Functions.Hosting;

namespace Serverless.Functions.Auth;

/// <summary>Outside Development, Entra ID settings are required: without them nobody could call the API.</summary>
public sealed class AuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuthOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (environment.IsDevelopment()) return ValidateOptionsResult.Success;
        var failures = new List<string>();
        if (options.Authority is not { Scheme: "https" })
            failures.Add($"{AppSettingNames.AuthAuthority} must be the https Entra ID authority, e.g. https://login.microsoftonline.com/<tenant>/v2.0.");
        if (string.IsNullOrWhiteSpace(options.Audience))
            failures.Add($"{AppSettingNames.AuthAudience} is required (the API's application id URI or client id).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
