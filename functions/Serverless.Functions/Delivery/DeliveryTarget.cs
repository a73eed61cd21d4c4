namespace Serverless.Functions.Delivery;

/// <summary>Where one copy of a notification goes.</summary>
/// <param name="Channel">email or webhook.</param>
/// <param name="Address">The email address or the webhook URL.</param>
/// <param name="Name">The contact's name (email only).</param>
public sealed record DeliveryTarget(string Channel, string Address, string? Name = null);
