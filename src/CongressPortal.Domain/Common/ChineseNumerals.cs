using System.Globalization;
using System.Text;

namespace CongressPortal.Domain.Common;

/// <summary>Writes ordinals the way official titles do: 第十六届, 第五次会议, 第二十三次会议.</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string Format(int value)
    {
        if (value is < 0 or > 9999) return value.ToString(CultureInfo.InvariantCulture);
        if (value < 10) return Digits[value].ToString();
        var builder = new StringBuilder();
        int[] units = [1000, 100, 10, 1];
        string[] names = ["千", "百", "十", ""];
        var pendingZero = false;
        for (var i = 0; i < units.Length; i++)
        {
            var digit = value / units[i] % 10;
            if (digit == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }
            if (pendingZero) builder.Append('零');
            pendingZero = false;
            // 十六, not 一十六, when ten is the leading unit.
            if (!(digit == 1 && units[i] == 10 && builder.Length == 0)) builder.Append(Digits[digit]);
            builder.Append(names[i]);
        }
        return builder.ToString();
    }

    /// <summary>
    /// A number of things as Chinese writes a quantity: 两 for two on its own (两个月, not 二个月), otherwise as
    /// <see cref="Format"/> (十二, 二十二).
    /// </summary>
    public static string Count(int value) => value == 2 ? "两" : Format(value);

    /// <summary>A deadline in months as page texts state it: 一个月, 两个月, 三个月, 六个月, 十二个月.</summary>
    public static string Months(int months) => Count(months) + "个月";

    /// <summary>
    /// Reads what <see cref="Format"/> writes (一 … 九千九百九十九, 〇 as 零), as article and chapter numbers are written:
    /// 十二, 一百零五, 二百一十. Null for anything else, so 一二 or 十十 never pass for a number.
    /// </summary>
    public static int? Parse(string? numeral)
    {
        if (string.IsNullOrEmpty(numeral) || numeral.Length > 12) return null;
        var text = numeral.Replace('〇', '零');
        int total = 0, pending = 0;
        foreach (var ch in text)
        {
            var digit = Digits.IndexOf(ch, StringComparison.Ordinal);
            if (digit >= 0)
            {
                pending = digit;
                continue;
            }
            var unit = ch switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0) return null;
            // 十 without a digit before it is one ten: 十二, and 一百十 as some texts write 一百一十.
            total += (pending == 0 && unit == 10 ? 1 : pending) * unit;
            pending = 0;
        }
        var value = total + pending;
        // Only the canonical spelling counts (一百一十 and 一百十 are both read; 一十二 too, as some texts write it).
        if (value == 0) return null;
        var canonical = Format(value);
        return canonical == text || (canonical[0] == '十' && "一" + canonical == text) || canonical.Replace("一十", "十", StringComparison.Ordinal) == text ? value : null;
    }
}
