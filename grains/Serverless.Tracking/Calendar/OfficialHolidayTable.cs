using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Tracking.Calendar;

/// <summary>
/// The officially announced days off and swapped working days of public servants, per year, from
/// holidays.json; validated on load. An operator adds a year to the file without a code change.
/// </summary>
public sealed class OfficialHolidayTable
{
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web)
    {
        // A misspelt field or a year listed twice would otherwise drop days off silently.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    private readonly Dictionary<int, HolidayYear> years = [];

    /// <summary>Builds and validates the table; throws naming the bad entry.</summary>
    public OfficialHolidayTable(HolidayFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Years is null)
            throw Bad("'years' is missing.");
        foreach (var (key, entry) in file.Years)
        {
            // Exactly four digits, so that "02025" cannot cover 2025 a second time.
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1800 or > 2199 || key.Length != 4)
                throw Bad($"year key '{key}' must be a year from 1800 to 2199.");
            years.Add(year, ReadYear(year, entry ?? new HolidayFileYear()));
        }
    }

    /// <summary>A table covering no year: every year follows the statutory rule.</summary>
    public static OfficialHolidayTable Empty { get; } = new(new HolidayFile { Years = [] });

    /// <summary>The years the table covers.</summary>
    public IReadOnlyCollection<int> Years => years.Keys;

    /// <summary>Loads holidays.json from a path.</summary>
    public static OfficialHolidayTable Load(string path)
    {
        using var stream = File.OpenRead(path);
        HolidayFile? file;
        try
        {
            file = JsonSerializer.Deserialize<HolidayFile>(stream, FileJson);
        }
        catch (JsonException error)
        {
            throw new InvalidOperationException($"{path}: {error.Message}", error);
        }

        return new OfficialHolidayTable(file ?? throw new InvalidOperationException($"{path} is empty."));
    }

    /// <summary>The announced year, when the table covers it.</summary>
    public bool TryGetYear(int year, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HolidayYear? holidays) =>
        years.TryGetValue(year, out holidays);

    private static HolidayYear ReadYear(int year, HolidayFileYear entry)
    {
        var daysOff = new Dictionary<DateOnly, string>();
        foreach (var (item, where) in Located(entry.DaysOff, year, "daysOff"))
        {
            var date = ReadDate(year, item.Date, where);
            if (string.IsNullOrWhiteSpace(item.Name))
                throw Bad($"{where} ({Iso(date)}) has no name.");
            if (!daysOff.TryAdd(date, item.Name.Normalize()))
                throw Bad($"{where}: {Iso(date)} is listed twice as a day off.");
        }

        var workingDays = new HashSet<DateOnly>();
        foreach (var (item, where) in Located(entry.WorkingDays, year, "workingDays"))
        {
            var date = ReadDate(year, item.Date, where);
            if (string.IsNullOrWhiteSpace(item.Reason))
                throw Bad($"{where} ({Iso(date)}) has no reason.");
            if (daysOff.ContainsKey(date))
                throw Bad($"{where}: {Iso(date)} is both a day off and a working day.");
            if (!HolidayYear.IsWeekend(date))
                throw Bad($"{where}: {Iso(date)} is a {date.DayOfWeek}; only a Saturday or Sunday can be a swapped working day.");
            if (!workingDays.Add(date))
                throw Bad($"{where}: {Iso(date)} is listed twice as a working day.");
        }

        return new HolidayYear(year, daysOff, workingDays);
    }

    private static IEnumerable<(T Item, string Where)> Located<T>(List<T?>? items, int year, string list)
        where T : class
    {
        items ??= [];
        for (var i = 0; i < items.Count; i++)
        {
            var where = $"year {year}, {list}[{i}]";
            yield return (items[i] ?? throw Bad($"{where} is null."), where);
        }
    }

    private static DateOnly ReadDate(int year, string? text, string where)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw Bad($"{where}: '{text}' is not a date (yyyy-MM-dd).");
        if (date.Year != year)
            throw Bad($"{where}: {text} is not in year {year}.");
        return date;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static InvalidOperationException Bad(string message) => new($"holidays.json: {message}");
}
