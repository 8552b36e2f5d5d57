namespace BackOffice.Compliance.Domain;

/// <summary>A note or piece of evidence the handler added, in order.</summary>
internal sealed record CaseNote(DateTimeOffset At, string By, string Text);
