namespace Serverless.Tracking.Calendar;

/// <summary>A date of the Vietnamese lunisolar calendar.</summary>
/// <param name="Year">The lunar year (the Gregorian year in which its first month begins).</param>
/// <param name="Month">The month, 1 (tháng Giêng) to 12 (tháng Chạp).</param>
/// <param name="Day">The day of the month, 1 to 30.</param>
/// <param name="IsLeapMonth">True for a day of the intercalary (nhuận) month.</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false);
