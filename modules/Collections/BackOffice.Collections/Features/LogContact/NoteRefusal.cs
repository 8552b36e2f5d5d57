using BackOffice.BuildingBlocks.Errors;
using Microsoft.Extensions.Localization;

namespace BackOffice.Collections.Features.LogContact;

/// <summary>What a page says when the screen kept a note out (Compliance has been told, and that much is committed).</summary>
internal static class NoteRefusal
{
    /// <summary>Throws the refusal the page shows beside the same clearance, so the note can be written again.</summary>
    public static void ThrowUnlessLogged(LogContactResult result, IStringLocalizer localizer)
    {
        if (result.Logged)
        {
            return;
        }

        var flags = string.Join(", ", result.Flags.Select(f => $"{f.Category} ({f.Term})"));
        throw new BusinessRuleException(
            "note-flagged",
            localizer["The note was not saved: it contains {0}. Compliance has been told. Write it again without those words.", flags].Value);
    }
}
