using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using F = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>A citizen's review request: what it must contain, the private contact's format, the receipt code, the answer.</summary>
public sealed class ReviewRequestTests
{
    private static DomainRuleException Refused(Action act) => FluentActions.Invoking(act).Should().Throw<DomainRuleException>().Which;

    [Fact]
    public void A_request_is_received_with_its_code_and_trimmed_fields()
    {
        var request = ReviewRequest.Submit(F.Request() with { Name = "  ", FilingId = 0, DocumentTitle = " 示例市城市供水价格管理办法 " }, "ABCDEFGHJKMN", F.Now);

        request.Should().BeEquivalentTo(new
        {
            ReceiptCode = "ABCDEFGHJKMN",
            DocumentTitle = "示例市城市供水价格管理办法",
            FilingId = (int?)null,
            Name = (string?)null,
            Contact = "13800138000",
            Status = ReviewRequestStatus.Received,
            SubmittedAt = F.Now,
        });
    }

    [Fact]
    public void A_request_needs_a_receipt_code()
    {
        FluentActions.Invoking(() => ReviewRequest.Submit(F.Request(), "", F.Now)).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("13800138000")]
    [InlineData("138 0013 8000")]
    [InlineData("+86 138-0013-8000")]
    [InlineData("0471-6601234")]
    [InlineData("(0471)6601234")]
    [InlineData("（0471）6601234")]
    [InlineData("１３８００１３８０００")]
    [InlineData("6601234")]
    [InlineData("zhang.san@example.com")]
    [InlineData(" zhang@example.com.cn ")]
    [InlineData("ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ")]
    public void Phones_and_email_addresses_are_taken_as_contacts(string contact)
    {
        ContactFormat.LooksValid(contact).Should().BeTrue();
        ReviewRequest.Submit(F.Request(contact), "ABCDEFGHJKMN", F.Now).Contact.Should().Be(contact.Trim());
    }

    [Theory]
    [InlineData("660123")]
    [InlineData("123456789012345678901")]
    [InlineData("138 0013 800a")]
    [InlineData("微信 zhang123")]
    [InlineData("zhang@")]
    [InlineData("@example.com")]
    [InlineData("zhang@example")]
    [InlineData("zhang@.com")]
    [InlineData("zhang@example.")]
    [InlineData("zhang@@example.com")]
    [InlineData("zhang san@example.com")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<b>zhang</b>@example.com")]
    [InlineData("\"zhang\"@example.com")]
    [InlineData("张三@example.com")]
    [InlineData("zhang@exam;ple.com")]
    [InlineData("无")]
    public void Anything_else_is_refused_as_a_contact(string contact)
    {
        ContactFormat.LooksValid(contact).Should().BeFalse();
        Refused(() => ReviewRequest.Submit(F.Request(contact), "ABCDEFGHJKMN", F.Now)).Refusal.Should().Be(LegislationMessages.ContactInvalid);
    }

    [Fact]
    public void The_contact_is_required_and_at_most_100_characters()
    {
        Refused(() => ReviewRequest.Submit(F.Request(" "), "ABCDEFGHJKMN", F.Now)).Refusal.Should().Be(DomainMessages.Required(nameof(ReviewRequestDraft.Contact), "联系方式"));
        Refused(() => ReviewRequest.Submit(F.Request(new string('a', 95) + "@b.com"), "ABCDEFGHJKMN", F.Now)).Code.Should().Be("Common.TooLong");
    }

    [Theory]
    [InlineData("收费没有依据。")]
    [InlineData("   九个字的理由是这样   ")]
    public void Reasons_under_ten_characters_are_refused(string reasons)
    {
        Refused(() => ReviewRequest.Submit(F.Request(reasons: reasons), "ABCDEFGHJKMN", F.Now)).Refusal.Should().Be(LegislationMessages.ReasonsTooShort);
    }

    [Fact]
    public void Reasons_of_ten_characters_up_to_the_limit_are_taken()
    {
        ReviewRequest.Submit(F.Request(reasons: "收费项目没有法律依据"), "ABCDEFGHJKMN", F.Now).Reasons.Should().HaveLength(10);
        ReviewRequest.Submit(F.Request(reasons: new string('理', ReviewRequest.MaxReasonsLength)), "ABCDEFGHJKMN", F.Now).Reasons.Should().HaveLength(5000);
        Refused(() => ReviewRequest.Submit(F.Request(reasons: new string('理', ReviewRequest.MaxReasonsLength + 1)), "ABCDEFGHJKMN", F.Now))
            .Refusal.Should().Be(DomainMessages.TooLong(nameof(ReviewRequestDraft.Reasons), "审查建议的理由", 5000));
    }

    [Fact]
    public void The_document_title_is_required_and_the_name_limited()
    {
        Refused(() => ReviewRequest.Submit(F.Request() with { DocumentTitle = "" }, "ABCDEFGHJKMN", F.Now)).Field.Should().Be(nameof(ReviewRequestDraft.DocumentTitle));
        Refused(() => ReviewRequest.Submit(F.Request() with { DocumentTitle = new string('文', 201) }, "ABCDEFGHJKMN", F.Now)).Code.Should().Be("Common.TooLong");
        Refused(() => ReviewRequest.Submit(F.Request() with { Name = new string('张', 51) }, "ABCDEFGHJKMN", F.Now)).Field.Should().Be(nameof(ReviewRequestDraft.Name));
    }

    [Fact]
    public void Accepting_names_the_filed_document_when_staff_find_it()
    {
        var named = F.Submitted();
        var unnamed = ReviewRequest.Submit(F.Request() with { FilingId = 4 }, "ABCDEFGHJKMN", F.Now);

        named.Accept(7, F.Staff, F.At(2026, 6, 16));
        unnamed.Accept(null, F.Staff, F.At(2026, 6, 16));

        (named.Status, named.FilingId, named.AcceptedAt).Should().Be((ReviewRequestStatus.UnderReview, 7, F.At(2026, 6, 16)));
        unnamed.FilingId.Should().Be(4, "accepting without naming a filing keeps the one the sender chose");
    }

    [Fact]
    public void The_answer_is_required_and_recorded_with_its_result()
    {
        var request = F.RequestIn(ReviewRequestStatus.UnderReview);

        Refused(() => request.Answer(new ReviewAnswer(ReviewRequestResult.NoProblem, " "), F.Staff, F.Now)).Field.Should().Be(nameof(ReviewAnswer.AnswerText));
        request.Answer(new ReviewAnswer(ReviewRequestResult.Corrected, "已督促制定机关修改第五条。"), F.Staff, F.At(2026, 7, 1));

        (request.Status, request.Result, request.AnswerText, request.AnsweredAt).Should().Be(
            (ReviewRequestStatus.Answered, ReviewRequestResult.Corrected, "已督促制定机关修改第五条。", F.At(2026, 7, 1)));
    }

    [Fact]
    public void A_receipt_code_has_twelve_characters_without_look_alikes()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => ReceiptCode.New()).ToList();

        codes.Should().OnlyContain(c => c.Length == ReceiptCode.Length);
        codes.Should().OnlyContain(c => c.All(ch => "ABCDEFGHJKMNPQRSTUVWXYZ23456789".Contains(ch)));
        codes.SelectMany(c => c).Should().NotContain(['0', 'O', '1', 'I', 'L']);
        codes.Should().OnlyHaveUniqueItems();
        codes.Should().OnlyContain(c => ReceiptCode.Normalize(c) == c);
    }

    [Theory]
    [InlineData("ABCDEFGHJKMN", "ABCDEFGHJKMN")]
    [InlineData("abcd-efgh-jkmn", "ABCDEFGHJKMN")]
    [InlineData(" ABCD EFGH JKMN ", "ABCDEFGHJKMN")]
    [InlineData("abcd\u3000efgh\u3000jkmn", "ABCDEFGHJKMN")]
    [InlineData("ＡＢＣＤ－ＥＦＧＨ－ＪＫＭＮ", "ABCDEFGHJKMN")]
    [InlineData("ABCD-EFGH-JKM", null)]
    [InlineData("ABCD-EFGH-JKMNP", null)]
    [InlineData("ABCD-EFGH-JKM0", null)]
    [InlineData("ABCD-EFGH-JKMO", null)]
    [InlineData("ABCD-EFGH-JKM1", null)]
    [InlineData("ABCD_EFGH_JKMN", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_typed_code_is_normalised_or_rejected(string? typed, string? code)
    {
        ReceiptCode.Normalize(typed).Should().Be(code);
    }

    [Fact]
    public void A_code_is_shown_in_groups_of_four()
    {
        ReceiptCode.Display("ABCDEFGHJKMN").Should().Be("ABCD-EFGH-JKMN");
        ReceiptCode.Display("ABC").Should().Be("ABC");
        ReceiptCode.Normalize(ReceiptCode.Display("ABCDEFGHJKMN")).Should().Be("ABCDEFGHJKMN");
    }
}
