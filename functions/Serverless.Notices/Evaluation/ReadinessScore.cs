namespace Serverless.Notices.Evaluation;

/// <summary>How ready one notice's draft is for import, against a directory.</summary>
/// <param name="Name">The file name without extension.</param>
/// <param name="Directives">Directives found.</param>
/// <param name="Mapped">Directives whose draft has at least one known lead agency.</param>
/// <param name="ToFill">Fields the clerk must still fill (the draft's "missing").</param>
/// <param name="Tasks">Tasks the import would create.</param>
/// <param name="Addressed">Directives whose label names an agency.</param>
/// <param name="AddressedWithTasks">Of those, directives the import gives at least one task.</param>
/// <param name="Details">What is not ready, one line each.</param>
public sealed record ReadinessScore(string Name, int Directives, int Mapped, int ToFill, int Tasks, int Addressed, int AddressedWithTasks, IReadOnlyList<string> Details)
{
    /// <summary>True when every directive is mapped, nothing is left to fill and every addressed directive gets a task.</summary>
    public bool Ready => Directives > 0 && Mapped == Directives && ToFill == 0 && AddressedWithTasks == Addressed;
}
