using Serverless.Tracking.Reporting;

namespace Serverless.Functions.Reports;

/// <summary>Settings of periodic reports, the ranking and "sắp đến hạn" (section <see cref="Section"/>).</summary>
public sealed class ReportOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Reports";

    /// <summary>Day of the month periods end on (1-31; 31 = the month's last day). Default 14: from the 15th to the 14th.</summary>
    public int CutOffDay { get; set; } = CutOffRule.Default.CutOffDay;

    /// <summary>Working days after the cut-off by which the report is due.</summary>
    public int ReportDueWorkingDays { get; set; } = CutOffRule.Default.ReportDueWorkingDays;

    /// <summary>"Sắp đến hạn": due today or within this many working days.</summary>
    public int DueSoonWorkingDays { get; set; } = DueSoon.DefaultWorkingDays;

    /// <summary>A notice's tasks should be entered within this many working days of its date of issue.</summary>
    public int EntryWorkingDays { get; set; } = EntryTimeliness.DefaultWorkingDays;

    /// <summary>The office named in the title of exported reports.</summary>
    public string IssuingOffice { get; set; } = "Văn phòng Ủy ban nhân dân tỉnh";

    /// <summary>Ranking: points for a share of 1 completed on time.</summary>
    public double OnTimeShareWeight { get; set; } = RankingWeights.Default.OnTimeShare;

    /// <summary>Ranking: points taken per task completed late or still overdue.</summary>
    public double PerOverdueTaskWeight { get; set; } = RankingWeights.Default.PerOverdueTask;

    /// <summary>Ranking: points taken per day late.</summary>
    public double PerOverdueDayWeight { get; set; } = RankingWeights.Default.PerOverdueDay;

    /// <summary>The cut-off rule these settings give.</summary>
    public CutOffRule Rule => new(CutOffDay, ReportDueWorkingDays);

    /// <summary>The ranking weights these settings give.</summary>
    public RankingWeights Weights => new(OnTimeShareWeight, PerOverdueTaskWeight, PerOverdueDayWeight);
}
