using BackOffice.BuildingBlocks.Errors;
using BackOffice.Compliance.Persistence;
using Mediator;

namespace BackOffice.Compliance.Features.Complaints;

internal sealed record AddCaseNoteCommand(Guid ComplaintId, string? Text, string By) : ICommand;

internal sealed class AddCaseNoteHandler(ComplianceDbContext db, TimeProvider clock) : ICommandHandler<AddCaseNoteCommand>
{
    public async ValueTask<Unit> Handle(AddCaseNoteCommand command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Text))
        {
            throw RequestValidationException.For("Text", "Write the note or describe the evidence.");
        }

        (await db.Complaints.RequireAsync(command.ComplaintId, cancellationToken)).AddNote(command.By, command.Text.Trim(), clock.GetUtcNow());
        return Unit.Value;
    }
}
