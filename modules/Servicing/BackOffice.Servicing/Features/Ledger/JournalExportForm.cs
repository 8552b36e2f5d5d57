namespace BackOffice.Servicing.Features.Ledger;

/// <summary>The export page's period, as asked or as a refused export typed it.</summary>
internal sealed record JournalExportForm(DateOnly? From, DateOnly? To);
