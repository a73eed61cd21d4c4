namespace Serverless.Functions.Delivery;

/// <summary>One audit record of the contacts of an agency: who changed them, when, and to what (no secret).</summary>
/// <param name="At">When.</param>
/// <param name="Subject">The caller's identity.</param>
/// <param name="Role">The caller's role.</param>
/// <param name="Contacts">How many contacts the agency has after the change.</param>
/// <param name="WebhookUrl">The webhook URL after the change, if any.</param>
/// <param name="SecretChanged">True when the change set a new webhook secret.</param>
/// <param name="Summary">The contacts after the change: name, role and address of each.</param>
public sealed record ContactsChange(
    DateTimeOffset At,
    string Subject,
    string Role,
    int Contacts,
    string? WebhookUrl,
    bool SecretChanged,
    string Summary);
