using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Legislation;

namespace CongressPortal.Web.Pages.Staff.ContactPoints;

/// <summary>A contact point's fields as the create and edit forms bind them, named like <see cref="ContactPointDetails"/>.</summary>
public sealed record ContactPointCommand
{
    [Required(ErrorMessage = "请填写联系点名称"), StringLength(100, ErrorMessage = "联系点名称不能超过100个字"), Display(Name = "联系点名称")]
    public string? Name { get; init; }

    [Required(ErrorMessage = "请填写所在旗县区"), StringLength(50, ErrorMessage = "所在旗县区不能超过50个字"), Display(Name = "所在旗县区")]
    public string? District { get; init; }

    [StringLength(200, ErrorMessage = "地址不能超过200个字"), Display(Name = "地址")]
    public string? Address { get; init; }

    [StringLength(100, ErrorMessage = "依托单位不能超过100个字"), Display(Name = "依托单位")]
    public string? HostOrganisation { get; init; }

    [StringLength(50, ErrorMessage = "联系人不能超过50个字"), Display(Name = "联系人")]
    public string? ContactPerson { get; init; }

    [StringLength(50, ErrorMessage = "联系电话不能超过50个字"), Display(Name = "联系电话")]
    public string? Phone { get; init; }

    [Display(Name = "设立日期")]
    public DateOnly? EstablishedOn { get; init; }

    /// <summary>The row version the edit form was loaded with.</summary>
    public uint Version { get; init; }

    public ContactPointDetails ToDetails() => new(Name, District, Address, HostOrganisation, ContactPerson, Phone, EstablishedOn);

    public static ContactPointCommand From(LegislativeContactPoint p) => new()
    {
        Name = p.Name, District = p.District, Address = p.Address, HostOrganisation = p.HostOrganisation, ContactPerson = p.ContactPerson,
        Phone = p.Phone, EstablishedOn = p.EstablishedOn, Version = p.Version,
    };
}

/// <summary>A page with the contact point form bound under <c>Input</c> (create, edit), for the shared fields partial.</summary>
public interface IContactPointFormPage
{
    ContactPointCommand Input { get; }
}
