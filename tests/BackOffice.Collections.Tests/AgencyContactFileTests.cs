using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.ImportAgencyContacts;

namespace BackOffice.Collections.Tests;

public sealed class AgencyContactFileTests
{
    private const string Header = "agency,reference,loan_number,at,method,destination,outcome\n";

    [Fact]
    public void An_agency_log_is_read_with_times_in_their_offset_methods_and_outcomes()
    {
        var rows = AgencyContactFile.Parse(Header
            + "Eastern Recoveries,ER-1,l-2026-abc,2027-01-08T10:15:00+08:00,call,+8613800000001,right-party\n"
            + "Eastern Recoveries,ER-2,L-2026-ABC,2027-01-08T02:20:00Z,Sms,+8613800000001,message-sent\n");

        Assert.All(rows, r => Assert.Null(r.Error));
        Assert.Equal("L-2026-ABC", rows[0].LoanNumber);
        Assert.Equal(new DateTimeOffset(2027, 1, 8, 2, 15, 0, TimeSpan.Zero), rows[0].At.ToUniversalTime());
        Assert.Equal((ContactMethod.Call, ContactOutcome.RightParty), (rows[0].Method, rows[0].Outcome));
        Assert.Equal((ContactMethod.Sms, ContactOutcome.MessageSent), (rows[1].Method, rows[1].Outcome));
    }

    [Theory]
    [InlineData("A,R,L-1,2027-01-08T10:15:00,call,+86138,no-answer", "not a time with its offset")]
    [InlineData("A,R,L-1,2027-01-08T10:15:00+08:00,fax,+86138,no-answer", "not a method")]
    [InlineData("A,R,L-1,2027-01-08T10:15:00+08:00,call,+86138,pending", "not an outcome an agency reports")]
    [InlineData("A,R,L-1,2027-01-08T10:15:00+08:00,call,+86138", "Expected 7 values")]
    [InlineData(",R,L-1,2027-01-08T10:15:00+08:00,call,+86138,no-answer", "The agency is missing")]
    public void A_bad_line_says_what_is_wrong(string line, string problem) =>
        Assert.Contains(problem, AgencyContactFile.Parse(Header + line).Single().Error, StringComparison.Ordinal);

    [Fact]
    public void A_reference_twice_in_the_file_and_a_wrong_header_are_refused()
    {
        var twice = AgencyContactFile.Parse(
            Header + "A,R,L-1,2027-01-08T10:15:00+08:00,call,+86138,no-answer\nA,R,L-1,2027-01-08T11:15:00+08:00,call,+86138,no-answer");

        Assert.Null(twice[0].Error);
        Assert.Contains("appears twice", twice[1].Error, StringComparison.Ordinal);
        Assert.Contains("header", AgencyContactFile.Parse("reference,loan\nA,B").Single().Error, StringComparison.Ordinal);
    }
}
