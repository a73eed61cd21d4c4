namespace Serverless.Functions.Delivery;

/// <summary>A person of an agency who receives its reminders and escalations by email.</summary>
/// <param name="Name">Full name, NFC.</param>
/// <param name="Role">Head, focal point or deputy.</param>
/// <param name="Email">Email address (lower-cased domain).</param>
/// <param name="Levels">Ladder levels this person receives (0 reminder, 1-3 escalations), ascending.</param>
public sealed record AgencyContact(string Name, ContactRole Role, string Email, IReadOnlyList<int> Levels);
