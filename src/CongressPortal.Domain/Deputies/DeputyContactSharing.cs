using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Deputies;

/// <summary>What the deputy chose on their desk: which contacts the units handling their suggestions may see.</summary>
public sealed record ContactChoice(bool ShareMobile, string? WorkPhone, bool ShareWorkPhone, string? Email, bool ShareEmail);

/// <summary>One contact a unit may use to reach the deputy (办公电话, 手机, 电子邮箱).</summary>
public sealed record SharedContact(string Label, string Value);

/// <summary>
/// 三见面 needs the unit to reach the deputy, but a deputy's mobile is private (DOMAIN.md §2). So the deputy decides, on
/// their desk, which contacts the units assigned to their suggestions may see: the mobile in the registry (kept by staff),
/// and a work phone and e-mail they enter here. Nothing is shared until the deputy chooses (no row = nothing shared).
/// Never shown to the public, to other deputies, or to units that do not handle one of the deputy's suggestions.
/// </summary>
public sealed class DeputyContactSharing
{
    private DeputyContactSharing() { }

    public int DeputyId { get; private set; }
    public bool ShareMobile { get; private set; }
    public string? WorkPhone { get; private set; }
    public bool ShareWorkPhone { get; private set; }
    public string? Email { get; private set; }
    public bool ShareEmail { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public static DeputyContactSharing Create(int deputyId, ContactChoice choice, DateTimeOffset now)
    {
        var sharing = new DeputyContactSharing { DeputyId = Text.Positive(deputyId, nameof(DeputyId), "代表") };
        sharing.Change(choice, now);
        return sharing;
    }

    public void Change(ContactChoice choice, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(choice);
        if (Problems(choice) is [var first, ..]) throw first.ToException();
        WorkPhone = Text.Optional(choice.WorkPhone, nameof(choice.WorkPhone), "办公电话", 30);
        Email = Text.Optional(choice.Email, nameof(choice.Email), "电子邮箱", 100);
        ShareMobile = choice.ShareMobile;
        ShareWorkPhone = choice.ShareWorkPhone;
        ShareEmail = choice.ShareEmail;
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Every problem of <paramref name="choice"/>, each with its field.</summary>
    public static IReadOnlyList<Refusal> Problems(ContactChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var problems = new List<Refusal>();
        var phone = choice.WorkPhone?.Trim();
        if (Text.OptionalProblem(phone, nameof(choice.WorkPhone), "办公电话", 30) is { } phoneLength) problems.Add(phoneLength);
        else if (!string.IsNullOrEmpty(phone) && !ContactFormats.IsPhone(phone)) problems.Add(DeputyMessages.WorkPhoneInvalid);
        else if (choice.ShareWorkPhone && string.IsNullOrEmpty(phone)) problems.Add(DeputyMessages.SharedWorkPhoneMissing);
        var email = choice.Email?.Trim();
        if (Text.OptionalProblem(email, nameof(choice.Email), "电子邮箱", 100) is { } emailLength) problems.Add(emailLength);
        else if (!string.IsNullOrEmpty(email) && !ContactFormats.IsEmail(email)) problems.Add(DeputyMessages.EmailInvalid);
        else if (choice.ShareEmail && string.IsNullOrEmpty(email)) problems.Add(DeputyMessages.SharedEmailMissing);
        return problems;
    }

    /// <summary>What a unit handling one of the deputy's suggestions sees; <paramref name="mobile"/> is the registry's.</summary>
    public IReadOnlyList<SharedContact> Shared(string? mobile)
    {
        var shared = new List<SharedContact>();
        if (ShareWorkPhone && WorkPhone is { } phone) shared.Add(new SharedContact("办公电话", phone));
        if (ShareMobile && !string.IsNullOrWhiteSpace(mobile)) shared.Add(new SharedContact("手机", mobile));
        if (ShareEmail && Email is { } email) shared.Add(new SharedContact("电子邮箱", email));
        return shared;
    }
}
