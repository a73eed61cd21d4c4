namespace Serverless.Notices;

/// <summary>What sort of time limit a deadline phrase sets.</summary>
public enum DeadlineKind
{
    /// <summary>A calendar date, written or clearly implied ("trước ngày 30/9/2023", "trong quý III/2023").</summary>
    Explicit,

    /// <summary>A repeating duty ("hằng năm", "định kỳ hằng quý"); not a dated deadline.</summary>
    Recurring,

    /// <summary>Timing that waits on an event ("khi có hướng dẫn của Trung ương"); no date.</summary>
    Conditional,
}
