using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;

namespace BackOffice.Training.Tests;

public sealed class CertificationTests
{
    private static readonly DateTimeOffset Now = ExamAttemptTests.Now;
    private static readonly CertificationTerm Year = new TrainingPolicy { PolicyPack = "CN" }.TermFor(ContactChannel.PhoneAndSms);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void The_CN_pack_certifies_for_twelve_months_on_Shanghai_time_and_the_US_pack_for_twenty_four_on_New_York_time()
    {
        Assert.Equal(new CertificationTerm(12, Shanghai), new TrainingPolicy { PolicyPack = "CN" }.TermFor(ContactChannel.PhoneAndSms));
        Assert.Equal(new CertificationTerm(24, NewYork), new TrainingPolicy { PolicyPack = "US" }.TermFor(ContactChannel.Letters));
        Assert.Equal(6, new TrainingPolicy { PolicyPack = "US", CertificationValidityMonths = 6 }.TermFor(ContactChannel.Letters).Months);
    }

    [Fact]
    public void A_channel_may_have_its_own_period()
    {
        var policy = new TrainingPolicy { ChannelValidityMonths = { [ContactChannel.FieldVisit] = 6 } };

        Assert.Equal(6, policy.TermFor(ContactChannel.FieldVisit).Months);
        Assert.Equal(12, policy.TermFor(ContactChannel.PhoneAndSms).Months);
    }

    [Fact]
    public void A_certification_for_two_years_ends_on_its_anniversary_not_half_a_day_before()
    {
        // 10:00 on 15 March 2026 in Shanghai; 24 calendar months later is 10:00 on 15 March 2028 (across the 2028 leap day).
        var granted = new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.FromHours(8));

        var end = new CertificationTerm(24, Shanghai).EndFrom(granted);

        Assert.Equal(new DateTimeOffset(2028, 3, 15, 10, 0, 0, TimeSpan.FromHours(8)), end);
    }

    [Fact]
    public void A_certification_granted_on_a_leap_day_ends_on_the_last_day_of_February_and_after_four_years_on_the_leap_day()
    {
        var granted = new DateTimeOffset(2024, 2, 29, 9, 0, 0, TimeSpan.FromHours(8));

        Assert.Equal(new DateTimeOffset(2025, 2, 28, 9, 0, 0, TimeSpan.FromHours(8)), new CertificationTerm(12, Shanghai).EndFrom(granted));
        Assert.Equal(new DateTimeOffset(2028, 2, 29, 9, 0, 0, TimeSpan.FromHours(8)), new CertificationTerm(48, Shanghai).EndFrom(granted));
    }

    [Fact]
    public void The_anniversary_is_counted_on_the_packs_calendar_not_on_UTC()
    {
        // 20:00 UTC on 30 January is 04:00 on 31 January in Shanghai: one month later is 28 February, 04:00 Shanghai —
        // counted in UTC it would have been 28 February 20:00 UTC, sixteen hours late.
        var granted = new DateTimeOffset(2026, 1, 30, 20, 0, 0, TimeSpan.Zero);

        var end = new CertificationTerm(1, Shanghai).EndFrom(granted);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 4, 0, 0, TimeSpan.FromHours(8)), end);
    }

    [Fact]
    public void An_anniversary_that_falls_in_the_spring_forward_gap_ends_when_the_clocks_resume()
    {
        // 02:30 on 14 March 2027 does not exist in New York (clocks jump from 02:00 to 03:00).
        var granted = new DateTimeOffset(2026, 3, 14, 2, 30, 0, TimeSpan.FromHours(-4));

        var end = new CertificationTerm(12, NewYork).EndFrom(granted);

        Assert.Equal(new DateTimeOffset(2027, 3, 14, 3, 0, 0, TimeSpan.FromHours(-4)), end);
    }

    [Fact]
    public void A_course_certifies_its_channel_and_the_channels_it_also_teaches()
    {
        var course = new Course(Guid.NewGuid(), "CONDUCT-CN", new Bilingual("Conduct", "行为规范"), ContactChannel.PhoneAndSms, isRemedial: false,
            ExamAttemptTests.Course().Rules, [ContactChannel.Letters, ContactChannel.PhoneAndSms, ContactChannel.Letters]);

        Assert.Equal([ContactChannel.PhoneAndSms, ContactChannel.Letters], course.Certifies);
    }

    [Fact]
    public void A_certification_is_valid_from_its_grant_up_to_but_not_at_its_expiry()
    {
        var certification = Certification.Grant("c1", ExamAttemptTests.Course(), ContactChannel.PhoneAndSms, 1, Now, Year);

        Assert.False(certification.IsValidAt(Now.AddTicks(-1)));
        Assert.True(certification.IsValidAt(Now));
        Assert.True(certification.IsValidAt(certification.ExpiresAt.AddTicks(-1)));
        Assert.False(certification.IsValidAt(certification.ExpiresAt));
    }

    [Fact]
    public void Expiry_happens_exactly_at_the_expiry_moment()
    {
        var certification = Certification.Grant("c1", ExamAttemptTests.Course(), ContactChannel.PhoneAndSms, 1, Now, Year);

        Assert.False(certification.ExpireIfDue(certification.ExpiresAt.AddTicks(-1)));
        Assert.True(certification.ExpireIfDue(certification.ExpiresAt));
        Assert.Equal(CertificationStatus.Expired, certification.Status);
        Assert.False(certification.ExpireIfDue(certification.ExpiresAt.AddDays(1)));
    }

    [Fact]
    public void Renewing_before_expiry_extends_from_the_old_expiry_and_after_expiry_from_now()
    {
        var early = Certification.Grant("c1", ExamAttemptTests.Course(), ContactChannel.PhoneAndSms, 1, Now, Year);
        var oldExpiry = early.ExpiresAt;
        early.Renew(2, oldExpiry.AddDays(-10), Year);
        Assert.Equal(Year.EndFrom(oldExpiry), early.ExpiresAt);
        Assert.Equal(2, early.CourseVersion);

        var late = Certification.Grant("c2", ExamAttemptTests.Course(), ContactChannel.PhoneAndSms, 1, Now, Year);
        late.ExpireIfDue(late.ExpiresAt);
        var renewedAt = late.ExpiresAt.AddDays(3);
        late.Renew(1, renewedAt, Year);
        Assert.Equal(CertificationStatus.Active, late.Status);
        Assert.Equal(Year.EndFrom(renewedAt), late.ExpiresAt);
    }

    [Fact]
    public void The_warning_comes_once_when_thirty_days_remain()
    {
        var certification = Certification.Grant("c1", ExamAttemptTests.Course(), ContactChannel.PhoneAndSms, 1, Now, Year);
        var ahead = TimeSpan.FromDays(30);

        Assert.False(certification.IsDueForWarning(certification.ExpiresAt - ahead - TimeSpan.FromTicks(1), ahead));
        Assert.True(certification.IsDueForWarning(certification.ExpiresAt - ahead, ahead));
        certification.MarkWarned();
        Assert.False(certification.IsDueForWarning(certification.ExpiresAt.AddDays(-1), ahead));
    }

    [Fact]
    public void A_suspended_certification_is_not_valid_until_reinstated()
    {
        var certification = Certification.Grant("c1", ExamAttemptTests.Course(), ContactChannel.PhoneAndSms, 1, Now, Year);
        certification.Suspend("complaint upheld");

        Assert.False(certification.IsValidAt(Now.AddDays(1)));
        Assert.Equal("not-active", Assert.Throws<BusinessRuleException>(() => certification.Suspend("again")).Code);
        certification.Reinstate(Now.AddDays(2));
        Assert.True(certification.IsValidAt(Now.AddDays(2)));
    }

    [Fact]
    public void Reinstating_after_the_expiry_date_leaves_it_expired()
    {
        var certification = Certification.Grant("c1", ExamAttemptTests.Course(), ContactChannel.PhoneAndSms, 1, Now, Year);
        certification.Suspend("complaint upheld");

        certification.Reinstate(certification.ExpiresAt.AddDays(1));

        Assert.Equal(CertificationStatus.Expired, certification.Status);
    }
}
