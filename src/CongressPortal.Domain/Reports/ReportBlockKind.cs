using System.Text.Json.Serialization;

namespace CongressPortal.Domain.Reports;

/// <summary>
/// What a block of a work report is. Stored by name in JSON, so reordering the members never changes saved outlines.
/// Items (一是… 二是…) are not a kind of their own: they live inside a <see cref="Paragraph"/> (see <see cref="ReportBlock.Items"/>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportBlockKind>))]
public enum ReportBlockKind
{
    /// <summary>XX市人民代表大会常务委员会工作报告.</summary>
    Title,

    /// <summary>——YYYY年M月D日在XX市第N届人民代表大会第M次会议上.</summary>
    Subtitle,

    /// <summary>The speaker line, e.g. 示例市人大常委会主任 张三.</summary>
    Speaker,

    /// <summary>各位代表： (also the 各位代表！ that opens the closing).</summary>
    Salutation,

    /// <summary>A part of the report: YYYY年主要工作, 过去一年的主要工作, YYYY年主要任务, 今后工作建议…</summary>
    Part,

    /// <summary>A numbered heading: 一、 (level 1), （一） (level 2), 1. (level 3), （1） (level 4).</summary>
    Section,

    /// <summary>A heading without a number (the abstracts' style): a short line without sentence-ending punctuation.</summary>
    Heading,

    /// <summary>Running text, optionally opened by a bold lead sentence and holding 一是/二是 items.</summary>
    Paragraph,
}
