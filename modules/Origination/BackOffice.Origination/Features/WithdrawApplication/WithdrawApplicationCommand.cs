using BackOffice.Origination.Features.ApplicationsApi;
using BackOffice.Origination.Persistence;
using Mediator;

namespace BackOffice.Origination.Features.WithdrawApplication;

/// <summary>The dealer (or the applicant through the dealer) no longer wants the loan.</summary>
internal sealed record WithdrawApplicationCommand(Guid DealerId, Guid ApplicationId) : ICommand<ApplicationDto>;

internal sealed class WithdrawApplicationHandler(OriginationDbContext db, ApplicationPresenter presenter, TimeProvider clock)
    : ICommandHandler<WithdrawApplicationCommand, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(WithdrawApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await db.FindForDealerAsync(command.DealerId, command.ApplicationId, cancellationToken);
        application.Withdraw(clock.GetUtcNow());
        return presenter.ToDto(application);
    }
}
