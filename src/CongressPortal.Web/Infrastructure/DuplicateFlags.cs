using CongressPortal.Web.Data.Queries;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// What <c>_DuplicateFlags</c> shows next to a registration form (S63): the registered suggestions this one likely repeats,
/// each with a link (<paramref name="DetailsPage"/>), its deputies and the reason, and the box to register it anyway.
/// </summary>
/// <param name="ConfirmName">The form field of the box (“Input.NotDuplicate”); null when there is nothing to confirm.</param>
/// <param name="Error">The refusal that stopped the save, if it was this.</param>
public sealed record DuplicateFlags(
    IReadOnlyList<DuplicateFlag> Flags, string DetailsPage, string ConfirmName, bool Confirmed, string ConfirmLabel, string Intro, string? Error)
{
    public bool AnyIdentical => Flags.Any(f => f.Identical);
}
