using System.Globalization;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reports;

/// <summary>How each heading level is numbered in official documents: 一、 （一） 1. （1）.</summary>
public static class ReportNumbering
{
    public const int MaxLevel = 4;

    public static string Label(int level, int number) => level switch
    {
        1 => ChineseNumerals.Format(number) + "、",
        2 => "（" + ChineseNumerals.Format(number) + "）",
        3 => number.ToString(CultureInfo.InvariantCulture) + ".",
        _ => "（" + number.ToString(CultureInfo.InvariantCulture) + "）",
    };

    /// <summary>Reads 一 … 九十九; null for anything else.</summary>
    public static int? ParseChinese(string numeral)
    {
        ArgumentNullException.ThrowIfNull(numeral);
        static int Digit(char c) => "〇一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
        return numeral.Length switch
        {
            1 when numeral[0] == '十' => 10,
            1 when Digit(numeral[0]) > 0 => Digit(numeral[0]),
            2 when numeral[0] == '十' && Digit(numeral[1]) > 0 => 10 + Digit(numeral[1]),
            2 when numeral[1] == '十' && Digit(numeral[0]) > 1 => Digit(numeral[0]) * 10,
            3 when numeral[1] == '十' && Digit(numeral[0]) > 1 && Digit(numeral[2]) > 0 => (Digit(numeral[0]) * 10) + Digit(numeral[2]),
            _ => null,
        };
    }
}
