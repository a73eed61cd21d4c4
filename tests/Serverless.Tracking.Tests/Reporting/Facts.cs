using Serverless.Tracking.Reporting;
using static Serverless.Tracking.Tests.Calendar.ShippedHolidays;

namespace Serverless.Tracking.Tests.Reporting;

/// <summary>Task facts for the report tests: entered at 09:00 Vietnam time on a date, due on another.</summary>
internal static class Facts
{
    public static TaskFacts Task(string id, string agency, string created, string? due,
        string? completed = null, string? cancelled = null, string notice = "tb-1", string? issued = null,
        params (string On, string Due)[] extensions)
    {
        var revisions = new List<DueDateRevision>();
        if (due is not null) revisions.Add(new DueDateRevision(Date(created), Date(due)));
        revisions.AddRange(extensions.Select(e => new DueDateRevision(Date(e.On), Date(e.Due))));
        return new TaskFacts(id, notice, "12/TB-UBND", 1, "Nội dung", agency,
            VietnamTime.At(Date(created), new TimeOnly(9, 0)),
            completed is null ? null : Date(completed),
            cancelled is null ? null : Date(cancelled),
            revisions,
            issued is null ? null : Date(issued));
    }
}
