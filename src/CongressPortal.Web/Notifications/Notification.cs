namespace CongressPortal.Web.Notifications;

/// <summary>What a message is about; each kind is addressed to one audience (docs/workflows/reminders.md).</summary>
public enum NotificationKind
{
    /// <summary>Unit: its reply is due within the warning window (10 working days by default).</summary>
    UnitDueSoon,
    /// <summary>Unit: its reply is overdue.</summary>
    UnitOverdue,
    /// <summary>Co-handling unit: its opinion to the lead unit is due soon.</summary>
    CoOpinionDueSoon,
    /// <summary>Co-handling unit: its opinion is late.</summary>
    CoOpinionLate,
    /// <summary>Unit: staff answered its request to return the suggestion.</summary>
    ReturnAnswered,
    /// <summary>Unit: staff answered its request for the extended deadline.</summary>
    ExtensionAnswered,
    /// <summary>Unit: 催办 sent by staff by hand.</summary>
    Urged,
    /// <summary>Deputy: a reply waits for the rating.</summary>
    ReplyToRate,
    /// <summary>Deputy: the rating window ends soon (the reminder DOMAIN.md §4 asks for before excluding an unrated reply).</summary>
    RatingReminder,
    /// <summary>Staff: a between-session suggestion waits for assignment beyond its working days.</summary>
    AwaitingAssignment,
    /// <summary>Staff: a unit's reply is overdue.</summary>
    UnitOverdueForStaff,
}

/// <summary>
/// One reminder, written once: its <see cref="Key"/> (kind, record, due date) is unique, so a job that runs twice, or
/// on two nodes, writes it once. Its messages to people are <see cref="Notification"/>s.
/// </summary>
public sealed class Reminder
{
    private Reminder() { }

    public Reminder(string key, NotificationKind kind, int? suggestionId, int? unitId, string title, string body, DateTimeOffset at)
    {
        Key = key;
        Kind = kind;
        SuggestionId = suggestionId;
        UnitId = unitId;
        Title = title;
        Body = body;
        CreatedAt = at.ToUniversalTime();
    }

    public int Id { get; private set; }
    public string Key { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
    public int? SuggestionId { get; private set; }
    public int? UnitId { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>A message to one signed-in user (消息中心). <see cref="Audience"/> is the role it reaches them in, for the link.</summary>
public sealed class Notification
{
    private Notification() { }

    public Notification(string recipientId, string audience, Reminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        RecipientId = recipientId;
        Audience = audience;
        Reminder = reminder;
        Kind = reminder.Kind;
        Title = reminder.Title;
        Body = reminder.Body;
        SuggestionId = reminder.SuggestionId;
        CreatedAt = reminder.CreatedAt;
    }

    public int Id { get; private set; }
    public string RecipientId { get; private set; } = "";
    public string Audience { get; private set; } = "";
    public int ReminderId { get; private set; }
    public Reminder? Reminder { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public int? SuggestionId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at.ToUniversalTime();
}

/// <summary>
/// An e-mail waiting to be sent (or sent), written in the same SaveChanges as its notification. <see cref="MessageId"/>
/// goes into the Message-Id header, so a message sent again after a crash between sending and marking is recognisable
/// as the same one.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public OutboxMessage(Notification notification, string toAddress, string toName, string subject, string body, string messageId, DateTimeOffset at)
    {
        Notification = notification;
        ToAddress = toAddress;
        ToName = toName;
        Subject = subject;
        Body = body;
        MessageId = messageId;
        CreatedAt = at.ToUniversalTime();
        NextAttemptAt = CreatedAt;
    }

    public int Id { get; private set; }
    public int NotificationId { get; private set; }
    public Notification? Notification { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string MessageId { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    /// <summary>Set when the sender gave up after its last attempt.</summary>
    public DateTimeOffset? FailedAt { get; private set; }
    public string? LastError { get; private set; }

    public void MarkSent(DateTimeOffset at)
    {
        Attempts++;
        SentAt = at.ToUniversalTime();
        LastError = null;
    }

    /// <summary>Schedules the next attempt with exponential back-off (1, 2, 4… minutes, at most 6 hours), or gives up.</summary>
    public void MarkFailed(string error, DateTimeOffset at, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= maxAttempts)
        {
            FailedAt = at.ToUniversalTime();
            return;
        }
        var minutes = Math.Min(Math.Pow(2, Attempts - 1), 360);
        NextAttemptAt = at.ToUniversalTime().AddMinutes(minutes);
    }
}
