using BackOffice.Origination.Features.ApplicationsApi;

namespace BackOffice.Origination.Features.SubmitApplication;

/// <summary>The answer, and whether it is the stored first answer to an earlier request with the same key.</summary>
public sealed record SubmissionResult(ApplicationDto Application, bool Replayed);
