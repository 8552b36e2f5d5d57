using BackOffice.Collections.Features.ImportAgencyContacts;

namespace BackOffice.Collections.Features.AgencyContacts;

/// <summary>The latest agency contacts, newest first, and the outcome of an import just made.</summary>
internal sealed record AgencyContactsPage(IReadOnlyList<ImportedAgencyContact> Latest, AgencyImportResult? Result);
