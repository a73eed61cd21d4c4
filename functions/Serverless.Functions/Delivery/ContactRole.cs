namespace Serverless.Functions.Delivery;

/// <summary>What a contact is to the agency (JSON: head, focalPoint, deputy).</summary>
public enum ContactRole
{
    /// <summary>The head of the agency ("thủ trưởng").</summary>
    Head,

    /// <summary>The focal point who follows the agency's tasks ("đầu mối").</summary>
    FocalPoint,

    /// <summary>A deputy head ("cấp phó").</summary>
    Deputy,
}
