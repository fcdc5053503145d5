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

    [Theory]
    [InlineData(1, "一个月")]
    [InlineData(2, "两个月")]
    [InlineData(3, "三个月")]
    [InlineData(6, "六个月")]
    [InlineData(12, "十二个月")]
    [InlineData(22, "二十二个月")]
    public void States_a_deadline_in_months_as_page_texts_do_with_two_as_liang(int months, string expected) =>
        ChineseNumerals.Months(months).Should().Be(expected);

    [Fact]
    public void The_settings_deadlines_read_as_page_texts_and_follow_a_change()
    {
        var settings = Domain.Suggestions.SuggestionSettings.Defaults();
        settings.DeadlineTexts().Should().Be(new Domain.Suggestions.SuggestionDeadlineTexts("三个月", "六个月", "一个月", "两个月", "5个工作日", "20个工作日"));

        settings.Update(settings.SessionNumberPattern, settings.BetweenSessionsNumberPattern, 5, 2, 4, 1, 7, 15, 1, 15);

        settings.DeadlineTexts().Should().Be(new Domain.Suggestions.SuggestionDeadlineTexts("两个月", "四个月", "一个月", "一个月", "7个工作日", "15个工作日"));
    }
}
