namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>
/// Another host took the close-of-business lease over while this one ran (this host was silent for the takeover
/// time: paused, cut off). The batch in flight is rolled back and the new holder resumes the run.
/// </summary>
internal sealed class LeaseLostException() : Exception("Another host took the close-of-business lease over; this host stops its run.");
