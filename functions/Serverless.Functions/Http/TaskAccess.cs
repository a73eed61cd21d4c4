using Serverless.Functions.Auth;
using Serverless.Grains;

namespace Serverless.Functions.Http;

/// <summary>Which tasks a caller may see and act on.</summary>
public static class TaskAccess
{
    /// <summary>Leaders and the office see every task; an agency sees tasks where it is lead or coordinating.</summary>
    public static bool CanSee(Caller caller, TaskDefinition task)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(task);
        return caller.ReadsEverything || (caller.Agency is { } code && (task.LeadAgency == code || task.CoordinatingAgencies.Contains(code)));
    }

    /// <summary>Only the lead agency asks for more time.</summary>
    public static bool IsLeadAgency(Caller caller, TaskDefinition task)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(task);
        return caller.Role == Roles.Agency && task.LeadAgency == caller.Agency;
    }

    /// <summary>Completion is reported by the lead agency, or recorded by the office on its behalf.</summary>
    public static bool CanComplete(Caller caller, TaskDefinition task)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(task);
        return caller.Role == Roles.Office || (caller.Role == Roles.Agency && task.LeadAgency == caller.Agency);
    }
}
