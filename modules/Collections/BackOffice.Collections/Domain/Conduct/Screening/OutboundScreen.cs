using BackOffice.BuildingBlocks.Errors;

namespace BackOffice.Collections.Domain.Conduct.Screening;

/// <summary>
/// The same screen as a collector's notes, on the final text of anything sent to a borrower (a template filled in
/// with the borrower's details): a flagged text is not sent. Approved templates pass (LanguageScreenTests); what can
/// flag is a filled-in value.
/// </summary>
internal static class OutboundScreen
{
    public static string Checked(string text, ScreeningLists lists)
    {
        var flags = LanguageScreen.Check(text, lists);
        return flags.Count == 0
            ? text
            : throw new BusinessRuleException(
                "message-flagged",
                $"The message was not sent: its text contains {string.Join(", ", flags.Select(f => $"{f.Category} ({f.Term})"))}. "
                + "Check the borrower's details it was filled in with.");
    }
}
