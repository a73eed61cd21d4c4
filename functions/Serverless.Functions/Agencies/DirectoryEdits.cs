using Serverless.Functions.Importing;
using Serverless.Tracking;

namespace Serverless.Functions.Agencies;

/// <summary>The office's changes to the directory, each computed from the stored directory as one <see cref="DirectoryEdit"/>.</summary>
public static class DirectoryEdits
{
    private const int MaxName = 200;
    private const int MaxAliases = 50;

    /// <summary>A new agency.</summary>
    public static DirectoryEdit Create(AgencyDirectoryFile file, AgencyBody body)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(body);
        var edit = new DirectoryEdit();
        if (!AgencyDirectorySnapshot.IsValidCode(body.Code))
            edit.Errors.Add("code", "Mã cơ quan bắt buộc: 2-32 ký tự A-Z, 0-9 hoặc '-'.");
        else if (file.Agencies.Any(a => a.Code == body.Code) || file.Groups.Any(g => g.Code == body.Code))
            return edit.Refuse(409, "code", $"Mã {body.Code} đã có trong danh bạ.");
        var agency = Read(file, body, null, "", edit.Errors);
        if (!edit.Errors.IsEmpty || agency is null)
            return edit;
        edit.Agencies.Add(agency);
        edit.Audit.Add(("create", agency.Code, $"Thêm cơ quan {agency.Code} “{agency.Name}” ({AgencyKinds.Labels[agency.KindOrDefault]})."));
        return edit;
    }

    /// <summary>Renames or re-files an agency: only the fields given change.</summary>
    public static DirectoryEdit Update(AgencyDirectoryFile file, string code, AgencyBody body)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(body);
        var edit = new DirectoryEdit();
        if (file.Agencies.FirstOrDefault(a => a.Code == code) is not { } current)
            return edit.Refuse(404, "code", $"Không có cơ quan {code}.");
        if (body.Code is not null && body.Code != code)
            return edit.Refuse(422, "code", "Mã cơ quan không đổi được (nhiệm vụ và lịch sử dùng mã này).");
        var agency = Read(file, body, current, "", edit.Errors);
        if (!edit.Errors.IsEmpty || agency is null)
            return edit;
        edit.Agencies.Add(agency);
        edit.Audit.Add(("update", code, Describe(current, agency)));
        return edit;
    }

    /// <summary>Retires an agency: it keeps its tasks and history and receives no new task. Never a deletion.</summary>
    public static DirectoryEdit Retire(AgencyDirectoryFile file, string code, RetireBody body)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(body);
        var edit = new DirectoryEdit();
        if (file.Agencies.FirstOrDefault(a => a.Code == code) is not { } current)
            return edit.Refuse(404, "code", $"Không có cơ quan {code}.");
        if (code == file.Leadership || code == file.SupervisingOffice)
            return edit.Refuse(409, "code", "Không thể ngừng lãnh đạo hoặc văn phòng nhận cảnh báo mặc định.");
        if (file.Agencies.FirstOrDefault(a => a.Supervisor == code && !a.Retired) is { } supervised)
            return edit.Refuse(409, "code", $"{code} đang là cơ quan giám sát của {supervised.Code}: đổi cơ quan giám sát trước.");
        var reason = TextInput.Optional(body.Reason, "reason", 500, edit.Errors);
        if (!edit.Errors.IsEmpty)
            return edit;
        edit.Agencies.Add(current with { Retired = true });
        edit.Audit.Add(("retire", code, $"Ngừng cơ quan {code} “{current.Name}”" + (reason is null ? "." : $": {reason}.")));
        return edit;
    }

    /// <summary>Remembers a name for an agency.</summary>
    public static DirectoryEdit AddAlias(AgencyDirectoryFile file, string code, AliasBody body)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(body);
        var edit = new DirectoryEdit();
        if (file.Agencies.FirstOrDefault(a => a.Code == code) is not { } current)
            return edit.Refuse(404, "code", $"Không có cơ quan {code}.");
        var alias = TextInput.Required(body.Alias, "alias", MaxName, edit.Errors);
        if (alias is null)
            return edit;
        if (current.AliasList.Contains(alias) || current.Name == alias)
            return edit;
        if (current.AliasList.Count >= MaxAliases)
            return edit.Refuse(422, "alias", $"Tối đa {MaxAliases} tên gọi khác mỗi cơ quan.");
        edit.Agencies.Add(current with { Aliases = [.. current.AliasList, alias] });
        edit.Audit.Add(("alias-add", code, $"Thêm tên gọi khác “{alias}” cho {code}."));
        return edit;
    }

    /// <summary>Forgets a name of an agency.</summary>
    public static DirectoryEdit RemoveAlias(AgencyDirectoryFile file, string code, string? alias)
    {
        ArgumentNullException.ThrowIfNull(file);
        var edit = new DirectoryEdit();
        if (file.Agencies.FirstOrDefault(a => a.Code == code) is not { } current)
            return edit.Refuse(404, "code", $"Không có cơ quan {code}.");
        var normalized = alias?.Normalize().Trim();
        if (string.IsNullOrEmpty(normalized) || !current.AliasList.Contains(normalized))
            return edit.Refuse(404, "alias", $"{code} không có tên gọi khác “{alias}”.");
        edit.Agencies.Add(current with { Aliases = [.. current.AliasList.Where(a => a != normalized)] });
        edit.Audit.Add(("alias-remove", code, $"Bỏ tên gọi khác “{normalized}” của {code}."));
        return edit;
    }

    /// <summary>A new group, or a change to one (only the fields given change).</summary>
    public static DirectoryEdit SaveGroup(AgencyDirectoryFile file, string? code, GroupBody body)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(body);
        var edit = new DirectoryEdit();
        AgencyGroup? current = null;
        if (code is null)
        {
            if (!AgencyDirectorySnapshot.IsValidCode(body.Code))
                return edit.Refuse(422, "code", "Mã nhóm bắt buộc: 2-32 ký tự A-Z, 0-9 hoặc '-'.");
            if (file.Agencies.Any(a => a.Code == body.Code) || file.Groups.Any(g => g.Code == body.Code))
                return edit.Refuse(409, "code", $"Mã {body.Code} đã có trong danh bạ.");
        }
        else if ((current = file.Groups.FirstOrDefault(g => g.Code == code)) is null)
            return edit.Refuse(404, "code", $"Không có nhóm {code}.");

        var name = body.Name is null && current is not null ? current.Name : TextInput.Required(body.Name, "name", MaxName, edit.Errors);
        var kinds = body.Kinds is null ? current?.KindList ?? [] : Codes(body.Kinds, "kinds", k => AgencyKinds.IsKnown(k), "Loại cơ quan không có", edit.Errors);
        var members = body.Members is null ? current?.MemberList ?? [] : Codes(body.Members, "members", m => file.Agencies.Any(a => a.Code == m), "Mã cơ quan không tồn tại", edit.Errors);
        var aliases = body.Aliases is null ? current?.AliasList ?? [] : Aliases(body.Aliases, edit.Errors);
        if (!edit.Errors.IsEmpty || name is null)
            return edit;
        if (kinds.Count == 0 && members.Count == 0)
            return edit.Refuse(422, "members", "Nhóm cần ít nhất một loại cơ quan (kinds) hoặc một thành viên (members).");
        var group = new AgencyGroup(code ?? body.Code!, name, kinds, members, aliases, body.Retired ?? current?.Retired ?? false);
        edit.Groups.Add(group);
        edit.Audit.Add((current is null ? "group-create" : "group-update", group.Code,
            $"{(current is null ? "Thêm" : "Sửa")} nhóm {group.Code} “{group.Name}”: loại [{string.Join(", ", kinds)}], thành viên [{string.Join(", ", members)}], tên gọi khác [{string.Join("; ", aliases)}]{(group.Retired ? ", đã ngừng" : "")}."));
        return edit;
    }

    /// <summary>Reads an agency's fields over <paramref name="current"/> (null for a new one); null after reporting errors.</summary>
    public static Agency? Read(AgencyDirectoryFile file, AgencyBody body, Agency? current, string prefix, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(errors);
        var name = body.Name is null && current is not null ? current.Name : TextInput.Required(body.Name, prefix + "name", MaxName, errors);
        var kind = body.Kind ?? current?.Kind ?? AgencyKinds.Department;
        if (!AgencyKinds.IsKnown(kind))
            errors.Add(prefix + "kind", $"Loại cơ quan phải là một trong: {string.Join(", ", AgencyKinds.Labels.Keys)}.");
        var supervisor = body.Supervisor is null ? current?.Supervisor : body.Supervisor.Length == 0 ? null : body.Supervisor;
        var code = current?.Code ?? body.Code ?? "";
        if (supervisor is not null && (supervisor == code || !file.Agencies.Any(a => a.Code == supervisor && !a.Retired)))
            errors.Add(prefix + "supervisor", $"Cơ quan giám sát không tồn tại hoặc đã ngừng: {supervisor}.");
        var aliases = body.Aliases is null ? current?.AliasList ?? [] : Aliases(body.Aliases, errors, prefix);
        return name is null || !AgencyKinds.IsKnown(kind) ? null : new Agency(code, name, supervisor, kind, aliases, current?.Retired ?? false);
    }

    private static List<string> Aliases(List<string?> requested, FieldErrors errors, string prefix = "")
    {
        if (requested.Count > MaxAliases)
            errors.Add(prefix + "aliases", $"Tối đa {MaxAliases} tên gọi khác.");
        var aliases = new List<string>();
        for (var i = 0; i < requested.Count && i < MaxAliases; i++)
        {
            if (TextInput.Required(requested[i], $"{prefix}aliases[{i}]", MaxName, errors) is { } alias && !aliases.Contains(alias))
                aliases.Add(alias);
        }

        return aliases;
    }

    private static List<string> Codes(List<string?> requested, string field, Func<string, bool> known, string unknown, FieldErrors errors)
    {
        var codes = new List<string>();
        for (var i = 0; i < requested.Count; i++)
        {
            var code = requested[i];
            if (code is null || !known(code))
                errors.Add($"{field}[{i}]", $"{unknown}: {code}.");
            else if (!codes.Contains(code))
                codes.Add(code);
        }

        return codes;
    }

    private static string Describe(Agency before, Agency after)
    {
        var parts = new List<string>();
        if (before.Name != after.Name) parts.Add($"tên “{before.Name}” → “{after.Name}”");
        if (before.KindOrDefault != after.KindOrDefault) parts.Add($"loại {before.KindOrDefault} → {after.KindOrDefault}");
        if (before.Supervisor != after.Supervisor) parts.Add($"cơ quan giám sát {before.Supervisor ?? "(mặc định)"} → {after.Supervisor ?? "(mặc định)"}");
        if (!before.AliasList.SequenceEqual(after.AliasList)) parts.Add($"tên gọi khác [{string.Join("; ", before.AliasList)}] → [{string.Join("; ", after.AliasList)}]");
        return $"Sửa cơ quan {after.Code}: {(parts.Count == 0 ? "không đổi gì" : string.Join(", ", parts))}.";
    }
}
