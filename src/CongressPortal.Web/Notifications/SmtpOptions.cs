namespace CongressPortal.Web.Notifications;

/// <summary>
/// <c>Smtp:*</c> in configuration (docs/deployment.md). Without <see cref="Host"/> the portal notifies in the app only
/// and writes no outbox rows.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    /// <summary>None, StartTls, SslOnConnect or Auto (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "";
    public string FromName { get; set; } = "人大门户";
    /// <summary>The domain of the Message-Id header; the host name of <see cref="From"/> when empty.</summary>
    public string? MessageIdDomain { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary><c>Notifications:*</c>: whether this node runs the reminder and mail worker, and how often.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Run the worker on this node. Every node may: the advisory lock lets one work at a time.</summary>
    public bool RunWorker { get; set; } = true;
    /// <summary>How often the reminders are computed from the records.</summary>
    public TimeSpan ScanEvery { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How often the outbox is looked at.</summary>
    public TimeSpan SendEvery { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>A unit is told its reply (or opinion) is due this many working days ahead.</summary>
    public int DueSoonWorkingDays { get; set; } = 10;
    /// <summary>A deputy is reminded to rate this many working days before the rating window ends.</summary>
    public int RatingReminderWorkingDays { get; set; } = 5;
    /// <summary>Attempts to send one e-mail before giving up.</summary>
    public int MaxSendAttempts { get; set; } = 8;
}
