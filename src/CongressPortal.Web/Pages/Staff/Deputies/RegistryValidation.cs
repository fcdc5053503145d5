using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Deputies;
using DeputyEntity = CongressPortal.Domain.Deputies.Deputy;

namespace CongressPortal.Web.Pages.Staff.Deputies;

/// <summary>The closed lists of a deputy's profile (<see cref="DeputyLists"/>).</summary>
public enum ProfileList
{
    Ethnicity,
    Party,
    Education,
}

/// <summary>
/// The value must come from one of the profile's closed lists. The form offers only those values as a select;
/// this catches a value posted by hand, next to its field, before the domain (which checks again) is asked.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FromListAttribute(ProfileList list) : ValidationAttribute
{
    public ProfileList List { get; } = list;

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || Values(List).Contains(text.Trim());

    public override string FormatErrorMessage(string name) => ErrorMessage ?? List switch
    {
        ProfileList.Ethnicity => DeputyMessages.UnknownEthnicity.Message,
        ProfileList.Party => DeputyMessages.UnknownParty.Message,
        _ => DeputyMessages.UnknownEducation.Message,
    };

    private static IReadOnlyList<string> Values(ProfileList list) => list switch
    {
        ProfileList.Ethnicity => DeputyLists.Ethnicities,
        ProfileList.Party => DeputyLists.Parties,
        _ => DeputyLists.Educations,
    };
}

/// <summary>A mainland mobile number: 11 digits starting with 1 (the rule of <see cref="DeputyEntity.IsMobile"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MobileAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || DeputyEntity.IsMobile(text.Trim());

    public override string FormatErrorMessage(string name) => DeputyMessages.MobileInvalid.Message;
}

/// <summary>A citizen ID number (GB 11643). A wrong check character gets its own message: it usually means a typo.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IdNumberAttribute : ValidationAttribute
{
    public const string CheckCharacterWrong = "公民身份号码的校验位不正确，请核对是否有数字输错。";

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || string.IsNullOrWhiteSpace(text)) return ValidationResult.Success;
        var id = text.Trim().ToUpperInvariant();
        if (DeputyEntity.IsIdNumber(id)) return ValidationResult.Success;
        var wellFormed = id.Length == 18 && id[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(id[17]) || id[17] == 'X');
        return new ValidationResult(wellFormed ? CheckCharacterWrong : DeputyMessages.IdNumberInvalid.Message, MemberNames(validationContext));
    }

    private static string[]? MemberNames(ValidationContext context) => context.MemberName is { } member ? [member] : null;
}
