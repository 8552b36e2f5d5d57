namespace BackOffice.Collections.Features.Scorecards;

/// <summary>An outside agency's month, from its imported contact logs: contacts, and those that broke a conduct rule.</summary>
internal sealed record AgencyScore(string Agency, int Contacts, int Breaches, int NightContacts);
