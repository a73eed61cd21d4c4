namespace Serverless.Tracking.Calendar;

/// <summary>The Vietnamese names of the statutory holidays (Bộ luật Lao động 2019, điều 112), as shown to users.</summary>
public static class HolidayNames
{
    /// <summary>1 January.</summary>
    public const string NewYear = "Tết Dương lịch";

    /// <summary>The lunar new year.</summary>
    public const string LunarNewYear = "Tết Nguyên đán";

    /// <summary>The 10th day of the 3rd lunar month.</summary>
    public const string HungKings = "Giỗ Tổ Hùng Vương";

    /// <summary>30 April.</summary>
    public const string Victory = "Ngày Chiến thắng";

    /// <summary>1 May.</summary>
    public const string LabourDay = "Ngày Quốc tế Lao động";

    /// <summary>2 September and one adjacent day.</summary>
    public const string NationalDay = "Quốc khánh";
}
