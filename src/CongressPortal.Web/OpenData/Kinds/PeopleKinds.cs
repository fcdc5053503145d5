using System.ComponentModel;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Deputies;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.OpenData.Kinds;

[Description("市人大代表的公开信息（代表法第五十八条）。电话、身份证号、住址、出生日期不公开。")]
public sealed record DeputyDocument : ApiObject
{
    [Description("姓名。")] public required string Name { get; init; }
    [Description("性别：male 男，female 女。")] public required Gender Gender { get; init; }
    [Description("民族。")] public string? Ethnicity { get; init; }
    [Description("党派。")] public string? Party { get; init; }
    [Description("学历。")] public string? Education { get; init; }
    [Description("工作单位及职务。")] public string? Occupation { get; init; }
    [Description("选举单位或选区。")] public string? Constituency { get; init; }
    [ApiLink, Description("所属届次；没有时为 null。")] public string? Term { get; init; }
    [ApiLink, Description("所在代表团；没有时为 null。")] public string? Delegation { get; init; }
    [Description("代表状态：serving 在任，resigned 辞职，recalled 罢免，terminated 资格终止，suspended 暂停执行代表职务。")]
    public required DeputyStatus Status { get; init; }
    [Description("当前状态的起始日期；没有时为 null。")] public DateOnly? StatusSince { get; init; }
    [ApiLink, Description("照片地址；没有照片时为 null。")] public string? Photo { get; init; }
}

public sealed class DeputiesKind : OpenDataKind
{
    public override string Name => "deputies";
    public override string TypeName => "deputy";
    public override string Title => "代表";
    public override string Description => "市人大代表的公开信息：姓名、性别、民族、党派、学历、工作单位及职务、选举单位、届次、代表团、状态和照片。"
        + "其他层级的代表由本级人大公开，这里不列；电话、身份证号、住址、出生日期一概不公开。履职情况见网页。";
    public override Type DocumentType => typeof(DeputyDocument);
    public override IReadOnlyList<OpenDataSource> Sources { get; } =
        [OpenDataSource.Of<Deputy>(d => d.Id), OpenDataSource.Of<DeputyPhoto>(p => p.DeputyId)];
    public override IQueryable<int> PublicIds(AppDbContext db) => db.Deputies.WithPublicProfile().Select(d => d.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        // Only the public columns are read: the mobile, ID number, address and birth date never leave the database here.
        var deputies = await db.Deputies.AsNoTracking().WithPublicProfile().Where(d => ids.Contains(d.Id))
            .Select(d => new
            {
                d.Id, d.Name, d.Gender, d.Ethnicity, d.Party, d.Education, d.WorkUnitAndTitle, d.Constituency,
                d.TermId, d.DelegationId, d.Status, d.StatusSince, d.HasPhoto,
            })
            .ToListAsync(ct);
        return deputies.ToDictionary(d => d.Id, d => (ApiObject)new DeputyDocument
        {
            Id = OpenDataLinks.Of(Name, d.Id), Type = TypeName, Web = links.Page("/Deputies/Details", new { id = d.Id }),
            Name = d.Name, Gender = d.Gender, Ethnicity = d.Ethnicity, Party = d.Party, Education = d.Education,
            Occupation = d.WorkUnitAndTitle, Constituency = d.Constituency,
            Term = OpenDataLinks.OfOptional("terms", d.TermId), Delegation = OpenDataLinks.OfOptional("delegations", d.DelegationId),
            Status = d.Status, StatusSince = d.StatusSince,
            Photo = d.HasPhoto ? links.Page("/Deputies/Details", new { id = d.Id }, "Photo") : null,
        });
    }
}
