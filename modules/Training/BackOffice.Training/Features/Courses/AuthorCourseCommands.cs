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
public sealed record CreateCourseCommand(
    string? Code, string? Title, string? TitleZh, ContactChannel? Channel, bool IsRemedial, int? QuestionsPerAttempt, int? PassMarkPercent,
    int? TimeLimitMinutes, int? CooldownHours, int? MaxAttempts, string? LessonsEn, string? LessonsZh, string? Questions, string By) : ICommand<Guid>;

/// <summary>The trainer decides the older versions no longer suffice: certificates earned on them end now.</summary>
public sealed record RequireCurrentVersionCommand(Guid CourseId, string By) : ICommand<int>;

/// <summary>A new version of the content; certificates earned on older versions stay valid.</summary>
public sealed record PublishCourseVersionCommand(Guid CourseId, string? LessonsEn, string? LessonsZh, string? Questions, string By) : ICommand<int>;

public sealed class CreateCourseValidator : AbstractValidator<CreateCourseCommand>
{
    public CreateCourseValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithMessage("Enter a code.").Matches("^[A-Za-z0-9-]{2,40}$").WithMessage("Use 2 to 40 letters, digits and dashes.");
        RuleFor(c => c.Title).NotEmpty().WithMessage("Enter a title.").MaximumLength(200);
        RuleFor(c => c.TitleZh).MaximumLength(200);
        RuleFor(c => c.Channel).NotNull().WithMessage("Choose the channel the course certifies.");
        RuleFor(c => c.QuestionsPerAttempt).NotNull().InclusiveBetween(1, 100).WithMessage("Between 1 and 100 questions per attempt.");
        RuleFor(c => c.PassMarkPercent).NotNull().InclusiveBetween(50, 100).WithMessage("A pass mark between 50 and 100 %.");
        RuleFor(c => c.TimeLimitMinutes).NotNull().InclusiveBetween(1, 600).WithMessage("A time limit between 1 and 600 minutes.");
        RuleFor(c => c.CooldownHours).NotNull().InclusiveBetween(0, 720).WithMessage("A cool-down between 0 and 720 hours.");
        RuleFor(c => c.MaxAttempts).NotNull().InclusiveBetween(1, 20).WithMessage("Between 1 and 20 attempts.");
    }
}

public sealed class AuthorCourseHandlers(TrainingDbContext db, IAuditTrail audit, TimeProvider clock)
    : ICommandHandler<CreateCourseCommand, Guid>, ICommandHandler<PublishCourseVersionCommand, int>, ICommandHandler<RequireCurrentVersionCommand, int>
{
    public async ValueTask<int> Handle(RequireCurrentVersionCommand command, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == command.CourseId, cancellationToken) ?? throw new NotFoundException("Course");
        var current = course.Current.Number;
        var now = clock.GetUtcNow();
        var outdated = await db.Certifications
            .Where(c => c.CourseId == course.Id && c.CourseVersion < current && c.Status != CertificationStatus.Expired)
            .ToListAsync(cancellationToken);
        foreach (var certification in outdated)
        {
            certification.EndNow(now);
            db.Publish(new CertificationExpiredIntegrationEvent(certification.Id, certification.StaffId, certification.Channel) { OccurredAt = now });
            var channel = Bilingual.Of(certification.Channel);
            db.Notices.Add(new Notice(certification.StaffId, new(
                $"{course.Title} version {current} is now required; pass it to be certified for {channel.En} again.",
                $"{course.Name.Chinese} 第 {current} 版现为必修;通过后才能重新获得{channel.Zh}资质。"), now));
        }

        await audit.RecordAsync(new AuditRecord("training.version-required", command.By, $"course:{course.Code}", $"version {current}; {outdated.Count} certifications ended"), cancellationToken);
        return outdated.Count;
    }

    public async ValueTask<Guid> Handle(CreateCourseCommand command, CancellationToken cancellationToken)
    {
        var code = command.Code!.Trim().ToUpperInvariant();
        if (await db.Courses.AnyAsync(c => c.Code == code, cancellationToken))
        {
            throw RequestValidationException.For(nameof(command.Code), "Another course has this code.");
        }

        var rules = new ExamRules(command.QuestionsPerAttempt!.Value, command.PassMarkPercent!.Value / 100m,
            TimeSpan.FromMinutes(command.TimeLimitMinutes!.Value), TimeSpan.FromHours(command.CooldownHours!.Value), command.MaxAttempts!.Value);
        var course = new Course(Guid.CreateVersion7(), code, new(command.Title!.Trim(), command.TitleZh?.Trim() ?? ""), command.Channel!.Value, command.IsRemedial, rules);
        Publish(course, command.LessonsEn, command.LessonsZh, command.Questions);
        db.Courses.Add(course);
        await audit.RecordAsync(new AuditRecord("training.course-created", command.By, $"course:{code}", $"{course.Channel}, {rules.QuestionsPerAttempt} questions, pass {rules.PassMark:P0}"), cancellationToken);
        return course.Id;
    }

    public async ValueTask<int> Handle(PublishCourseVersionCommand command, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == command.CourseId, cancellationToken) ?? throw new NotFoundException("Course");
        var version = Publish(course, command.LessonsEn, command.LessonsZh, command.Questions);
        await audit.RecordAsync(new AuditRecord("training.course-version-published", command.By, $"course:{course.Code}", $"version {version.Number}"), cancellationToken);
        return version.Number;
    }

    private CourseVersion Publish(Course course, string? lessonsEn, string? lessonsZh, string? questionsText)
    {
        var (lessons, lessonProblem) = CourseText.ParseLessons(lessonsEn, lessonsZh);
        var (questions, questionProblem) = CourseText.ParseQuestions(questionsText);
        var errors = new Dictionary<string, string[]>();
        if (lessonProblem is not null)
        {
            errors["LessonsEn"] = [lessonProblem];
        }

        if (questionProblem is not null)
        {
            errors["Questions"] = [questionProblem];
        }
        else if (questions.Count < course.Rules.QuestionsPerAttempt)
        {
            errors["Questions"] = [$"The bank has {questions.Count} questions; an attempt draws {course.Rules.QuestionsPerAttempt}."];
        }

        return errors.Count > 0 ? throw new RequestValidationException(errors) : course.Publish(lessons, questions, clock.GetUtcNow());
    }
}
