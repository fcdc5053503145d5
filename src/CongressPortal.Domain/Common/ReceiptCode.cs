using System.Security.Cryptography;
using System.Text;

namespace CongressPortal.Domain.Common;

/// <summary>
/// The code a member of the public gets after sending something (a review request, later a comment on a draft) and
/// types to look up its result: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown in groups of
/// four. 31^12 ≈ 8·10^17 codes, drawn by a cryptographic generator, so a code cannot be guessed.
/// </summary>
public static class ReceiptCode
{
    public const int Length = 12;
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        var builder = new StringBuilder(Length);
        for (var i = 0; i < Length; i++) builder.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);
        return builder.ToString();
    }

    /// <summary>What the user typed, upper-cased without spaces or dashes; null when it cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var code = new string([.. input.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }

    /// <summary>ABCD-EFGH-JKMN.</summary>
    public static string Display(string code) =>
        code is { Length: Length } ? $"{code[..4]}-{code[4..8]}-{code[8..]}" : code;
}
