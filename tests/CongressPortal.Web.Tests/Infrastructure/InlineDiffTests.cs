using CongressPortal.Web.Infrastructure;

namespace CongressPortal.Web.Tests.Infrastructure;

public sealed class InlineDiffTests
{
    private static string Show(IEnumerable<DiffSegment> segments) => string.Concat(segments.Select(s => s.Kind switch
    {
        DiffKind.Inserted => $"[+{s.Text}]",
        DiffKind.Deleted => $"[-{s.Text}]",
        _ => s.Text,
    }));

    [Fact]
    public void A_changed_word_inside_chinese_text_is_marked_character_by_character_in_one_run()
    {
        var segments = InlineDiff.Compare("可以处一万元以上五万元以下的罚款。", "可以处二万元以上十万元以下的罚款。");

        Show(segments).Should().Be("可以处[-一][+二]万元以上[-五][+十]万元以下的罚款。");
    }

    [Fact]
    public void Inserted_words_are_one_run_and_the_rest_is_equal()
    {
        Show(InlineDiff.Compare("在非指定区域游泳、垂钓；", "在非指定区域游泳、垂钓、放风筝；")).Should().Be("在非指定区域游泳、垂钓[+、放风筝]；");
    }

    [Fact]
    public void Numbers_and_latin_words_change_as_a_whole()
    {
        Show(InlineDiff.Compare("自2015年3月1日起施行，罚款1,000元。", "自2027年3月1日起施行，罚款1,500元。"))
            .Should().Be("自[-2015][+2027]年3月1日起施行，罚款[-1,000][+1,500]元。");
        InlineDiff.Chunk("GPS定位12.5米").Should().Equal("GPS", "定", "位", "12.5", "米");
    }

    [Fact]
    public void The_older_and_newer_sides_spell_each_text_exactly()
    {
        const string from = "第一款。\n（一）损毁花草树木；\n（二）在非指定区域游泳。";
        const string to = "第一款有修改。\n（一）损毁花草树木；\n（三）使用高音喇叭。";

        var segments = InlineDiff.Compare(from, to);

        string.Concat(InlineDiff.Older(segments).Select(s => s.Text)).Should().Be(from);
        string.Concat(InlineDiff.Newer(segments).Select(s => s.Text)).Should().Be(to);
        segments.Zip(segments.Skip(1)).Should().OnlyContain(p => p.First.Kind != p.Second.Kind, "runs of one kind are merged");
    }

    [Fact]
    public void Equal_and_empty_texts_give_one_equal_segment_or_none()
    {
        InlineDiff.Compare("同样的文字。", "同样的文字。").Should().Equal(new DiffSegment(DiffKind.Equal, "同样的文字。"));
        InlineDiff.Compare("", null).Should().BeEmpty();
        Show(InlineDiff.Compare(null, "新增。")).Should().Be("[+新增。]");
    }

    [Fact]
    public void Characters_outside_the_basic_plane_stay_whole()
    {
        InlineDiff.Chunk("𠀀字").Should().Equal("𠀀", "字");
    }
}
