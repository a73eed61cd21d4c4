namespace Serverless.Grains;

/// <summary>How a task's time is set.</summary>
public enum TaskTiming
{
    /// <summary>One or more due dates: reminded and escalated.</summary>
    Dated = 0,
    /// <summary>A regular duty ("thường xuyên"): tracked and reported on, never escalated.</summary>
    Regular = 1,
    /// <summary>Waits on an event ("khi có hướng dẫn ..."): pending until a leader sets the date.</summary>
    Conditional = 2,
}
