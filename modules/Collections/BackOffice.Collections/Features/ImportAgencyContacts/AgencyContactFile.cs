using System.Globalization;
using System.Text.RegularExpressions;
using BackOffice.BuildingBlocks.Files;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.ImportAgencyContacts;

/// <summary>
/// An outside agency's contact log: UTF-8 CSV with the header <c>agency,reference,loan_number,at,method,destination,outcome</c>;
/// the time in ISO 8601 with its offset (<c>2027-01-08T10:15:00+08:00</c>), the method call, sms, letter or visit, the
/// outcome as the contact log writes it (no-answer, right-party, promise-to-pay, …). Each line is checked on its own.
/// </summary>
internal static partial class AgencyContactFile
{
    public const string Header = "agency,reference,loan_number,at,method,destination,outcome";
    public const int MaxRows = 10_000;

    private static readonly ContactOutcome[] AgencyOutcomes =
    [
        ContactOutcome.NoAnswer, ContactOutcome.NotConnected, ContactOutcome.RightParty, ContactOutcome.WrongNumber, ContactOutcome.PromiseToPay,
        ContactOutcome.Refused, ContactOutcome.DisputeRaised, ContactOutcome.Hardship, ContactOutcome.MessageSent,
    ];

    public static IReadOnlyList<AgencyContactRow> Parse(string content)
    {
        if (CsvLines.Read(content, Header, MaxRows) is not { } lines)
        {
            return [Rejected(1, $"The first line must be the header \"{Header}\".")];
        }

        var seen = new HashSet<(string, string)>();
        return
        [
            .. lines.Select(l => ParseLine(l.Line, l.Cells))
                .Select(row => row.Error is null && !seen.Add((row.Agency, row.Reference))
                    ? row with { Error = "The agency's reference appears twice in the file." } : row),
        ];
    }

    private static AgencyContactRow ParseLine(int line, string[] cells)
    {
        if (cells.Length != 7)
        {
            return Rejected(line, "Expected 7 values: agency, reference, loan number, time, method, destination, outcome.");
        }

        var (agency, reference, loanNumber, destination) = (cells[0], cells[1], cells[2].ToUpperInvariant(), cells[5]);
        var error = agency.Length is 0 or > 100 ? "The agency is missing or longer than 100 characters."
            : reference.Length is 0 or > 100 ? "The reference is missing or longer than 100 characters."
            : loanNumber.Length == 0 ? "The loan number is missing."
            : destination.Length is 0 or > 400 ? "The number or address is missing or longer than 400 characters."
            : null;
        var timed = DateTimeOffset.TryParse(cells[3], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at);
        if (!timed || !OffsetAtEnd().IsMatch(cells[3]))
        {
            error ??= $"\"{cells[3]}\" is not a time with its offset (2027-01-08T10:15:00+08:00).";
        }

        if (!Enum.TryParse<ContactMethod>(cells[4], ignoreCase: true, out var method) || !Enum.IsDefined(method))
        {
            error ??= $"\"{cells[4]}\" is not a method (call, sms, letter, visit).";
        }

        if (!Enum.TryParse<ContactOutcome>(cells[6].Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var outcome)
            || !AgencyOutcomes.Contains(outcome))
        {
            error ??= $"\"{cells[6]}\" is not an outcome an agency reports "
                + "(no-answer, not-connected, right-party, wrong-number, promise-to-pay, refused, dispute-raised, hardship, message-sent).";
        }

        return new AgencyContactRow(line, agency, reference, loanNumber, at, method, destination, outcome, error);
    }

    private static AgencyContactRow Rejected(int line, string error) => new(line, "", "", "", default, default, "", default, error);

    [GeneratedRegex(@"(Z|[+-]\d\d:\d\d)$")]
    private static partial Regex OffsetAtEnd();
}
