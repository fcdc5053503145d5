using System.Security.Cryptography;

namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>
/// RFC 6238 codes computed by the tests themselves, independently of the portal's own implementation, the way an
/// authenticator app does: base32 key, HMAC-SHA1 over the 30-second step, dynamic truncation, six digits.
/// </summary>
public static class TestTotp
{
    /// <summary>The authenticator key of every administrator and auditor the tests create (<see cref="WebTest.CreateUserAsync"/>).</summary>
    public const string Key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public static string Code(string base32Key, DateTimeOffset at, int stepOffset = 0)
    {
        var key = FromBase32(base32Key);
        var step = at.ToUnixTimeSeconds() / 30 + stepOffset;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
#pragma warning disable CA5350 // RFC 6238 is HMAC-SHA1.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        var bits = string.Concat(text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant().TrimEnd('=')
            .Select(c => Convert.ToString("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }
}
