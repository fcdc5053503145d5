using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using Microsoft.AspNetCore.Identity;

namespace CongressPortal.Web.Identity;

/// <summary>A person who signs in. Deputy and handling-unit accounts link to their record, which scopes what they see.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>A disabled account cannot sign in and loses any open session at the next security-stamp check.</summary>
    public bool IsDisabled { get; set; }

    public int? DeputyId { get; set; }
    public Deputy? Deputy { get; set; }

    public int? HandlingUnitId { get; set; }
    public HandlingUnit? HandlingUnit { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>When the current password was set (server time); its age decides expiry (<see cref="Domain.Common.PasswordExpiry"/>).</summary>
    public DateTimeOffset? PasswordChangedAt { get; set; }
}
