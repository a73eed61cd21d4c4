using Serverless.Functions.Auth;
using Serverless.Grains;

namespace Serverless.Functions.Http;

/// <summary>Which tasks a caller may see and act on.</summary>
public static class TaskAccess
{
    /// <summary>Anyone whose role may call the endpoint and who can see the task.</summary>
    public static TaskRule Anyone { get; } = new((_, _) => true, "Không được thực hiện thao tác này trên nhiệm vụ.");

    /// <summary>The agencies involved in the task (lead or coordinating), leaders and the office.</summary>
    public static TaskRule Involved { get; } = new(CanSee, "Chỉ cơ quan chủ trì hoặc phối hợp của nhiệm vụ được thực hiện thao tác này.");

    /// <summary>The lead agency only: the extension request.</summary>
    public static TaskRule LeadAgencyOnly { get; } = new(IsLeadAgency, "Chỉ cơ quan chủ trì nhiệm vụ được đề nghị gia hạn.");

    /// <summary>The lead agency only: the answer to an explanation request (giải trình).</summary>
    public static TaskRule LeadAgencyAnswers { get; } = new(IsLeadAgency, "Chỉ cơ quan chủ trì nhiệm vụ được gửi giải trình.");

    /// <summary>The lead agency, or the office on its behalf: completion.</summary>
    public static TaskRule Completion { get; } = new(CanComplete, "Chỉ cơ quan chủ trì, hoặc Văn phòng thay cho cơ quan chủ trì, được báo hoàn thành nhiệm vụ.");

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
