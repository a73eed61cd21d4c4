namespace Serverless.Functions.Importing;

/// <summary>Why an import is the same notice as one already imported under another id.</summary>
/// <param name="ExistingId">The id it was imported under.</param>
/// <param name="Field">The field that shows it ("number" or "directives").</param>
/// <param name="Message">Vietnamese explanation naming the existing notice.</param>
public sealed record DuplicateNotice(string ExistingId, string Field, string Message);
