using System.Globalization;
using Serverless.Functions.Importing;

namespace Serverless.Functions.Delivery;

/// <summary>
/// The people who receive reminders, for many agencies at once, as CSV (UTF-8) or an Excel sheet (.xlsx, first
/// sheet), read with MiniExcel. Header row <c>agency,name,role,email,levels</c>: one row per person; role is head,
/// focalPoint or deputy (or Thủ trưởng, Đầu mối, Cấp phó); levels are ladder levels separated by ';' (empty: the
/// role's default). Rows are grouped by agency; each agency named gets exactly the people listed. A row that cannot be
/// read is named (<c>rows[N].field</c>, N counting data rows from 1).
/// </summary>
public static class ContactListImport
{
    /// <summary>Most rows in one import.</summary>
    public const int MaxRows = 5000;

    private static readonly string[] Columns = ["agency", "name", "role", "email", "levels"];

    private static readonly Dictionary<string, ContactRole> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["head"] = ContactRole.Head,
        ["focalPoint"] = ContactRole.FocalPoint,
        ["deputy"] = ContactRole.Deputy,
        ["Thủ trưởng"] = ContactRole.Head,
        ["Đầu mối"] = ContactRole.FocalPoint,
        ["Cấp phó"] = ContactRole.Deputy,
    };

    /// <summary>One person, with the data row it came from.</summary>
    /// <param name="Number">Data row number, from 1.</param>
    /// <param name="Agency">Agency code.</param>
    /// <param name="Contact">The person as the PUT endpoint takes it.</param>
    public sealed record Row(int Number, string Agency, ContactRequest Contact);

    /// <summary>
    /// The rows (a field that could not be read is left empty and named in <paramref name="errors"/>, so the caller
    /// can go on checking the rest), or null when the list itself cannot be read; <paramref name="excel"/> says the
    /// bytes are .xlsx, else UTF-8 CSV.
    /// </summary>
    public static IReadOnlyList<Row>? Read(byte[] list, bool excel, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(errors);
        if (ListFile.Read(list, excel, MaxRows, out var unreadable) is not { } records)
        {
            errors.Add("body", unreadable!);
            return null;
        }

        var names = ListFile.Columns(records);
        if (records.Count == 0) errors.Add("rows", "Tệp không có dòng dữ liệu nào.");
        else if (!Columns.Take(4).All(names.ContainsValue) || names.Values.Any(n => n.Length > 0 && !Columns.Contains(n)))
            errors.Add("header", $"Dòng tiêu đề phải là {string.Join(",", Columns)} (levels không bắt buộc).");
        else if (records.Count > MaxRows) errors.Add("rows", $"Tối đa {MaxRows} dòng mỗi lần nhập.");
        if (!errors.IsEmpty) return null;

        var rows = new List<Row>();
        var number = 0;
        foreach (var record in records)
        {
            number++;
            string? Field(string column) => Blank(record.FirstOrDefault(p => names.GetValueOrDefault(p.Key) == column).Value?.ToString()?.Normalize());
            if (Columns.All(c => Field(c) is null)) continue;
            var prefix = $"rows[{number}].";
            var agency = Field("agency");
            if (agency is null) errors.Add(prefix + "agency", "Trường bắt buộc.");
            ContactRole? role = null;
            if (Field("role") is { } roleText)
            {
                if (Roles.TryGetValue(roleText, out var known)) role = known;
                else errors.Add(prefix + "role", "Vai trò phải là head, focalPoint, deputy (Thủ trưởng, Đầu mối, Cấp phó).");
            }
            var levels = Levels(Field("levels"), prefix + "levels", errors);
            rows.Add(new Row(number, agency ?? "", new ContactRequest(Field("name"), role, Field("email"), levels)));
        }
        if (rows.Count == 0)
        {
            errors.Add("rows", "Tệp không có dòng dữ liệu nào.");
            return null;
        }
        return rows;
    }

    private static int[]? Levels(string? text, string field, FieldErrors errors)
    {
        if (text is null) return null;
        var levels = new List<int>();
        foreach (var part in text.Split([';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var level))
            {
                errors.Add(field, "Các cấp nhận là số từ 0 đến 3, cách nhau bằng dấu \";\" (ví dụ 0;1;2;3).");
                return null;
            }
            levels.Add(level);
        }
        return [.. levels];
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
