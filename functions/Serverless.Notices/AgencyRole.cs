namespace Serverless.Notices;

/// <summary>How a directive involves an agency it names.</summary>
public enum AgencyRole
{
    /// <summary>Does the work: "chủ trì", the subject of the sentence, the body the item is given to ("giao ...").</summary>
    Lead,

    /// <summary>Helps the lead ("phối hợp với ...").</summary>
    Coordinating,

    /// <summary>Named for another reason: a report goes to it, a document of it is cited, a place.</summary>
    Mentioned,
}
