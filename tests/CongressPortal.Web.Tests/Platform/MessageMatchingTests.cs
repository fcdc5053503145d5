using System.Text.RegularExpressions;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// No page decides where an error goes (or what happened) by matching the text of a message: refusals carry a field key
/// and a stable code, and <c>Infrastructure/Forms.cs</c> maps the key to the form. Reword a message and nothing moves.
/// </summary>
public sealed partial class MessageMatchingTests
{
    /// <summary>
    /// Files still being converted by the engineers who own them; each entry goes when its file is converted.
    /// Paths are relative to <c>src/CongressPortal.Web/Pages/</c>, with '/' separators; a folder ends with '/'.
    /// </summary>
    private static readonly string[] BeingConverted =
    [
    ];

    /// <summary>What matching a message looks like: each pattern was seen in pages before issue #10.</summary>
    private static readonly Regex[] MessageMatching =
    [
        // e.Message == EndBeforeStart, … == SomeMessages.X.Message
        MessageCompared(),
        ComparedToMessage(),
        // result.Error == SuggestionStore.NotFound, error == SuggestionMessages.ContactDateInvalid
        ErrorCompared(),
        // error switch { … }, e.Message is StationMessages.CoordinatesPair or …
        ErrorSwitchedOn(),
        // the arms of such a switch: SuggestionMessages.NeedUnits or … => "Input.UnitIds"
        MessageConstantArm(),
        // error.StartsWith("请填写"), message.Contains("年度")
        MessageSearched(),
        // any search for Chinese text: a page has no other reason to look inside a string for it
        ChineseSearched(),
        // FieldOf(message), FieldOfMessage dictionaries
        FieldOf(),
    ];

    [Fact]
    public void No_page_matches_the_text_of_a_message()
    {
        var pages = Path.Combine(ConventionTests.FindRepositoryRoot(), "src", "CongressPortal.Web", "Pages");
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(pages, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(pages, file).Replace(Path.DirectorySeparatorChar, '/');
            if (BeingConverted.Any(allowed => allowed.EndsWith('/') ? relative.StartsWith(allowed, StringComparison.Ordinal) : relative == allowed)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = WithoutComment(lines[i]);
                if (MessageMatching.FirstOrDefault(pattern => pattern.IsMatch(code)) is { } pattern)
                {
                    offences.Add($"{relative}:{i + 1}: {lines[i].Trim()}   (matches {pattern})");
                }
            }
        }
        offences.Should().BeEmpty("a page maps a refusal's field key to its form (Forms.KeyFor, result.ShowOn/AddTo) and never reads the message to decide");
    }

    [Fact]
    public void Every_allowed_file_still_exists_so_that_the_list_only_shrinks()
    {
        var pages = Path.Combine(ConventionTests.FindRepositoryRoot(), "src", "CongressPortal.Web", "Pages");
        BeingConverted.Where(allowed => !Path.Exists(Path.Combine(pages, allowed))).Should().BeEmpty("a converted file leaves the list");
    }

    /// <summary>Lines from the pages as they were before issue #10: the check must recognise every one of them.</summary>
    [Theory]
    [InlineData("""return CommandResult<string>.Fail(e.Message, e.Message == EndBeforeStart ? "Input.EndDate" : "");""")]
    [InlineData("""if (!result.IsSuccess && result.Error == AccountRules.AccountNotFound) return NotFound();""")]
    [InlineData("""error => error == SuggestionMessages.ContactDateInvalid ? $"{Forms.Contact}.{nameof(ContactCommand.Date)}" : Forms.Contact,""")]
    [InlineData("""private static string FieldOf(string message) => message switch""")]
    [InlineData("""SuggestionMessages.NeedUnits or SuggestionMessages.DuplicateUnits or SuggestionMessages.JointNeedsLeadAndCo => $"{Forms.Assign}.{nameof(AssignCommand.UnitIds)}",""")]
    [InlineData("""SuggestionMessages.ReplyDateInvalid => $"{Forms.Reply}.{nameof(ReplyCommand.RepliedOn)}",""")]
    [InlineData("""var field = e.Message is StationMessages.CoordinatesPair or StationMessages.CoordinatesInvalid ? "Input.Latitude" : "";""")]
    [InlineData("""error.StartsWith("请填写", StringComparison.Ordinal) || error.Contains("不能超过", StringComparison.Ordinal) ? $"{form}.{nameof(ReasonCommand.Reason)}" : form;""")]
    [InlineData("""message.Contains("主题名称", StringComparison.Ordinal) ? "Input.Name" : null,""")]
    [InlineData("""private static readonly Dictionary<string, string> FieldOfMessage = new()""")]
    [InlineData("""return CommandResult<int>.Fail(e.Message, FieldOf.GetValueOrDefault(e.Message, ""));""")]
    [InlineData("""$"已上传 {chosen.Count} 个附件。", error => error is FileMessages.Empty or FileMessages.TooLarge or FileMessages.WrongKind ? FilesField : Forms.Upload, ct);""")]
    public void The_check_recognises_the_old_ways_of_matching_a_message(string line) =>
        MessageMatching.Should().Contain(pattern => pattern.IsMatch(WithoutComment(line)));

    /// <summary>What pages do now, and other code that merely mentions messages: the check must leave these alone.</summary>
    [Theory]
    [InlineData("""Conflict = result.ShowOn(ModelState, Input);""")]
    [InlineData("""result.AddTo(ModelState, Input.GetType(), "Input");""")]
    [InlineData("""if (error is not null) Fail(SuggestionSheet.Lead, error, value);""")]
    [InlineData("""var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : null;""")]
    [InlineData("""ModelState.AddModelError(UploadField, DeputyMessages.PhotoTooLarge.Message);""")]
    [InlineData("""ProfileList.Ethnicity => DeputyMessages.UnknownEthnicity.Message,""")]
    [InlineData("""[Required(ErrorMessage = "请填写名称"), StringLength(100, ErrorMessage = "名称不能超过100个字"), Display(Name = "名称")]""")]
    [InlineData("""/// <summary>The form whose post failed: its message is shown there, and the page says so at the top.</summary>""")]
    public void The_check_leaves_mapping_by_field_key_alone(string line) =>
        MessageMatching.Should().NotContain(pattern => pattern.IsMatch(WithoutComment(line)));

    private static string WithoutComment(string line)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 ? line : line[..comment];
    }

    [GeneratedRegex(@"\.Message\s*(==|!=)")]
    private static partial Regex MessageCompared();

    [GeneratedRegex(@"(==|!=)\s*[\w.]+\.Message\b")]
    private static partial Regex ComparedToMessage();

    [GeneratedRegex(@"\b(Error|error|Message|message)\s*(==|!=)")]
    private static partial Regex ErrorCompared();

    [GeneratedRegex(@"\b(Error|error|Message|message)\s+(switch\b|is\s+(?!(not\s+)?null\b))")]
    private static partial Regex ErrorSwitchedOn();

    [GeneratedRegex(@"Messages\.\w+\s*(=>|\bor\b)")]
    private static partial Regex MessageConstantArm();

    [GeneratedRegex(@"\b(Error|error|Message|message|Description|description)\s*\.\s*(StartsWith|EndsWith|Contains|IndexOf)\s*\(")]
    private static partial Regex MessageSearched();

    [GeneratedRegex(@"\.(StartsWith|EndsWith|Contains|IndexOf)\(\s*""\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseSearched();

    [GeneratedRegex(@"\bFieldOf\w*\b")]
    private static partial Regex FieldOf();
}
