namespace Serverless.Grains.Storage;

/// <summary>One change to the agency directory: who, when, what.</summary>
/// <param name="At">When.</param>
/// <param name="Subject">Who (the caller's subject).</param>
/// <param name="Role">The caller's role.</param>
/// <param name="Action">What kind of change: create, update, retire, alias-add, alias-remove, group-create, group-update, import, seed.</param>
/// <param name="Target">The agency or group code changed ("*" for a bulk import).</param>
/// <param name="Detail">What changed, in Vietnamese, for a person to read.</param>
public sealed record DirectoryAuditEntry(DateTimeOffset At, string Subject, string Role, string Action, string Target, string Detail);
