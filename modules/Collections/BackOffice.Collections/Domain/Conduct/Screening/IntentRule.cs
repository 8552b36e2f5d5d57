using System.Text.RegularExpressions;

namespace BackOffice.Collections.Domain.Conduct.Screening;

/// <summary>
/// One pattern of intent over the normalised text (<see cref="ScreenedText"/>). Words a collector may use lawfully
/// ("visited his home", "jail", "his mother") need a <see cref="Frame"/> in their sentence before they flag.
/// </summary>
internal sealed record IntentRule(string Category, string Name, Regex Pattern, RuleFrame Frame = RuleFrame.None)
{
    // Interpreted, not RegexOptions.Compiled: on .NET 10.0.12 the compiled form of one of these patterns threw
    // IndexOutOfRangeException on an ordinary note (docs/screening.md); the interpreter is fast enough for notes.
    public static IntentRule Of(string category, string name, string pattern, RuleFrame frame = RuleFrame.None) =>
        new(category, name, new Regex(pattern, RegexOptions.CultureInvariant), frame);
}

internal enum RuleFrame
{
    /// <summary>The words flag wherever they stand (unless denied or the borrower's own).</summary>
    None,

    /// <summary>A plan, a condition, a deadline or the collector saying it ("we will", "if you don't pay", "told him", "不还钱就", "明天", "跟客户说").</summary>
    Intent,

    /// <summary>The collector reaching someone ("told", "left a message with", "告知", "打给").</summary>
    Contact,
}
