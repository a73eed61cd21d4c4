namespace Serverless.Tracking.Reporting;

/// <summary>An agency's place in the ranking.</summary>
/// <param name="Rank">1 for the best score; equal scores share a rank.</param>
/// <param name="Score">The score under the report's weights.</param>
/// <param name="Tally">Its counts.</param>
public sealed record RankedAgency(int Rank, double Score, AgencyTally Tally);
