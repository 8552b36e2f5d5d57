using BackOffice.BuildingBlocks.Errors;
using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Tests;

public sealed class ComplaintTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private static Complaint Register(ComplaintDeadlines pack, bool complex = false) =>
        Complaint.Register(
            "C-1", ComplaintSource.Borrower, ComplaintCategory.ContactAtNight, complex, "LOAN-1", ["collector-1"], "Called at 23:10", Received, pack);

    [Theory]
    [InlineData(false, 15)]
    [InlineData(true, 30)]
    public void CN_simple_complaints_are_due_in_15_days_and_complex_in_30(bool complex, int days)
    {
        var complaint = Register(ComplaintDeadlines.China, complex);

        Assert.Equal(Received.AddDays(days), complaint.Deadline);
        Assert.False(complaint.IsOverdueAt(Received.AddDays(days)));
        Assert.True(complaint.IsOverdueAt(Received.AddDays(days).AddTicks(1)));
        Assert.Null(complaint.RespondBy);
    }

    [Fact]
    public void CN_allows_one_extension_of_30_days()
    {
        var complaint = Register(ComplaintDeadlines.China);

        complaint.ApproveExtension(ComplaintDeadlines.China);

        Assert.Equal(Received.AddDays(45), complaint.Deadline);
        Assert.Equal("extension-used", Assert.Throws<BusinessRuleException>(() => complaint.ApproveExtension(ComplaintDeadlines.China)).Code);
    }

    [Fact]
    public void US_complaints_are_answered_in_15_days_and_closed_in_60()
    {
        var complaint = Register(ComplaintDeadlines.UnitedStates);

        Assert.Equal(Received.AddDays(15), complaint.RespondBy);
        Assert.Equal(Received.AddDays(60), complaint.Deadline);
        Assert.False(complaint.IsOverdueAt(Received.AddDays(15)));
        Assert.True(complaint.IsOverdueAt(Received.AddDays(15).AddTicks(1)));

        complaint.AssignHandler("officer-1", Received.AddDays(14));
        Assert.False(complaint.IsOverdueAt(Received.AddDays(59)));
        Assert.True(complaint.IsOverdueAt(Received.AddDays(60).AddTicks(1)));
        Assert.Equal("no-extension", Assert.Throws<BusinessRuleException>(() => complaint.ApproveExtension(ComplaintDeadlines.UnitedStates)).Code);
    }

    [Fact]
    public void The_collector_the_complaint_is_about_may_not_handle_it()
    {
        var complaint = Register(ComplaintDeadlines.China);

        Assert.Equal("conflict-of-interest", Assert.Throws<BusinessRuleException>(() => complaint.AssignHandler("collector-1", Received)).Code);
        complaint.AssignHandler("officer-1", Received);
        Assert.Equal("officer-1", complaint.HandlerId);
    }

    [Fact]
    public void Only_the_handler_adds_notes_and_closes_and_a_closed_complaint_stays_closed()
    {
        var complaint = Register(ComplaintDeadlines.China);
        complaint.AssignHandler("officer-1", Received);

        Assert.Equal("not-handler", Assert.Throws<BusinessRuleException>(() => complaint.AddNote("officer-2", "x", Received)).Code);
        complaint.AddNote("officer-1", "Call log shows 23:10", Received.AddDays(1));
        complaint.Close("officer-1", ComplaintOutcome.Upheld, "Apology letter", 0m, apology: false, Received.AddDays(2));

        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Single(complaint.Notes);
        Assert.Equal("closed", Assert.Throws<BusinessRuleException>(() => complaint.AddNote("officer-1", "late", Received.AddDays(3))).Code);
        Assert.False(complaint.IsOverdueAt(Received.AddDays(100)));
    }
}
