using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Functions.Http;
using Serverless.Functions.Importing;
using Serverless.Tracking;

namespace Serverless.Functions.Delivery;

/// <summary>
/// Creates the delivery tables and, when <see cref="DeliveryOptions.ContactsSeedFile"/> is set (local runs), stores
/// the file's contacts for every agency that has none yet, through the same validation as the HTTP endpoint. A bad
/// entry stops start-up naming it.
/// </summary>
public sealed partial class ContactsSeeder(
    DeliveryTables tables,
    AgencyContactsStore store,
    ContactsValidator validator,
    AgencyDirectory agencies,
    TrackingClock clock,
    IOptions<DeliveryOptions> options,
    ILogger<ContactsSeeder> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        if (options.Value.ContactsSeedFile is not { Length: > 0 } file) return;
        var path = Path.IsPathRooted(file) ? file : Path.Combine(AppContext.BaseDirectory, file);
        Dictionary<string, ContactsRequest> seed;
        await using (var stream = File.OpenRead(path))
            seed = await JsonSerializer.DeserializeAsync<Dictionary<string, ContactsRequest>>(stream, ApiJson.Options, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"{path} is empty.");

        foreach (var (code, request) in seed)
        {
            if (!agencies.Contains(code)) throw new InvalidOperationException($"{path}: unknown agency '{code}'.");
            var errors = new FieldErrors();
            var contacts = validator.Validate(code, request, null, errors)
                ?? throw new InvalidOperationException($"{path}: agency '{code}': " +
                    string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(' ', e.Value)}")));
            if (await store.GetAsync(code, cancellationToken).ConfigureAwait(false) is not null) continue;
            await store.PutAsync(contacts, "seed", "system", clock.Now, cancellationToken).ConfigureAwait(false);
            LogSeeded(logger, code, contacts.Contacts.Count);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} contacts for {Agency}")]
    private static partial void LogSeeded(ILogger logger, string agency, int count);
}
