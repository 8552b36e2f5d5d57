namespace BackOffice.Origination.Features.Applications;

internal sealed record ApplicationPageModel(ApplicationFile File, VerifyForm Verify, DecideForm Decide);
