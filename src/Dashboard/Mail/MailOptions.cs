namespace TargetsDashboard.Dashboard.Mail;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS (port 587); refused if the server does not offer it.</summary>
    StartTls = 0,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect = 1,

    /// <summary>No TLS: only for a relay on the same machine or a test sink.</summary>
    None = 2,
}

/// <summary>The SMTP server mail is handed to ("Mail:Smtp").</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>With <see cref="Password"/>, the account to authenticate as; both empty: no authentication.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }
}

/// <summary>When each subscription is sent: cron expressions (five fields) read in Vietnam time ("Mail:Schedules").</summary>
public sealed class MailSchedules
{
    /// <summary>07:00 on the 6th: the day after the reporting deadline (the 5th).</summary>
    public string ProvinceSummary { get; set; } = "0 7 6 * *";

    public string UnitReports { get; set; } = "0 7 6 * *";

    /// <summary>08:00 on the 6th, after the deadline has passed for everyone.</summary>
    public string LateUnits { get; set; } = "0 8 6 * *";
}

/// <summary>The "Mail" configuration section: scheduled reports and alerts by e-mail (decision 0012).</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>Off by default: nothing is queued or sent, and the other settings are not checked.</summary>
    public bool Enabled { get; set; }

    /// <summary>The sender: "Văn phòng UBND tỉnh &lt;baocao@tinh.gov.vn&gt;" or a bare address.</summary>
    public string? From { get; set; }

    /// <summary>The address people open the dashboard at ("https://chitieu.tinh.gov.vn"): every link in a message starts with it.</summary>
    public string? PublicBaseUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public MailSchedules Schedules { get; set; } = new();

    /// <summary>An alert goes out when a unit falls this many places or more in its group's ranking.</summary>
    public int AlertRankFall { get; set; } = 5;

    /// <summary>How often each instance looks for due schedules, alerts and messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts before a message is marked failed (the administrator may send it again).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>How long a claimed message is reserved for the instance sending it; a crashed instance's claim lapses after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);
}
