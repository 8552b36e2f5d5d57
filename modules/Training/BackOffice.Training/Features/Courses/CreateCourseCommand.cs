using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Courses;

/// <summary>A trainer creates a course with its exam rules and publishes its first version.</summary>
internal sealed record CreateCourseCommand(
    string? Code, string? Title, string? TitleZh, ContactChannel? Channel, bool IsRemedial, int? QuestionsPerAttempt, int? PassMarkPercent,
    int? TimeLimitMinutes, int? CooldownHours, int? MaxAttempts, string? LessonsEn, string? LessonsZh, string? Questions, string By,
    IReadOnlyList<ContactChannel>? AlsoCertifies = null) : ICommand<Guid>;

internal sealed class CreateCourseValidator : AbstractValidator<CreateCourseCommand>
{
    public CreateCourseValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithMessage("Enter a code.")
            .Matches("^[A-Za-z0-9-]{2,40}$").WithMessage("Use 2 to 40 letters, digits and dashes.");
        RuleFor(c => c.Title).NotEmpty().WithMessage("Enter a title.").MaximumLength(200);
        RuleFor(c => c.TitleZh).MaximumLength(200);
        RuleFor(c => c.Channel).NotNull().WithMessage("Choose the channel the course certifies.");
        RuleForEach(c => c.AlsoCertifies).IsInEnum().WithMessage("Choose channels from the list.");
        RuleFor(c => c.QuestionsPerAttempt).NotNull().InclusiveBetween(1, 100).WithMessage("Between 1 and 100 questions per attempt.");
        RuleFor(c => c.PassMarkPercent).NotNull().InclusiveBetween(50, 100).WithMessage("A pass mark between 50 and 100 %.");
        RuleFor(c => c.TimeLimitMinutes).NotNull().InclusiveBetween(1, 600).WithMessage("A time limit between 1 and 600 minutes.");
        RuleFor(c => c.CooldownHours).NotNull().InclusiveBetween(0, 720).WithMessage("A cool-down between 0 and 720 hours.");
        RuleFor(c => c.MaxAttempts).NotNull().InclusiveBetween(1, 20).WithMessage("Between 1 and 20 attempts.");
    }
}

internal sealed class CreateCourseHandler(TrainingDbContext db, TimeProvider clock) : ICommandHandler<CreateCourseCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateCourseCommand command, CancellationToken cancellationToken)
    {
        var code = command.Code!.Trim().ToUpperInvariant();
        if (await db.Courses.AnyAsync(c => c.Code == code, cancellationToken))
        {
            throw RequestValidationException.For(nameof(command.Code), "Another course has this code.");
        }

        var rules = new ExamRules(command.QuestionsPerAttempt!.Value, command.PassMarkPercent!.Value / 100m,
            TimeSpan.FromMinutes(command.TimeLimitMinutes!.Value), TimeSpan.FromHours(command.CooldownHours!.Value), command.MaxAttempts!.Value);
        var title = new Bilingual(command.Title!.Trim(), command.TitleZh?.Trim() ?? "");
        var course = new Course(Guid.CreateVersion7(), code, title, command.Channel!.Value, command.IsRemedial, rules, command.AlsoCertifies);
        CourseContent.Publish(course, command.LessonsEn, command.LessonsZh, command.Questions, clock.GetUtcNow());
        db.Courses.Add(course);
        var details = $"{string.Join("+", course.Certifies)}, {rules.QuestionsPerAttempt} questions, pass {rules.PassMark:P0}";
        db.Audit(new AuditRecord(TrainingAuditActions.CourseCreated, command.By, $"course:{code}", details), clock.GetUtcNow());
        return course.Id;
    }
}
