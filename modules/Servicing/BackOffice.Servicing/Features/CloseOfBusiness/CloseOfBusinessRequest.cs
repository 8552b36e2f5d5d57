namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>An operator's request to close business dates through <see cref="Through"/>.</summary>
internal sealed record CloseOfBusinessRequest(DateOnly Through, string By);
