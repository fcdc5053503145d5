using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Tests.Common;

public sealed class ChineseNumeralsParseTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("一十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("一百〇五", 105)]
    [InlineData("一百一十", 110)]
    [InlineData("一百十", 110)]
    [InlineData("二百一十二", 212)]
    [InlineData("一千零一", 1001)]
    [InlineData("九千九百九十九", 9999)]
    public void Numbers_as_articles_and_chapters_write_them_are_read(string numeral, int expected) =>
        ChineseNumerals.Parse(numeral).Should().Be(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("零")]
    [InlineData("一二")]
    [InlineData("十十")]
    [InlineData("百")]
    [InlineData("一百五")]
    [InlineData("12")]
    [InlineData("二十一一")]
    public void Anything_else_is_not_a_number(string? numeral) => ChineseNumerals.Parse(numeral).Should().BeNull();

    [Fact]
    public void Every_number_written_is_read_back()
    {
        for (var n = 1; n <= 9999; n++) ChineseNumerals.Parse(ChineseNumerals.Format(n)).Should().Be(n);
    }
}
