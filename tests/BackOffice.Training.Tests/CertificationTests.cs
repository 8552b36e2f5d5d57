using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Domain;

namespace BackOffice.Training.Tests;

public sealed class CertificationTests
{
    private static readonly DateTimeOffset Now = ExamAttemptTests.Now;
    private static readonly TimeSpan Year = new TrainingPolicy { PolicyPack = "CN" }.Validity;

    [Fact]
    public void The_CN_pack_certifies_for_a_year_and_the_US_pack_for_two()
    {
        Assert.InRange(new TrainingPolicy { PolicyPack = "CN" }.Validity.TotalDays, 365, 366);
        Assert.InRange(new TrainingPolicy { PolicyPack = "US" }.Validity.TotalDays, 730, 731);
        Assert.InRange(new TrainingPolicy { PolicyPack = "US", CertificationValidityMonths = 6 }.Validity.TotalDays, 182, 183);
    }

    [Fact]
    public void A_certification_is_valid_from_its_grant_up_to_but_not_at_its_expiry()
    {
        var certification = Certification.Grant("c1", ExamAttemptTests.Course(), 1, Now, Year);

        Assert.False(certification.IsValidAt(Now.AddTicks(-1)));
        Assert.True(certification.IsValidAt(Now));
        Assert.True(certification.IsValidAt(certification.ExpiresAt.AddTicks(-1)));
        Assert.False(certification.IsValidAt(certification.ExpiresAt));
    }

    [Fact]
    public void Expiry_happens_exactly_at_the_expiry_moment()
    {
        var certification = Certification.Grant("c1", ExamAttemptTests.Course(), 1, Now, Year);

        Assert.False(certification.ExpireIfDue(certification.ExpiresAt.AddTicks(-1)));
        Assert.True(certification.ExpireIfDue(certification.ExpiresAt));
        Assert.Equal(CertificationStatus.Expired, certification.Status);
        Assert.False(certification.ExpireIfDue(certification.ExpiresAt.AddDays(1)));
    }

    [Fact]
    public void Renewing_before_expiry_extends_from_the_old_expiry_and_after_expiry_from_now()
    {
        var early = Certification.Grant("c1", ExamAttemptTests.Course(), 1, Now, Year);
        var oldExpiry = early.ExpiresAt;
        early.Renew(2, oldExpiry.AddDays(-10), Year);
        Assert.Equal(oldExpiry + Year, early.ExpiresAt);
        Assert.Equal(2, early.CourseVersion);

        var late = Certification.Grant("c2", ExamAttemptTests.Course(), 1, Now, Year);
        late.ExpireIfDue(late.ExpiresAt);
        var renewedAt = late.ExpiresAt.AddDays(3);
        late.Renew(1, renewedAt, Year);
        Assert.Equal(CertificationStatus.Active, late.Status);
        Assert.Equal(renewedAt + Year, late.ExpiresAt);
    }

    [Fact]
    public void The_warning_comes_once_when_thirty_days_remain()
    {
        var certification = Certification.Grant("c1", ExamAttemptTests.Course(), 1, Now, Year);
        var ahead = TimeSpan.FromDays(30);

        Assert.False(certification.IsDueForWarning(certification.ExpiresAt - ahead - TimeSpan.FromTicks(1), ahead));
        Assert.True(certification.IsDueForWarning(certification.ExpiresAt - ahead, ahead));
        certification.MarkWarned();
        Assert.False(certification.IsDueForWarning(certification.ExpiresAt.AddDays(-1), ahead));
    }

    [Fact]
    public void A_suspended_certification_is_not_valid_until_reinstated()
    {
        var certification = Certification.Grant("c1", ExamAttemptTests.Course(), 1, Now, Year);
        certification.Suspend("complaint upheld");

        Assert.False(certification.IsValidAt(Now.AddDays(1)));
        Assert.Equal("not-active", Assert.Throws<BusinessRuleException>(() => certification.Suspend("again")).Code);
        certification.Reinstate(Now.AddDays(2));
        Assert.True(certification.IsValidAt(Now.AddDays(2)));
    }

    [Fact]
    public void Reinstating_after_the_expiry_date_leaves_it_expired()
    {
        var certification = Certification.Grant("c1", ExamAttemptTests.Course(), 1, Now, Year);
        certification.Suspend("complaint upheld");

        certification.Reinstate(certification.ExpiresAt.AddDays(1));

        Assert.Equal(CertificationStatus.Expired, certification.Status);
    }
}
