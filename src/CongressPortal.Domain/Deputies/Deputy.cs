using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;

namespace CongressPortal.Domain.Deputies;

/// <summary>A deputy (人大代表) of a term. The registry issue extends the profile; accounts link to this record.</summary>
public sealed class Deputy
{
    private Deputy() { }

    public int Id { get; private set; }
    public int TermId { get; private set; }
    public Term Term { get; private set; } = null!;
    public string Number { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Gender Gender { get; private set; }
    public uint Version { get; private set; }

    public static Deputy Create(int termId, string number, string name, Gender gender)
    {
        var deputy = new Deputy();
        deputy.Update(termId, number, name, gender);
        return deputy;
    }

    public void Update(int termId, string number, string name, Gender gender)
    {
        TermId = Text.Positive(termId, "届次");
        Number = Text.Required(number, "代表证号", 20);
        Name = Text.Required(name, "姓名", 50);
        Gender = gender;
    }
}
