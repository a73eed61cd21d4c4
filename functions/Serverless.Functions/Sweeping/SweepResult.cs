namespace Serverless.Functions.Sweeping;

/// <summary>What one sweep did.</summary>
/// <param name="Checked">Due-index entries processed.</param>
/// <param name="Notified">Notifications written.</param>
/// <param name="Failed">Entries whose check failed; they stay for the next sweep.</param>
/// <param name="Silos">How many silos ran a share of it.</param>
public sealed record SweepResult(int Checked, int Notified, int Failed, int Silos = 1);
