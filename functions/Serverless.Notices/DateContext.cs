namespace Serverless.Notices;

/// <summary>What a notice says about its own time, used to complete dates written without a year.</summary>
/// <param name="MeetingDate">The date the directives were given, if stated.</param>
/// <param name="ReferenceDate">The earliest date a deadline can fall on (meeting date, else signing date, else the month of signing).</param>
/// <param name="Year">The notice's year, for "(27/7)" and "trong quý III".</param>
internal sealed record DateContext(DateOnly? MeetingDate, DateOnly? ReferenceDate, int? Year);
