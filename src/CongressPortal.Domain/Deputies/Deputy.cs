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
        if (TermAndNumberProblems(Level, termId, number) is [var first, ..]) throw first.ToException();
        TermId = termId;
        Number = Text.Optional(number, nameof(Number), "代表证号", 20);
    }

    /// <summary>Kept for callers that set the minimal profile only.</summary>
    public void Update(int termId, string number, string name, Gender gender)
    {
        SetTermAndNumber(termId, number);
        UpdateProfile(new DeputyProfile(name, gender, Ethnicity, BirthDate, Party, Education, WorkUnitAndTitle, Constituency));
    }

    public void UpdateProfile(DeputyProfile profile)
    {
        if (ProfileProblems(profile) is [var first, ..]) throw first.ToException();
        // Checked above: these only trim.
        Name = Text.Required(profile.Name, nameof(profile.Name), "姓名", 50);
        Gender = profile.Gender;
        Ethnicity = Text.Optional(profile.Ethnicity, nameof(profile.Ethnicity), "民族", 10);
        BirthDate = profile.BirthDate;
        Party = Text.Optional(profile.Party, nameof(profile.Party), "政治面貌", 20);
        Education = Text.Optional(profile.Education, nameof(profile.Education), "学历", 20);
        WorkUnitAndTitle = Text.Optional(profile.WorkUnitAndTitle, nameof(profile.WorkUnitAndTitle), "工作单位及职务", 100);
        Constituency = Text.Optional(profile.Constituency, nameof(profile.Constituency), "选区", 50);
    }

    public void UpdatePrivateData(DeputyPrivateData data)
    {
        if (PrivateDataProblems(data) is [var first, ..]) throw first.ToException();
        Mobile = Text.Optional(data.Mobile, nameof(data.Mobile), "手机号码", 11);
        IdNumber = Text.Optional(data.IdNumber, nameof(data.IdNumber), "公民身份号码", 18)?.ToUpperInvariant();
        HomeAddress = Text.Optional(data.HomeAddress, nameof(data.HomeAddress), "家庭住址", 100);
    }

    // ---------------------------------------------------------------- checks
    // The methods above throw the first of these; an import reports them all at once, each at the column of its field.

    /// <summary>Every refusal <see cref="SetTermAndNumber"/> would give, each with its field (<c>Number</c>).</summary>
    public static IReadOnlyList<Refusal> TermAndNumberProblems(DeputyLevel level, int? termId, string? number)
    {
        var problems = new List<Refusal>();
        if (level == DeputyLevel.Municipal && (termId is null || string.IsNullOrWhiteSpace(number))) problems.Add(DeputyMessages.MunicipalNeedsTermAndNumber);
        Add(problems, Text.OptionalProblem(number, nameof(Number), "代表证号", 20));
        return problems;
    }

    /// <summary>Every refusal <see cref="UpdateProfile"/> would give, each with the field of <see cref="DeputyProfile"/> it concerns.</summary>
    public static IReadOnlyList<Refusal> ProfileProblems(DeputyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var problems = new List<Refusal>();
        Add(problems, ListedProblem(profile.Ethnicity, nameof(profile.Ethnicity), "民族", 10, DeputyLists.Ethnicities, DeputyMessages.UnknownEthnicity));
        Add(problems, ListedProblem(profile.Party, nameof(profile.Party), "政治面貌", 20, DeputyLists.Parties, DeputyMessages.UnknownParty));
        Add(problems, ListedProblem(profile.Education, nameof(profile.Education), "学历", 20, DeputyLists.Educations, DeputyMessages.UnknownEducation));
        if (profile.BirthDate is { } birth && birth < new DateOnly(1900, 1, 1)) problems.Add(DeputyMessages.BirthDateImplausible);
        Add(problems, Text.RequiredProblem(profile.Name, nameof(profile.Name), "姓名", 50));
        Add(problems, Text.OptionalProblem(profile.WorkUnitAndTitle, nameof(profile.WorkUnitAndTitle), "工作单位及职务", 100));
        Add(problems, Text.OptionalProblem(profile.Constituency, nameof(profile.Constituency), "选区", 50));
        return problems;
    }

    /// <summary>Every refusal <see cref="UpdatePrivateData"/> would give, each with the field of <see cref="DeputyPrivateData"/> it concerns.</summary>
    public static IReadOnlyList<Refusal> PrivateDataProblems(DeputyPrivateData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var problems = new List<Refusal>();
        var mobile = Text.OptionalProblem(data.Mobile, nameof(data.Mobile), "手机号码", 11);
        Add(problems, mobile ?? (data.Mobile?.Trim() is { Length: > 0 } m && !IsMobile(m) ? DeputyMessages.MobileInvalid : null));
        var idNumber = Text.OptionalProblem(data.IdNumber, nameof(data.IdNumber), "公民身份号码", 18);
        Add(problems, idNumber ?? (data.IdNumber?.Trim() is { Length: > 0 } id && !IsIdNumber(id.ToUpperInvariant()) ? DeputyMessages.IdNumberInvalid : null));
        Add(problems, Text.OptionalProblem(data.HomeAddress, nameof(data.HomeAddress), "家庭住址", 100));
        return problems;
    }

    /// <summary>
    /// Every refusal a new municipal deputy with these details would get from <see cref="CreateMunicipal"/> and
    /// <see cref="UpdatePrivateData"/>: number, profile and private data, in that order.
    /// </summary>
    public static IReadOnlyList<Refusal> MunicipalProblems(int termId, string? number, DeputyProfile profile, DeputyPrivateData data) =>
        [.. TermAndNumberProblems(DeputyLevel.Municipal, termId, number), .. ProfileProblems(profile), .. PrivateDataProblems(data)];

    /// <summary>A value from a fixed list (民族, 政治面貌, 学历): too long, or not on the list.</summary>
    private static Refusal? ListedProblem(string? value, string field, string label, int maxLength, IReadOnlyList<string> allowed, Refusal unknown) =>
        Text.OptionalProblem(value, field, label, maxLength)
        ?? (value?.Trim() is { Length: > 0 } text && !allowed.Contains(text) ? unknown : null);

    private static void Add(List<Refusal> problems, Refusal? problem)
    {
        if (problem is not null) problems.Add(problem);
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
