using Microsoft.Extensions.Options;

namespace Serverless.Functions.Reports;

/// <summary>A bad report setting stops start-up with a message naming it.</summary>
public sealed class ReportOptionsValidator : IValidateOptions<ReportOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.CutOffDay is < 1 or > 31) failures.Add("Reports__CutOffDay must be between 1 and 31.");
        if (options.ReportDueWorkingDays is < 0 or > 30) failures.Add("Reports__ReportDueWorkingDays must be between 0 and 30.");
        if (options.DueSoonWorkingDays is < 1 or > 30) failures.Add("Reports__DueSoonWorkingDays must be between 1 and 30.");
        if (options.EntryWorkingDays is < 0 or > 30) failures.Add("Reports__EntryWorkingDays must be between 0 and 30.");
        if (string.IsNullOrWhiteSpace(options.IssuingOffice)) failures.Add("Reports__IssuingOffice must name the office.");
        if (options.Weights.Problem() is not null)
            failures.Add("Reports__OnTimeShareWeight, Reports__PerOverdueTaskWeight and Reports__PerOverdueDayWeight must be finite and not negative.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
