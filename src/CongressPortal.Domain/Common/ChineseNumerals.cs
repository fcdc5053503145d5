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
}
