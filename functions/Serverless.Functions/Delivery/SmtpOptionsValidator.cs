using Microsoft.Extensions.Options;

namespace Serverless.Functions.Delivery;

/// <summary>With a relay host set: a sender address, a port, and a password only together with a user name.</summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured) return ValidateOptionsResult.Success;
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.FromAddress) || !MimeKit.MailboxAddress.TryParse(options.FromAddress, out _))
            failures.Add("Smtp__FromAddress must be an email address when Smtp__Host is set.");
        if (options.Port is < 1 or > 65535) failures.Add("Smtp__Port must be between 1 and 65535.");
        if (!string.IsNullOrEmpty(options.Password) && string.IsNullOrEmpty(options.UserName))
            failures.Add("Smtp__Password needs Smtp__UserName.");
        if (options.PoolSize < 1) failures.Add("Smtp__PoolSize must be at least 1.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
