using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Features.Courses;
using BackOffice.Training.Features.Coverage;
using BackOffice.Training.Features.Exams;
using BackOffice.Training.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Training.Races;

/// <summary>
/// One sitting, one grade, one certificate: the same exam submitted or started many times at once (a double click,
/// two tabs), and a certification suspended or reinstated by several people at once.
/// </summary>
public sealed class ExamAndCertificationRaceTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const int Twenty = 20;

    [Fact]
    public async Task Twenty_concurrent_submissions_of_one_attempt_grade_it_once_and_grant_one_certification()
    {
        var staffId = await DemoStaff.IdOfAsync(factory.Services, DemoStaff.Trainer);
        var course = await EnrolledAsync("HARDSHIP", staffId);
        var attemptId = await SendAsync(new StartExamCommand(course.Id, staffId));
        var answers = await RightAnswersAsync(course, attemptId);

        var outcomes = await AtOnce.SendAsync(factory.Services, Twenty, _ => new SubmitExamCommand(attemptId, staffId, answers));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("already-submitted", o.RefusalCode));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var attempt = await db.ExamAttempts.AsNoTracking().SingleAsync(a => a.Id == attemptId, TestContext.Current.CancellationToken);
        Assert.True(attempt.Passed);
        Assert.Equal(1, await db.Certifications.CountAsync(c => c.StaffId == staffId && c.Channel == ContactChannel.HardshipCare,
            TestContext.Current.CancellationToken));
        var granted = (await db.OutboxMessages.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken))
            .Select(m => m.ToEvent()).OfType<CertificationGrantedIntegrationEvent>().Where(e => e.CollectorId == staffId && e.CourseCode == "HARDSHIP");
        Assert.Single(granted);
    }

    [Fact]
    public async Task Twenty_concurrent_starts_open_one_sitting_and_every_answer_names_it()
    {
        var staffId = await DemoStaff.IdOfAsync(factory.Services, DemoStaff.Care);
        var course = await EnrolledAsync("FIELD-VISITS", staffId);

        var outcomes = await AtOnce.SendAsync(factory.Services, Twenty, _ => new StartExamCommand(course.Id, staffId));

        Assert.All(outcomes, o => Assert.Null(o.Error));
        var sitting = await WithTrainingAsync(db => db.ExamAttempts.SingleAsync(
            a => a.CourseId == course.Id && a.StaffId == staffId, TestContext.Current.CancellationToken));
        Assert.All(outcomes, o => Assert.Equal(sitting.Id, o.Value));
    }

    [Fact]
    public async Task Twenty_concurrent_suspensions_suspend_once_and_twenty_reinstatements_reinstate_once()
    {
        var staffId = await DemoStaff.IdOfAsync(factory.Services, DemoStaff.Underwriter);
        var certificationId = await WithTrainingAsync(async db =>
        {
            var course = await db.Courses.FirstAsync(c => c.Code == "CONDUCT-US", TestContext.Current.CancellationToken);
            var certification = Certification.Grant(staffId, course, course.Channel, 1, DateTimeOffset.UtcNow.AddMinutes(-1), new BackOffice.Training.Domain.CertificationTerm(12, TimeZoneInfo.Utc));
            db.Certifications.Add(certification);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return certification.Id;
        });

        var suspensions = await AtOnce.SendAsync(
            factory.Services, Twenty, i => new SuspendCertificationCommand(certificationId, $"Call recording {i} under review", "trainer"));
        var reinstatements = await AtOnce.SendAsync(
            factory.Services, Twenty, _ => new ReinstateCertificationCommand(certificationId, "trainer"));

        Assert.Single(suspensions, o => o.Succeeded);
        Assert.All(suspensions.Where(o => !o.Succeeded), o => Assert.Equal("not-active", o.RefusalCode));
        Assert.Single(reinstatements, o => o.Succeeded);
        Assert.All(reinstatements.Where(o => !o.Succeeded), o => Assert.Equal("not-suspended", o.RefusalCode));
        var events = await WithTrainingAsync(async db => (await db.OutboxMessages.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken))
            .Select(m => m.ToEvent()).ToList());
        Assert.Single(events.OfType<CertificationSuspendedIntegrationEvent>(), e => e.CertificationId == certificationId);
        Assert.Single(events.OfType<CertificationReinstatedIntegrationEvent>(), e => e.CertificationId == certificationId);
        Assert.Equal(CertificationStatus.Active, (await WithTrainingAsync(db => db.Certifications.SingleAsync(
            c => c.Id == certificationId, TestContext.Current.CancellationToken))).Status);
    }

    private async Task<Course> EnrolledAsync(string courseCode, string staffId)
    {
        var course = await WithTrainingAsync(db => db.Courses.AsNoTracking().SingleAsync(c => c.Code == courseCode, TestContext.Current.CancellationToken));
        await SendAsync(new EnrolStaffCommand(course.Id, staffId, null, "trainer"));
        return course;
    }

    /// <summary>The right options for the questions drawn, as someone who read the lessons would answer.</summary>
    private async Task<IReadOnlyDictionary<int, IReadOnlyCollection<int>>> RightAnswersAsync(Course course, Guid attemptId)
    {
        var attempt = await WithTrainingAsync(db => db.ExamAttempts.AsNoTracking().SingleAsync(a => a.Id == attemptId, TestContext.Current.CancellationToken));
        return attempt.QuestionIds.ToDictionary(id => id, id => (IReadOnlyCollection<int>)[.. course.Current.Questions.Single(q => q.Id == id).Correct]);
    }

    private async Task<T> SendAsync<T>(Mediator.ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(command, TestContext.Current.CancellationToken);
    }

    private async Task<T> WithTrainingAsync<T>(Func<TrainingDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
    }
}
