namespace BackOffice.Compliance.Features.Complaints;

/// <summary>A case note as the complaint's page lists it.</summary>
internal sealed record ComplaintNote(DateTimeOffset At, string Text);
