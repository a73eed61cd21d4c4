namespace Serverless.Grains;

/// <summary>Whom an urging ("đôn đốc") goes to; the numeric value is the ladder level it is delivered at.</summary>
[GenerateSerializer]
public enum UrgingLevel
{
    /// <summary>The urged agency itself.</summary>
    Agency = 1,
    /// <summary>The urged agency's supervising office.</summary>
    SupervisingOffice = 2,
    /// <summary>Straight to the leadership.</summary>
    Leadership = 3,
}
