using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using Markdig;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.MyTraining;

public sealed record MyTrainingQuery(string StaffId) : IQuery<MyTrainingView>;

public sealed record MyCourse(Guid CourseId, string Code, Bilingual Title, ContactChannel Channel, bool Completed, string Reason);

public sealed record MyCertification(Guid Id, ContactChannel Channel, CertificationStatus Status, DateTimeOffset ExpiresAt, string? SuspensionReason);

public sealed record MyTrainingView(IReadOnlyList<MyCourse> Courses, IReadOnlyList<MyCertification> Certifications, IReadOnlyList<Notice> Notices);

/// <summary>A course's lessons, rendered from Markdown with raw HTML disabled, so authors can link but not script.</summary>
public sealed record CourseLessonsQuery(Guid CourseId) : IQuery<CourseLessonsView>;

public sealed record LessonView(string TitleEn, string TitleZh, string HtmlEn, string HtmlZh);

public sealed record CourseLessonsView(Guid Id, string Code, Bilingual Title, ContactChannel Channel, int Version, ExamRules Rules, IReadOnlyList<LessonView> Lessons);

/// <summary>Who holds which channel, who expires soon, and how courses are going.</summary>
public sealed record CoverageQuery : IQuery<CoverageView>;

public sealed record CoverageRow(string StaffId, string StaffName, IReadOnlyDictionary<ContactChannel, MyCertification> Certifications);

public sealed record CourseStats(string Code, Bilingual Title, int Enrolled, int Completed, int Attempts, int Passed);

public sealed record CoverageView(IReadOnlyList<CoverageRow> People, int ExpiringIn30Days, int ExpiringIn60Days, IReadOnlyList<CourseStats> Courses, IReadOnlyDictionary<ContactChannel, int> CertifiedByChannel);

public sealed class TrainingQueries(TrainingDbContext db, TimeProvider clock)
    : IQueryHandler<MyTrainingQuery, MyTrainingView>, IQueryHandler<CourseLessonsQuery, CourseLessonsView>, IQueryHandler<CoverageQuery, CoverageView>
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().Build();

    public async ValueTask<MyTrainingView> Handle(MyTrainingQuery query, CancellationToken cancellationToken)
    {
        var courses = await (from e in db.Enrolments.AsNoTracking()
                             join c in db.Courses.AsNoTracking() on e.CourseId equals c.Id
                             where e.StaffId == query.StaffId
                             orderby e.EnrolledAt descending
                             select new MyCourse(c.Id, c.Code, new Bilingual(c.Title, c.TitleZh), c.Channel, e.CompletedAt != null, e.Reason)).ToListAsync(cancellationToken);
        var certifications = await db.Certifications.AsNoTracking().Where(c => c.StaffId == query.StaffId)
            .Select(c => new MyCertification(c.Id, c.Channel, c.Status, c.ExpiresAt, c.SuspensionReason)).ToListAsync(cancellationToken);
        var notices = await db.Notices.AsNoTracking().Where(n => n.StaffId == query.StaffId).OrderByDescending(n => n.CreatedAt).Take(20).ToListAsync(cancellationToken);
        return new MyTrainingView(courses, certifications, notices);
    }

    public async ValueTask<CourseLessonsView> Handle(CourseLessonsQuery query, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.CourseId, cancellationToken) ?? throw new NotFoundException("Course");
        var version = course.Current;
        return new CourseLessonsView(course.Id, course.Code, course.Name, course.Channel, version.Number, course.Rules,
            [.. version.Lessons.Select(l => new LessonView(l.TitleEn, l.TitleZh, Markdig.Markdown.ToHtml(l.BodyEn, Markdown), Markdig.Markdown.ToHtml(l.BodyZh, Markdown)))]);
    }

    public async ValueTask<CoverageView> Handle(CoverageQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var certifications = await db.Certifications.AsNoTracking().ToListAsync(cancellationToken);
        var names = await db.Enrolments.AsNoTracking().GroupBy(e => e.StaffId).Select(g => new { g.Key, Name = g.Max(e => e.StaffName) }).ToDictionaryAsync(x => x.Key, x => x.Name, cancellationToken);
        var people = certifications.GroupBy(c => c.StaffId).Select(g => g.Key).Union(names.Keys).Order()
            .Select(id => new CoverageRow(id, names.GetValueOrDefault(id) ?? id,
                certifications.Where(c => c.StaffId == id).ToDictionary(c => c.Channel, c => new MyCertification(c.Id, c.Channel, c.Status, c.ExpiresAt, c.SuspensionReason))))
            .ToList();
        var active = certifications.Where(c => c.IsValidAt(now)).ToList();
        var stats = await db.Courses.AsNoTracking().Select(c => new CourseStats(
            c.Code, new Bilingual(c.Title, c.TitleZh),
            db.Enrolments.Count(e => e.CourseId == c.Id),
            db.Enrolments.Count(e => e.CourseId == c.Id && e.CompletedAt != null),
            db.ExamAttempts.Count(a => a.CourseId == c.Id && a.SubmittedAt != null),
            db.ExamAttempts.Count(a => a.CourseId == c.Id && a.Passed))).ToListAsync(cancellationToken);
        return new CoverageView(people,
            active.Count(c => c.ExpiresAt <= now.AddDays(30)),
            active.Count(c => c.ExpiresAt <= now.AddDays(60)),
            stats,
            Enum.GetValues<ContactChannel>().ToDictionary(ch => ch, ch => active.Count(c => c.Channel == ch)));
    }
}
