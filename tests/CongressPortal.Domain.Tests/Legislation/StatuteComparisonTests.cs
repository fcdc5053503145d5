using System.Diagnostics;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;

namespace CongressPortal.Domain.Tests.Legislation;

public sealed class StatuteComparisonTests
{
    private static StatuteText Text(string text) => StatuteDetector.Detect(text).Text;

    private static string Row(ArticleComparison row) => $"{row.From?.Label ?? "-"}>{row.To?.Label ?? "-"}:{row.Change}";

    [Fact]
    public void Unchanged_texts_have_only_unchanged_rows()
    {
        var comparison = StatuteComparison.Compare(Text(StatuteSamples.Rivers), Text(StatuteSamples.Rivers));

        comparison.Rows.Should().HaveCount(10).And.OnlyContain(r => r.Change == ArticleChange.Unchanged && !r.Renumbered && !r.Moved);
        comparison.HasChanges.Should().BeFalse();
        (comparison.Changed, comparison.Added, comparison.Removed).Should().Be((0, 0, 0));
    }

    [Fact]
    public void One_article_changed_is_one_changed_row()
    {
        var after = StatuteSamples.Rivers.Replace("可以处一万元以上五万元以下的罚款", "可以处二万元以上十万元以下的罚款", StringComparison.Ordinal);

        var comparison = StatuteComparison.Compare(Text(StatuteSamples.Rivers), Text(after));

        comparison.Rows.Where(r => r.Change != ArticleChange.Unchanged).Select(Row).Should().Equal("第九条>第九条:Changed");
        comparison.Rows.Single(r => r.Change == ArticleChange.Changed).ToChapter.Should().Be("第四章\u3000法律责任");
    }

    [Fact]
    public void An_article_inserted_renumbers_the_later_ones_which_stay_unchanged()
    {
        var before = Text(StatuteSamples.ParksBefore);
        var after = Text(StatuteSamples.ParksAfter);

        var comparison = StatuteComparison.Compare(before, after);

        comparison.Rows.Select(Row).Should().Equal(
            "第一条>第一条:Unchanged", "第二条>第二条:Unchanged", "第三条>第三条:Unchanged", "第四条>第四条:Unchanged",
            "->第五条:Added",
            "第五条>第六条:Unchanged", "第六条>第七条:Changed", "第七条>第八条:Unchanged", "第八条>第九条:Unchanged", "第九条>第十条:Unchanged",
            "第十条>-:Removed",
            "->第十条之一:Added",
            "第十一条>第十一条:Changed", "第十二条>第十二条:Unchanged");
        comparison.Rows.Count(r => r.Renumbered).Should().Be(5);
        (comparison.Changed, comparison.Added, comparison.Removed).Should().Be((2, 2, 1));
    }

    [Fact]
    public void Each_row_knows_the_chapter_it_stands_in_and_a_renamed_chapter_is_reported()
    {
        var comparison = StatuteComparison.Compare(Text(StatuteSamples.ParksBefore), Text(StatuteSamples.ParksAfter));

        var row = comparison.Rows.Single(r => r.To?.Label == "第七条");
        row.FromChapter.Should().Be("第二章\u3000管理与服务");
        row.ToChapter.Should().Be("第二章\u3000管理、服务与保护");
        comparison.Headings.Should().Equal(new HeadingComparison("第二章", "管理与服务", "管理、服务与保护"));
    }

    [Fact]
    public void An_article_removed_is_shown_where_it_stood()
    {
        var before = Text("第一条　甲乙丙丁戊。\n第二条　本条例所称公园，是指向公众开放的场所。\n第三条　本条例自公布之日起施行。");
        var after = Text("第一条　甲乙丙丁戊。\n第二条　本条例自公布之日起施行。");

        StatuteComparison.Compare(before, after).Rows.Select(Row).Should().Equal("第一条>第一条:Unchanged", "第二条>-:Removed", "第三条>第二条:Unchanged");
    }

    [Fact]
    public void An_article_moved_and_changed_is_matched_as_moved()
    {
        var before = Text("第一条　为了加强公园管理，制定本条例。\n第二条　公园管理单位应当公开服务项目和收费标准。\n第三条　公园应当免费向公众开放。\n第四条　本条例自公布之日起施行。");
        var after = Text("第一条　为了加强公园管理，制定本条例。\n第二条　公园应当免费向公众开放。\n第三条　公园管理单位应当公开服务项目、收费标准和投诉电话。\n第四条　本条例自公布之日起施行。");

        var comparison = StatuteComparison.Compare(before, after);

        comparison.Rows.Select(Row).Should().Equal("第一条>第一条:Unchanged", "第三条>第二条:Unchanged", "第二条>第三条:Changed", "第四条>第四条:Unchanged");
        comparison.Rows[2].Moved.Should().BeTrue();
        comparison.Rows[1].Moved.Should().BeFalse();
    }

    [Fact]
    public void An_article_rewritten_under_its_own_number_is_changed_but_an_unrelated_one_is_removed_and_added()
    {
        var before = Text("第一条　为了加强公园管理，制定本条例。\n第二条　公园内禁止损毁花草树木。\n第三条　本条例自公布之日起施行。");
        var rewritten = Text("第一条　为了加强公园管理，制定本条例。\n第二条　公园内禁止攀折花木、践踏草坪。\n第三条　本条例自公布之日起施行。");
        var replaced = Text("第一条　为了加强公园管理，制定本条例。\n第二条　市园林绿化主管部门每年向社会公布检查结果。\n第三条　本条例自公布之日起施行。");

        StatuteComparison.Compare(before, rewritten).Rows[1].Change.Should().Be(ArticleChange.Changed);
        StatuteComparison.Compare(before, replaced).Rows.Select(Row).Should().Equal(
            "第一条>第一条:Unchanged", "第二条>-:Removed", "->第二条:Added", "第三条>第三条:Unchanged");
    }

    [Fact]
    public void Identical_short_articles_prefer_their_own_number()
    {
        var before = Text("第一条　（删除）\n第二条　（删除）\n第三条　本条例自公布之日起施行。");

        StatuteComparison.Compare(before, before).Rows.Should().OnlyContain(r => !r.Renumbered);
    }

    [Fact]
    public void Comparing_with_an_empty_text_adds_or_removes_everything()
    {
        var text = Text(StatuteSamples.ParksBefore);

        StatuteComparison.Compare(StatuteText.Empty, text).Rows.Should().HaveCount(12).And.OnlyContain(r => r.Change == ArticleChange.Added);
        StatuteComparison.Compare(text, StatuteText.Empty).Rows.Should().HaveCount(12).And.OnlyContain(r => r.Change == ArticleChange.Removed);
    }

    [Fact]
    public void A_hundred_article_comparison_takes_well_under_a_hundred_milliseconds()
    {
        var sentences = new[] { "公园管理单位应当", "建立健全安全管理制度", "配备必要的安全设施", "市园林绿化主管部门", "负责监督检查", "违反本条例规定的", "由有关部门责令改正", "可以处罚款" };
        string Article(int n, int seed) => $"第{ChineseNumerals.Format(n)}条　" + string.Join("，", Enumerable.Range(0, 6).Select(k => sentences[(n * 7 + k * seed) % sentences.Length] + n)) + "。";
        var before = Text(string.Join('\n', Enumerable.Range(1, 100).Select(n => Article(n, 3))));
        var after = Text(string.Join('\n', Enumerable.Range(1, 101).Select(n => Article(n == 50 ? 999 : n > 50 ? n - 1 : n, n % 10 == 0 ? 5 : 3)).Select((t, i) => t)));
        var best = long.MaxValue;
        StatuteComparison? comparison = null;
        // The best of a few runs: the tests run unoptimised (Debug) on a shared machine; bench/ measures the release build.
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            comparison = StatuteComparison.Compare(before, after);
            best = Math.Min(best, watch.ElapsedMilliseconds);
        }

        comparison!.Rows.Should().HaveCountGreaterThanOrEqualTo(101);
        best.Should().BeLessThan(100);
    }
}
