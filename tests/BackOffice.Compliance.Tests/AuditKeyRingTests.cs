using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Tests;

/// <summary>The audit key comes from configuration and is refused at start-up, with what to set, when it cannot seal.</summary>
public sealed class AuditKeyRingTests
{
    [Fact]
    public void No_key_is_refused_and_the_message_says_how_to_set_one()
    {
        var problem = AuditKeyRing.Problem(new AuditKeyOptions { ChainKeyId = "k1" });

        Assert.StartsWith("The audit trail has no key", problem, StringComparison.Ordinal);
        Assert.Contains("Audit__ChainKey", problem, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(31, "has 31 bytes, fewer than 32")]
    [InlineData(32, null)]
    public void A_key_has_at_least_32_bytes(int bytes, string? expected)
    {
        var problem = AuditKeyRing.Problem(new AuditKeyOptions { ChainKeyId = "k1", ChainKey = Convert.ToBase64String(new byte[bytes]) });

        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_key_that_is_not_base64_is_refused()
    {
        Assert.Contains("is not base64", AuditKeyRing.Problem(new AuditKeyOptions { ChainKeyId = "k1", ChainKey = "not base64!" }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_without_an_id_is_refused()
    {
        Assert.Contains("ChainKeyId is empty", AuditKeyRing.Problem(new AuditKeyOptions { ChainKey = Convert.ToBase64String(new byte[32]) }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_retired_key_is_checked_like_the_current_one()
    {
        var options = new AuditKeyOptions
        {
            ChainKeyId = "k2", ChainKey = Convert.ToBase64String(new byte[32]), RetiredKeys = { ["k1"] = Convert.ToBase64String(new byte[16]) },
        };

        Assert.Equal("Audit:RetiredKeys:k1 has 16 bytes, fewer than 32.", AuditKeyRing.Problem(options));
    }
}
