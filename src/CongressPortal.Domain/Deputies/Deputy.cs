using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Deputies;

/// <summary>The public part of a deputy's profile (代表法第五十八条: published with the performance figures).</summary>
public sealed record DeputyProfile(
    string Name,
    Gender Gender,
    string? Ethnicity = null,
    DateOnly? BirthDate = null,
    string? Party = null,
    string? Education = null,
    string? WorkUnitAndTitle = null,
    string? Constituency = null);

/// <summary>Private data: staff only, masked in lists, never public, never shown to other deputies.</summary>
public sealed record DeputyPrivateData(string? Mobile, string? IdNumber, string? HomeAddress);

/// <summary>
/// A deputy (人大代表). Municipal deputies of a term are managed fully; deputies of other levels who work in
/// the city's stations are recorded with a level and a minimal profile.
/// </summary>
public sealed class Deputy
{
    private readonly List<DeputyStatusChange> _statusChanges = [];

    private Deputy() { }

    public int Id { get; private set; }
    public DeputyLevel Level { get; private set; }
    public int? TermId { get; private set; }
    public Reference.Term? Term { get; private set; }
    public string? Number { get; private set; }
    public string Name { get; private set; } = "";
    public Gender Gender { get; private set; }
    public string? Ethnicity { get; private set; }
    public DateOnly? BirthDate { get; private set; }
    public string? Party { get; private set; }
    public string? Education { get; private set; }
    public string? WorkUnitAndTitle { get; private set; }
    public string? Constituency { get; private set; }
    public int? DelegationId { get; private set; }
    public Delegation? Delegation { get; private set; }
    public int? DeputyGroupId { get; private set; }
    public DeputyGroup? DeputyGroup { get; private set; }
    public int? ProfessionalGroupId { get; private set; }
    public DeputyGroup? ProfessionalGroup { get; private set; }
    public DeputyStatus Status { get; private set; } = DeputyStatus.Serving;
    public DateOnly? StatusSince { get; private set; }
    public string? Mobile { get; private set; }
    public string? IdNumber { get; private set; }
    public string? HomeAddress { get; private set; }
    public bool HasPhoto { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<DeputyStatusChange> StatusChanges => _statusChanges.AsReadOnly();

    public static Deputy Create(int termId, string number, string name, Gender gender) =>
        CreateMunicipal(termId, number, new DeputyProfile(name, gender));

    public static Deputy CreateMunicipal(int termId, string number, DeputyProfile profile)
    {
        var deputy = new Deputy { Level = DeputyLevel.Municipal };
        deputy.SetTermAndNumber(termId, number);
        deputy.UpdateProfile(profile);
        return deputy;
    }

    /// <summary>A deputy of another level (national, provincial, county, township) stationed in the city.</summary>
    public static Deputy CreateOtherLevel(DeputyLevel level, DeputyProfile profile)
    {
        // The level chosen is what is wrong here: municipal deputies are entered in the registry with a term and number.
        if (level == DeputyLevel.Municipal) throw DeputyMessages.MunicipalNeedsTermAndNumber.On(nameof(Level)).ToException();
        var deputy = new Deputy { Level = level };
        deputy.UpdateProfile(profile);
        return deputy;
    }

    public void SetTermAndNumber(int? termId, string? number)
    {
        if (Level == DeputyLevel.Municipal && (termId is null || string.IsNullOrWhiteSpace(number)))
        {
            throw new DomainRuleException(DeputyMessages.MunicipalNeedsTermAndNumber);
        }
        TermId = termId;
        Number = Text.Optional(number, "Number", "代表证号", 20);
    }

    /// <summary>Kept for callers that set the minimal profile only.</summary>
    public void Update(int termId, string number, string name, Gender gender)
    {
        SetTermAndNumber(termId, number);
        UpdateProfile(new DeputyProfile(name, gender, Ethnicity, BirthDate, Party, Education, WorkUnitAndTitle, Constituency));
    }

    public void UpdateProfile(DeputyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var ethnicity = Text.Optional(profile.Ethnicity, nameof(profile.Ethnicity), "民族", 10);
        if (ethnicity is not null && !DeputyLists.Ethnicities.Contains(ethnicity)) throw new DomainRuleException(DeputyMessages.UnknownEthnicity);
        var party = Text.Optional(profile.Party, nameof(profile.Party), "政治面貌", 20);
        if (party is not null && !DeputyLists.Parties.Contains(party)) throw new DomainRuleException(DeputyMessages.UnknownParty);
        var education = Text.Optional(profile.Education, nameof(profile.Education), "学历", 20);
        if (education is not null && !DeputyLists.Educations.Contains(education)) throw new DomainRuleException(DeputyMessages.UnknownEducation);
        if (profile.BirthDate is { } birth && birth < new DateOnly(1900, 1, 1)) throw new DomainRuleException(DeputyMessages.BirthDateImplausible);

        Name = Text.Required(profile.Name, nameof(profile.Name), "姓名", 50);
        Gender = profile.Gender;
        Ethnicity = ethnicity;
        BirthDate = profile.BirthDate;
        Party = party;
        Education = education;
        WorkUnitAndTitle = Text.Optional(profile.WorkUnitAndTitle, nameof(profile.WorkUnitAndTitle), "工作单位及职务", 100);
        Constituency = Text.Optional(profile.Constituency, nameof(profile.Constituency), "选区", 50);
    }

    public void UpdatePrivateData(DeputyPrivateData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var mobile = Text.Optional(data.Mobile, nameof(data.Mobile), "手机号码", 11);
        if (mobile is not null && !IsMobile(mobile)) throw new DomainRuleException(DeputyMessages.MobileInvalid);
        var idNumber = Text.Optional(data.IdNumber, nameof(data.IdNumber), "公民身份号码", 18)?.ToUpperInvariant();
        if (idNumber is not null && !IsIdNumber(idNumber)) throw new DomainRuleException(DeputyMessages.IdNumberInvalid);
        Mobile = mobile;
        IdNumber = idNumber;
        HomeAddress = Text.Optional(data.HomeAddress, nameof(data.HomeAddress), "家庭住址", 100);
    }

    public void AssignGroups(int? delegationId, int? deputyGroupId, int? professionalGroupId)
    {
        DelegationId = delegationId;
        DeputyGroupId = deputyGroupId;
        ProfessionalGroupId = professionalGroupId;
    }

    /// <summary>在任 / 辞职 / 罢免 / 代表资格终止 / 暂停执行代表职务, each with its date and reason; every change is kept.</summary>
    public void ChangeStatus(DeputyStatus to, DateOnly date, string reason, string? byUserId)
    {
        if (to == Status) throw new DomainRuleException(DeputyMessages.StatusUnchanged);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException(DeputyMessages.StatusReasonRequired);
        if (StatusSince is { } since && date < since) throw new DomainRuleException(DeputyMessages.StatusDateBeforeLast);
        _statusChanges.Add(new DeputyStatusChange(Status, to, date, Text.Required(reason, "Reason", "原因", 200), byUserId));
        Status = to;
        StatusSince = date;
    }

    public void MarkPhoto(bool hasPhoto) => HasPhoto = hasPhoto;

    public bool IsServing => Status == DeputyStatus.Serving;

    public static bool IsMobile(string value) => value.Length == 11 && value[0] == '1' && value.All(char.IsAsciiDigit);

    /// <summary>GB 11643: 17 digits and a check character (ISO 7064 MOD 11-2).</summary>
    public static bool IsIdNumber(string value)
    {
        if (value.Length != 18 || !value[..17].All(char.IsAsciiDigit)) return false;
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (value[i] - '0') * weights[i];
        return "10X98765432"[sum % 11] == value[17];
    }
}
