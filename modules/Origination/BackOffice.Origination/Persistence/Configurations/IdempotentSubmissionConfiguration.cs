using BackOffice.Origination.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Origination.Persistence.Configurations;

internal sealed class IdempotentSubmissionConfiguration : IEntityTypeConfiguration<IdempotentSubmission>
{
    public void Configure(EntityTypeBuilder<IdempotentSubmission> builder)
    {
        builder.ToTable("IdempotentSubmissions");
        // The key is the dealer's: two dealers may use the same key without meeting.
        builder.HasKey(s => new { s.DealerId, s.Key });
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.RequestHash).HasMaxLength(64);
    }
}
