using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using MimeKit;
using Serverless.Functions.Importing;

namespace Serverless.Functions.Delivery;

/// <summary>
/// Checks a PUT body and turns it into <see cref="AgencyContacts"/>: names NFC, valid single addresses, levels 0-3,
/// no duplicate address, at most <see cref="MaxContacts"/>; a webhook URL that is absolute, https and public outside
/// Development, and a Standard Webhooks secret. Every error names its field.
/// </summary>
public sealed partial class ContactsValidator(IHostEnvironment environment)
{
    /// <summary>Most contacts one agency may have.</summary>
    public const int MaxContacts = 50;

    /// <summary>Ladder levels: 0 reminder, 1 lead agency, 2 supervising office, 3 leadership.</summary>
    public const int MaxLevel = 3;

    private static readonly int[] AllLevels = [0, 1, 2, 3];
    private static readonly int[] Escalations = [1, 2, 3];

    /// <summary>The validated contacts, or null with <paramref name="errors"/> filled.</summary>
    /// <param name="agencyCode">The agency being edited.</param>
    /// <param name="request">The body.</param>
    /// <param name="existing">What is stored now (its secret is kept when the body omits one for the same agency).</param>
    /// <param name="errors">Receives the problems.</param>
    public AgencyContacts? Validate(string agencyCode, ContactsRequest request, AgencyContacts? existing, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        var contacts = new List<AgencyContact>();
        var items = request.Contacts ?? [];
        if (items.Count > MaxContacts)
        {
            errors.Add("contacts", $"Tối đa {MaxContacts} người nhận cho một cơ quan.");
            return null;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            var field = $"contacts[{i}]";
            if (items[i] is not { } item)
            {
                errors.Add(field, "Trường bắt buộc.");
                continue;
            }
            var name = TextInput.Required(item.Name, $"{field}.name", 200, errors);
            if (item.Role is not { } role) errors.Add($"{field}.role", "Vai trò phải là head, focalPoint hoặc deputy.");
            var email = Email(item.Email, $"{field}.email", errors);
            if (email is not null && !seen.Add(email)) errors.Add($"{field}.email", "Địa chỉ thư điện tử bị trùng.");
            var levels = Levels(item.Levels, item.Role, $"{field}.levels", errors);
            if (name is not null && item.Role is { } r && email is not null && levels is not null)
                contacts.Add(new AgencyContact(name, r, email, levels));
        }

        var webhook = request.Webhook is { } w ? Webhook(w, existing?.Webhook, errors) : null;
        return errors.IsEmpty ? new AgencyContacts(agencyCode, contacts, webhook) : null;
    }

    private static string? Email(string? value, string field, FieldErrors errors)
    {
        var text = TextInput.Required(value, field, 254, errors);
        if (text is null) return null;
        if (!EmailShape().IsMatch(text) || !MailboxAddress.TryParse(text, out var mailbox) || !string.IsNullOrEmpty(mailbox.Name) ||
            !string.Equals(mailbox.Address, text, StringComparison.Ordinal))
        {
            errors.Add(field, "Địa chỉ thư điện tử không hợp lệ (ví dụ: vanthu@sxd.gov.vn).");
            return null;
        }
        var at = text.LastIndexOf('@');
        return text[..at] + "@" + text[(at + 1)..].ToLowerInvariant();
    }

    private static int[]? Levels(IReadOnlyList<int>? levels, ContactRole? role, string field, FieldErrors errors)
    {
        if (levels is null) return role == ContactRole.FocalPoint ? AllLevels : Escalations;
        if (levels.Count == 0 || levels.Any(l => l is < 0 or > MaxLevel) || levels.Distinct().Count() != levels.Count)
        {
            errors.Add(field, $"Các cấp nhận phải là các số khác nhau từ 0 đến {MaxLevel} (0: nhắc việc, 1-3: báo quá hạn).");
            return null;
        }
        return [.. levels.Order()];
    }

    private AgencyWebhook? Webhook(WebhookRequest request, AgencyWebhook? existing, FieldErrors errors)
    {
        var text = TextInput.Required(request.Url, "webhook.url", 2000, errors);
        Uri? url = null;
        if (text is not null)
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) ||
                !string.IsNullOrEmpty(url.UserInfo) || !string.IsNullOrEmpty(url.Fragment))
            {
                errors.Add("webhook.url", "Địa chỉ webhook phải là URL tuyệt đối http(s), không có thông tin đăng nhập hay phân đoạn '#'.");
                url = null;
            }
            else if (!environment.IsDevelopment() && url.Scheme != Uri.UriSchemeHttps)
            {
                errors.Add("webhook.url", "Địa chỉ webhook phải dùng https.");
                url = null;
            }
            else if (!environment.IsDevelopment() && IsInternalHost(url))
            {
                errors.Add("webhook.url", "Địa chỉ webhook không được trỏ tới máy nội bộ, mạng riêng hoặc địa chỉ loopback.");
                url = null;
            }
        }

        var secret = request.Secret;
        if (secret is null)
        {
            if (existing is null || url is null || existing.Url != url)
                errors.Add("webhook.secret", "Cần khóa ký (whsec_...) cho địa chỉ webhook mới.");
            secret = existing?.Secret;
        }
        else if (!IsStandardWebhookSecret(secret))
        {
            errors.Add("webhook.secret", "Khóa ký phải có dạng whsec_ + base64 của 24 đến 64 byte ngẫu nhiên.");
        }
        return url is null || secret is null || !errors.IsEmpty ? null : new AgencyWebhook(url, secret);
    }

    private static bool IsInternalHost(Uri url) =>
        url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            ? NetworkTargets.IsInternal(System.Net.IPAddress.Parse(url.DnsSafeHost))
            : NetworkTargets.IsInternalName(url.DnsSafeHost);

    private static bool IsStandardWebhookSecret(string secret)
    {
        const string prefix = "whsec_";
        if (!secret.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var bytes = new byte[96];
        return Convert.TryFromBase64String(secret[prefix.Length..], bytes, out var length) && length is >= 24 and <= 64;
    }

    [GeneratedRegex(@"^[^@\s""<>(),;:\\\[\]]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$")]
    private static partial Regex EmailShape();
}
