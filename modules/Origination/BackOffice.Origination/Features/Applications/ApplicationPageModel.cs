namespace BackOffice.Origination.Features.Applications;

public sealed record ApplicationPageModel(ApplicationFile File, VerifyForm Verify, DecideForm Decide);
