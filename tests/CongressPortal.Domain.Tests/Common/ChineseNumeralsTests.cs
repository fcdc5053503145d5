using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Tests.Common;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData(0, "零")]
    [InlineData(1, "一")]
    [InlineData(5, "五")]
    [InlineData(10, "十")]
    [InlineData(16, "十六")]
    [InlineData(20, "二十")]
    [InlineData(23, "二十三")]
    [InlineData(100, "一百")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    [InlineData(1001, "一千零一")]
    [InlineData(2026, "二千零二十六")]
    public void Writes_numbers_as_official_titles_do(int value, string expected) =>
        ChineseNumerals.Format(value).Should().Be(expected);

    [Fact]
    public void Numbers_out_of_range_fall_back_to_digits() => ChineseNumerals.Format(12345).Should().Be("12345");
}
