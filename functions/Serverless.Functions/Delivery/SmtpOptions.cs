using MailKit.Security;

namespace Serverless.Functions.Delivery;

/// <summary>
/// The SMTP relay emails go through (section Smtp): smtp4dev locally, any relay in Azure (for example Azure
/// Communication Services' SMTP). Without <see cref="Host"/> the email channel is off.
/// </summary>
public sealed class SmtpOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Smtp";

    /// <summary>Relay host (setting Smtp__Host).</summary>
    public string? Host { get; set; }

    /// <summary>Relay port (setting Smtp__Port).</summary>
    public int Port { get; set; } = 587;

    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable (setting Smtp__Security).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>User name, when the relay wants one (setting Smtp__UserName).</summary>
    public string? UserName { get; set; }

    /// <summary>Password; in Azure a Key Vault reference, never a plain app setting (setting Smtp__Password).</summary>
    public string? Password { get; set; }

    /// <summary>Sender address (setting Smtp__FromAddress).</summary>
    public string? FromAddress { get; set; }

    /// <summary>Sender display name.</summary>
    public string FromName { get; set; } = "Hệ thống theo dõi thực hiện kết luận";

    /// <summary>Connections kept open to the relay.</summary>
    public int PoolSize { get; set; } = 8;

    /// <summary>Time-out of one SMTP operation.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when the email channel is on.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
