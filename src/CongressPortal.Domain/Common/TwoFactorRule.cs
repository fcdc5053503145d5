using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CongressPortal.Domain.Common;

/// <summary>
/// Which accounts must sign in with a second factor (等保 2.0 三级：重要账号双因素鉴别): by default administrators and auditors;
/// configurable (Security:TwoFactor:RequiredRoles). Other roles may turn it on for themselves.
/// </summary>
public sealed class TwoFactorRule
{
    public static IReadOnlyList<string> DefaultRequiredRoles { get; } = [PortalRole.Admin, PortalRole.Auditor];

    private readonly HashSet<string> _required;

    public TwoFactorRule(IEnumerable<string>? requiredRoles) =>
        _required = new HashSet<string>(requiredRoles ?? DefaultRequiredRoles, StringComparer.Ordinal);

    public IReadOnlyCollection<string> RequiredRoles => _required;

    /// <summary>Whether an account holding <paramref name="roles"/> may not sign in without a second factor.</summary>
    public bool IsRequired(IEnumerable<string> roles) => roles.Any(_required.Contains);
}

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226, HMAC-SHA1, 30-second steps, 6 digits), the codes authenticator
/// apps show. Pure: the time comes in as a parameter.
/// </summary>
public static class Totp
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    public const int Digits = 6;

    /// <summary>The number of the 30-second step <paramref name="at"/> falls in, counted from the Unix epoch.</summary>
    public static long StepAt(DateTimeOffset at) => at.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    public static string Code(ReadOnlySpan<byte> key, long step, int digits = Digits)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; as an HMAC it is not broken.
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff;
        var modulus = (int)Math.Pow(10, digits);
        return (binary % modulus).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// Whether <paramref name="code"/> is the code of the step at <paramref name="at"/> or of the step before or after it
    /// (a phone's clock a little off, a code typed as it changed). Spaces and dashes in what was typed are ignored.
    /// </summary>
    public static bool Matches(ReadOnlySpan<byte> key, string? code, DateTimeOffset at)
    {
        var typed = Clean(code);
        if (typed.Length != Digits || !typed.All(char.IsAsciiDigit)) return false;
        var now = StepAt(at);
        var found = false;
        for (var step = now - 1; step <= now + 1; step++)
        {
            // Every candidate is computed and compared in constant time, so the answer's timing says nothing.
            found |= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(key, step)), Encoding.ASCII.GetBytes(typed));
        }
        return found;
    }

    public static string Clean(string? code) => new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    /// <summary>The key as authenticator apps take it (RFC 4648 base32, no padding), from the text form Identity stores.</summary>
    public static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.TrimEnd('=').Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var bytes = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0) throw new FormatException("Not a base32 key.");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }

    /// <summary>The key written out for typing by hand: lower case, in groups of four.</summary>
    public static string Grouped(string key) =>
        string.Join(" ", key.ToLowerInvariant().Chunk(4).Select(group => new string(group)));
}
