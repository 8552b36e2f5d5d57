using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BackOffice.Compliance.Contracts;
using BackOffice.Training.Contracts;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Training;

/// <summary>No valid certification, no collecting: from enrolment to the certification other modules ask about.</summary>
public sealed class TrainingJourneyTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task Trainer_creates_a_course_enrols_a_collector_who_passes_and_shows_as_certified_on_the_coverage_dashboard()
    {
        var collectorId = await StaffIdAsync(DemoStaff.Collector);
        Assert.False(await IsCertifiedAsync(collectorId, ContactChannel.Letters));

        var trainer = StaffClient.For(factory);
        await trainer.SignInAsync(DemoStaff.Trainer);
        var created = await trainer.SubmitAsync("/training/Courses/Create", "#course-form", new Dictionary<string, string>
        {
            ["Code"] = "LETTERS-CN", ["Title"] = "Letters that respect the borrower", ["Channel"] = "Letters",
            ["QuestionsPerAttempt"] = "2", ["PassMarkPercent"] = "85", ["TimeLimitMinutes"] = "10", ["CooldownHours"] = "24", ["MaxAttempts"] = "3",
            ["LessonsEn"] = "# Approved templates\nOnly approved templates, with the **rights notice**.",
            ["LessonsZh"] = "# 批准的模板\n只使用带有 **权利告知** 的批准模板。",
            ["Questions"] = "Q: May you write your own letter? | 可以自写信函吗?\n- Yes\n+ No\n"
                + "Q: Every letter carries… | 每封信必须包含…\n+ the rights notice\n- a threat\n"
                + "Q: Tell the employer? | 告知雇主?\n- Yes\n+ No",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var lessons = await trainer.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Equal("rights notice", lessons.QuerySelector(".lesson strong")!.TextContent);

        var courses = await trainer.GetPageAsync("/training/Courses");
        var enrol = await trainer.SubmitAsync(
            courses, "tr[data-course='LETTERS-CN'] form.enrol-person", new Dictionary<string, string> { ["staffId"] = collectorId });
        Assert.Equal(HttpStatusCode.Redirect, enrol.StatusCode);

        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var result = await PassAsync(collector, "LETTERS-CN");
        Assert.StartsWith("Passed", result.QuerySelector("#result")!.TextContent.Trim(), StringComparison.Ordinal);

        Assert.True(await IsCertifiedAsync(collectorId, ContactChannel.Letters));
        var coverage = await trainer.GetPageAsync("/training/Coverage");
        var cell = coverage.QuerySelector($"tr[data-person='{collectorId}'] td[data-channel='Letters']")!;
        Assert.StartsWith("Active", cell.TextContent.Trim(), StringComparison.Ordinal);
        var mine = await collector.GetPageAsync("/training");
        Assert.Contains("Active", mine.QuerySelector("#my-certifications")!.TextContent, StringComparison.Ordinal);

        foreach (var dispatcher in factory.Services.GetServices<BuildingBlocks.Outbox.IOutboxDispatcher>())
        {
            await dispatcher.DispatchPendingAsync(TestContext.Current.CancellationToken);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var trail = await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new AuditEntriesQuery("certification.granted"), TestContext.Current.CancellationToken);
        Assert.Contains(trail.Items, e => e.Actor == collectorId && e.Details!.StartsWith("Letters by LETTERS-CN v1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Passing_the_CN_conduct_course_certifies_the_letters_it_teaches_until_the_anniversary_on_Shanghai_time()
    {
        var careId = await StaffIdAsync(DemoStaff.Care);
        var trainer = StaffClient.For(factory);
        await trainer.SignInAsync(DemoStaff.Trainer);
        await EnrolAsync(trainer, "CONDUCT-CN", careId);
        var care = StaffClient.For(factory);
        await care.SignInAsync(DemoStaff.Care);

        await PassAsync(care, "CONDUCT-CN");

        Assert.True(await IsCertifiedAsync(careId, ContactChannel.PhoneAndSms));
        Assert.True(await IsCertifiedAsync(careId, ContactChannel.Letters));
        await using var scope = factory.Services.CreateAsyncScope();
        var held = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Certifications.AsNoTracking()
            .Where(c => c.StaffId == careId).ToListAsync(TestContext.Current.CancellationToken);
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        Assert.All(held, c => Assert.Equal(
            TimeZoneInfo.ConvertTime(c.GrantedAt, shanghai).DateTime.AddMonths(12), TimeZoneInfo.ConvertTime(c.ExpiresAt, shanghai).DateTime));
    }

    [Fact]
    public async Task An_upheld_complaint_suspends_the_channel_until_the_remedial_course_is_passed()
    {
        var managerId = await StaffIdAsync(DemoStaff.Manager);
        var trainer = StaffClient.For(factory);
        await trainer.SignInAsync(DemoStaff.Trainer);
        await EnrolAsync(trainer, "CONDUCT-CN", managerId);
        var manager = StaffClient.For(factory);
        await manager.SignInAsync(DemoStaff.Manager);
        await PassAsync(manager, "CONDUCT-CN");
        Assert.True(await IsCertifiedAsync(managerId, ContactChannel.PhoneAndSms));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(
                new ComplaintUpheldIntegrationEvent(Guid.NewGuid(), managerId, ComplaintChannel.PhoneAndSms, "Called at 23:10")
                {
                    OccurredAt = DateTimeOffset.UtcNow,
                },
                TestContext.Current.CancellationToken);
        }

        Assert.False(await IsCertifiedAsync(managerId, ContactChannel.PhoneAndSms));
        var home = await manager.GetPageAsync("/training");
        Assert.Contains("Communication and de-escalation (remedial)", home.QuerySelector("#my-courses")!.TextContent, StringComparison.Ordinal);

        await PassAsync(manager, "DEESCALATION-REMEDIAL");

        Assert.True(await IsCertifiedAsync(managerId, ContactChannel.PhoneAndSms));
    }

    [Fact]
    public async Task The_exam_page_never_carries_the_answers()
    {
        var trainerId = await StaffIdAsync(DemoStaff.Trainer);
        var trainer = StaffClient.For(factory);
        await trainer.SignInAsync(DemoStaff.Trainer);
        await EnrolAsync(trainer, "FIELD-VISITS", trainerId);

        var exam = await StartAsync(trainer, "FIELD-VISITS");
        var html = exam.DocumentElement.OuterHtml;

        Assert.Equal(4, exam.QuerySelectorAll("fieldset.question").Length);
        Assert.DoesNotContain("correct", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(exam.QuerySelectorAll("input[checked]"));
        Assert.All(exam.QuerySelectorAll("fieldset.question"), q =>
            Assert.Equal(
                Enumerable.Range(0, q.QuerySelectorAll("input").Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                q.QuerySelectorAll("input").Select(i => i.GetAttribute("value"))));
    }

    [Fact]
    public async Task A_course_with_a_malformed_question_bank_is_refused_with_the_reason_and_not_created()
    {
        var trainer = StaffClient.For(factory);
        await trainer.SignInAsync(DemoStaff.Trainer);

        var page = await trainer.FollowAsync(await trainer.SubmitAsync("/training/Courses/Create", "#course-form", new Dictionary<string, string>
        {
            ["Code"] = "BROKEN", ["Title"] = "Broken", ["Channel"] = "Letters", ["QuestionsPerAttempt"] = "2", ["PassMarkPercent"] = "85",
            ["TimeLimitMinutes"] = "10", ["CooldownHours"] = "24", ["MaxAttempts"] = "3",
            ["LessonsEn"] = "# One", ["LessonsZh"] = "# 一", ["Questions"] = "Q: No answer | 无答案\n- A\n- B",
        }));

        Assert.Contains("correct option", page.QuerySelector("[data-valmsg-for='Questions']")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Courses
            .AnyAsync(c => c.Code == "BROKEN", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_refused_course_form_comes_back_with_the_values_typed()
    {
        var trainer = StaffClient.For(factory);
        await trainer.SignInAsync(DemoStaff.Trainer);

        var page = await trainer.FollowAsync(await trainer.SubmitAsync("/training/Courses/Create", "#course-form", new Dictionary<string, string>
        {
            ["Code"] = "TYPED", ["Title"] = "Typed title", ["Channel"] = "FieldVisit", ["IsRemedial"] = "true", ["QuestionsPerAttempt"] = "7",
            ["PassMarkPercent"] = "90", ["TimeLimitMinutes"] = "15", ["CooldownHours"] = "12", ["MaxAttempts"] = "2",
            ["LessonsEn"] = "# One\nText", ["LessonsZh"] = "# 一\n文字", ["Questions"] = "Q: Only one? | 只有一个?\n+ Yes\n- No",
        }));

        Assert.Contains("an attempt draws 7", page.QuerySelector("[data-valmsg-for='Questions']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("TYPED", page.QuerySelector<IHtmlInputElement>("#Code")!.Value);
        Assert.Equal("7", page.QuerySelector<IHtmlInputElement>("#QuestionsPerAttempt")!.Value);
        Assert.Equal("FieldVisit", page.QuerySelector<IHtmlSelectElement>("#Channel")!.Value);
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[name='IsRemedial']")!.IsChecked);
        Assert.Equal("# One\nText", page.QuerySelector<IHtmlTextAreaElement>("#LessonsEn")!.Value);
    }

    /// <summary>
    /// A refused form travels back in the temp-data cookie; a long Chinese lesson would make it larger than a server
    /// accepts in a request's headers (32 KB), locking the trainer out of every page. The long text stays behind.
    /// </summary>
    [Fact]
    public async Task A_refused_course_form_with_a_long_chinese_lesson_comes_back_in_a_cookie_a_server_accepts()
    {
        var trainer = StaffClient.For(factory);
        await trainer.SignInAsync(DemoStaff.Trainer);

        var refused = await trainer.SubmitAsync("/training/Courses/Create", "#course-form", new Dictionary<string, string>
        {
            ["Code"] = "LONG-ZH", ["Title"] = "Long lesson", ["Channel"] = "PhoneAndSms", ["QuestionsPerAttempt"] = "7",
            ["PassMarkPercent"] = "90", ["TimeLimitMinutes"] = "15", ["CooldownHours"] = "12", ["MaxAttempts"] = "2",
            ["LessonsEn"] = "# One\nText", ["LessonsZh"] = "# 一\n" + new string('催', 4_000), ["Questions"] = "Q: Only one? | 只有一个?\n+ Yes\n- No",
        });

        var cookieBytes = refused.Headers.GetValues("Set-Cookie").Sum(c => c.Length);
        Assert.InRange(cookieBytes, 1, 16_000);
        var page = await trainer.FollowAsync(refused);
        Assert.Contains("an attempt draws 7", page.QuerySelector("[data-valmsg-for='Questions']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("LONG-ZH", page.QuerySelector<IHtmlInputElement>("#Code")!.Value);
    }

    [Fact]
    public async Task A_refused_exam_start_goes_back_to_the_course_lessons_with_the_reason()
    {
        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var courseId = await CourseIdAsync("CONDUCT-US");

        var started = await collector.SubmitAsync($"/training/Courses/Lessons/{courseId}", "form[action*='/Exams/Start']");

        Assert.Equal($"/training/Courses/Lessons/{courseId}", started.Headers.Location!.OriginalString);
        var lessons = await collector.FollowAsync(started);
        Assert.Equal("You are not enrolled on this course.", lessons.QuerySelector("#error-message")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_trainer_suspends_with_a_reason_and_reinstates_on_the_coverage_page()
    {
        var trainerId = await StaffIdAsync(DemoStaff.Trainer);
        var trainer = StaffClient.For(factory);
        await trainer.SignInAsync(DemoStaff.Trainer);
        await EnrolAsync(trainer, "HARDSHIP", trainerId);
        await PassAsync(trainer, "HARDSHIP");
        var cell = $"tr[data-person='{trainerId}'] td[data-channel='HardshipCare']";

        var refused = await trainer.FollowAsync(
            await trainer.SubmitAsync("/training/Coverage", $"{cell} form", new Dictionary<string, string> { ["reason"] = "" }));
        Assert.Contains("Say why", refused.QuerySelector("#error-message")!.TextContent, StringComparison.Ordinal);
        Assert.True(await IsCertifiedAsync(trainerId, ContactChannel.HardshipCare));

        await trainer.SubmitAsync(
            "/training/Coverage", $"{cell} form", new Dictionary<string, string> { ["reason"] = "Under review after a call recording" });
        Assert.False(await IsCertifiedAsync(trainerId, ContactChannel.HardshipCare));

        await trainer.SubmitAsync("/training/Coverage", $"{cell} form");
        Assert.True(await IsCertifiedAsync(trainerId, ContactChannel.HardshipCare));
    }

    [Fact]
    public async Task A_new_version_keeps_earlier_certificates_until_the_trainer_requires_it()
    {
        var managerId = await StaffIdAsync(DemoStaff.Manager);
        var trainer = StaffClient.For(factory);
        await trainer.SignInAsync(DemoStaff.Trainer);
        await EnrolAsync(trainer, "FIELD-VISITS", managerId);
        var manager = StaffClient.For(factory);
        await manager.SignInAsync(DemoStaff.Manager);
        await PassAsync(manager, "FIELD-VISITS");
        var courseId = await CourseIdAsync("FIELD-VISITS");

        var published = await trainer.SubmitAsync($"/training/Courses/NewVersion/{courseId}", "#version-form", new Dictionary<string, string>
        {
            ["LessonsEn"] = "# Two collectors\nAlways two.", ["LessonsZh"] = "# 两人\n始终两人。",
            ["Questions"] = "Q: How many? | 几人?\n- 1\n+ 2\nQ: Enter? | 进入?\n- Yes\n+ No\n"
                + "Q: Approve repossession? | 批准收车?\n- Collector\n+ Manager\nQ: Tell neighbours? | 告知邻居?\n- Yes\n+ No",
        });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.True(await IsCertifiedAsync(managerId, ContactChannel.FieldVisit));

        await trainer.SubmitAsync("/training/Courses", $"tr[data-course='FIELD-VISITS'] form.require-version");

        Assert.False(await IsCertifiedAsync(managerId, ContactChannel.FieldVisit));
    }

    private async Task EnrolAsync(StaffClient trainer, string course, string staffId)
    {
        var courses = await trainer.GetPageAsync("/training/Courses");
        var enrolled = await trainer.SubmitAsync(
            courses, $"tr[data-course='{course}'] form.enrol-person", new Dictionary<string, string> { ["staffId"] = staffId });
        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
    }

    private async Task<AngleSharp.Dom.IDocument> StartAsync(StaffClient staff, string courseCode)
    {
        var courseId = await CourseIdAsync(courseCode);
        var started = await staff.SubmitAsync($"/training/Courses/Lessons/{courseId}", "form[action*='/Exams/Start']");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return await staff.FollowAsync(started);
    }

    /// <summary>Takes the exam as someone who read the lessons: the right options for the questions drawn.</summary>
    private async Task<AngleSharp.Dom.IDocument> PassAsync(StaffClient staff, string courseCode)
    {
        var exam = await StartAsync(staff, courseCode);
        var form = exam.QuerySelector<IHtmlFormElement>("#exam")!;
        await using var scope = factory.Services.CreateAsyncScope();
        var course = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Courses.AsNoTracking()
            .SingleAsync(c => c.Code == courseCode, TestContext.Current.CancellationToken);
        var token = form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        var fields = new List<KeyValuePair<string, string>> { KeyValuePair.Create("__RequestVerificationToken", token) };
        foreach (var name in form.QuerySelectorAll("fieldset.question input").Select(i => i.GetAttribute("name")!).Distinct())
        {
            var question = course.Current.Questions.Single(q => q.Id == int.Parse(name[1..], System.Globalization.CultureInfo.InvariantCulture));
            fields.AddRange(question.Correct.Select(
                option => KeyValuePair.Create(name, option.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        var submitted = await staff.Http.PostAsync(
            form.GetAttribute("action"), new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        return await staff.FollowAsync(submitted);
    }

    private async Task<bool> IsCertifiedAsync(string staffId, ContactChannel channel)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new IsCollectorCertifiedQuery(staffId, channel, DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);
    }

    private async Task<Guid> CourseIdAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Courses
            .Where(c => c.Code == code).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<string> StaffIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Access.StaffUser>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }
}
