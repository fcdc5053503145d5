namespace CongressPortal.Domain.Deputies;

/// <summary>A deputy's photo, kept apart from the profile so lists never load image bytes.</summary>
public sealed class DeputyPhoto
{
    public const int MaxBytes = 2 * 1024 * 1024;

    private DeputyPhoto() { }

    public int DeputyId { get; private set; }
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public uint Version { get; private set; }

    /// <summary>Checks the bytes themselves (JPEG or PNG signature), not the file name.</summary>
    public static DeputyPhoto Create(int deputyId, byte[] content)
    {
        var photo = new DeputyPhoto { DeputyId = deputyId };
        photo.Replace(content);
        return photo;
    }

    public void Replace(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxBytes) throw new Common.DomainRuleException(DeputyMessages.PhotoTooLarge);
        ContentType = DetectType(content) ?? throw new Common.DomainRuleException(DeputyMessages.PhotoType);
        Content = content;
    }

    public static string? DetectType(ReadOnlySpan<byte> content)
    {
        if (content.Length > 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF) return "image/jpeg";
        if (content.Length > 8 && content[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        return null;
    }
}
