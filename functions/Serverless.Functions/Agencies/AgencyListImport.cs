using Serverless.Functions.Importing;
using Serverless.Tracking;

namespace Serverless.Functions.Agencies;

/// <summary>
/// A list of agencies as CSV (UTF-8) or an Excel sheet (.xlsx, first sheet), header row
/// <c>code,name,kind,supervisor,aliases</c> (aliases separated by ';'), read with MiniExcel:
/// new codes are created, known codes updated. Every bad row is named (<c>rows[N].field</c>, N counting data rows
/// from 1) and then nothing is stored.
/// </summary>
public static class AgencyListImport
{
    /// <summary>Most rows in one import.</summary>
    public const int MaxRows = 2000;

    private static readonly string[] Columns = ["code", "name", "kind", "supervisor", "aliases"];

    /// <summary>The edit the list makes to <paramref name="file"/>; <paramref name="excel"/> says the bytes are .xlsx, else UTF-8 CSV.</summary>
    public static DirectoryEdit Read(AgencyDirectoryFile file, byte[] list, bool excel)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(list);
        var edit = new DirectoryEdit();
        var rows = new List<(int Number, AgencyBody Body)>();
        if (ListFile.Read(list, excel, MaxRows, out var unreadable) is not { } records)
            return edit.Refuse(422, "body", unreadable!);

        if (records.Count == 0)
            return edit.Refuse(422, "rows", "Tệp không có dòng dữ liệu nào.");
        var names = ListFile.Columns(records);
        if (!names.ContainsValue("code") || !names.ContainsValue("name"))
            return edit.Refuse(422, "header", $"Dòng tiêu đề phải có các cột {string.Join(",", Columns)} (ít nhất code và name).");
        if (names.Values.FirstOrDefault(n => n.Length > 0 && !Columns.Contains(n)) is { } unknown)
            return edit.Refuse(422, "header", $"Cột không biết: {unknown}.");
        if (records.Count > MaxRows)
            return edit.Refuse(422, "rows", $"Tối đa {MaxRows} dòng mỗi lần nhập.");
        var rowNumber = 0;
        foreach (var record in records)
        {
            rowNumber++;
            string? Field(string column) => Blank(record.FirstOrDefault(p => names.GetValueOrDefault(p.Key) == column).Value?.ToString()?.Normalize());
            if (Columns.All(c => Field(c) is null))
                continue;
            var aliases = Field("aliases");
            rows.Add((rowNumber, new AgencyBody
            {
                Code = Field("code"),
                Name = Field("name"),
                Kind = Field("kind"),
                Supervisor = Field("supervisor"),
                Aliases = aliases is null ? null : [.. aliases.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            }));
        }

        if (rows.Count == 0)
            return edit.Refuse(422, "rows", "Tệp không có dòng dữ liệu nào.");

        // Supervisors may be rows of the same file.
        var known = new AgencyDirectoryFile
        {
            Leadership = file.Leadership,
            SupervisingOffice = file.SupervisingOffice,
            Agencies = [.. file.Agencies, .. rows.Where(r => AgencyDirectorySnapshot.IsValidCode(r.Body.Code) && file.Agencies.All(a => a.Code != r.Body.Code))
                .Select(r => new Agency(r.Body.Code!, r.Body.Name ?? r.Body.Code!, null))],
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int created = 0, updated = 0;
        foreach (var (number, body) in rows)
        {
            var prefix = $"rows[{number}].";
            if (!AgencyDirectorySnapshot.IsValidCode(body.Code))
            {
                edit.Errors.Add(prefix + "code", $"Mã cơ quan phải gồm 2-32 ký tự A-Z, 0-9 hoặc '-' (có: “{body.Code}”).");
                continue;
            }

            if (!seen.Add(body.Code!))
            {
                edit.Errors.Add(prefix + "code", $"Mã {body.Code} lặp lại trong tệp.");
                continue;
            }

            if (file.Groups.Any(g => g.Code == body.Code))
            {
                edit.Errors.Add(prefix + "code", $"Mã {body.Code} là mã của một nhóm.");
                continue;
            }

            var current = file.Agencies.FirstOrDefault(a => a.Code == body.Code);
            if (DirectoryEdits.Read(known, body, current, prefix, edit.Errors) is { } agency)
            {
                edit.Agencies.Add(agency);
                if (current is null) created++;
                else updated++;
            }
        }

        if (edit.Errors.IsEmpty)
            edit.Audit.Add(("import", "*", $"Nhập danh sách: {created} cơ quan mới, {updated} cơ quan cập nhật ({string.Join(", ", edit.Agencies.Select(a => a.Code))})."));
        return edit;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
