namespace BackOffice.Collections.Domain.Conduct;

/// <summary>A note or message the screen refused: which list and which words.</summary>
internal sealed record ScreeningFlag(string Category, string Term);
