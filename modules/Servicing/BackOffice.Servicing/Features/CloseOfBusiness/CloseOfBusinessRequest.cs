namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>A request to close business dates through <see cref="Through"/>, from an operator or the schedule.</summary>
internal sealed record CloseOfBusinessRequest(DateOnly Through, string By);
