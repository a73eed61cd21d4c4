namespace Serverless.Tracking;

/// <summary>The four status categories Vietnamese offices report on.</summary>
public enum ProgressCategory
{
    /// <summary>Hoàn thành đúng hạn.</summary>
    CompletedOnTime = 0,
    /// <summary>Hoàn thành quá hạn.</summary>
    CompletedLate = 1,
    /// <summary>Đang thực hiện trong hạn.</summary>
    InProgressOnTime = 2,
    /// <summary>Đang thực hiện quá hạn.</summary>
    InProgressOverdue = 3,
}
