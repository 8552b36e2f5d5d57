using BackOffice.Compliance.Persistence;
using FluentValidation;
using Mediator;

namespace BackOffice.Compliance.Features.Complaints;

internal sealed record AddCaseNoteCommand(Guid ComplaintId, string? Text, string By) : ICommand;

internal sealed class AddCaseNoteValidator : AbstractValidator<AddCaseNoteCommand>
{
    public AddCaseNoteValidator() => RuleFor(c => c.Text).NotEmpty().WithMessage("Write the note or describe the evidence.");
}

internal sealed class AddCaseNoteHandler(ComplianceDbContext db, TimeProvider clock) : ICommandHandler<AddCaseNoteCommand>
{
    public async ValueTask<Unit> Handle(AddCaseNoteCommand command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.RequireAsync(command.ComplaintId, cancellationToken);
        complaint.AddNote(command.By, command.Text!.Trim(), clock.GetUtcNow());
        return Unit.Value;
    }
}
