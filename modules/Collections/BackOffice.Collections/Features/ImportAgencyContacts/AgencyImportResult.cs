namespace BackOffice.Collections.Features.ImportAgencyContacts;

/// <summary>What the import did (nothing at all when any line is rejected), and how many contacts broke a conduct rule.</summary>
internal sealed record AgencyImportResult(int Imported, int AlreadyImported, IReadOnlyList<AgencyContactRow> Rejected, int Breaches = 0);
