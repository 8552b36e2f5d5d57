using BackOffice.Collections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Collections.Persistence.Configurations;

internal sealed class ContactAttemptConfiguration : IEntityTypeConfiguration<ContactAttempt>
{
    public void Configure(EntityTypeBuilder<ContactAttempt> attempt)
    {
        attempt.ToTable("ContactAttempts");
        attempt.HasKey(a => a.Id);
        attempt.Property(a => a.Id).ValueGeneratedNever();
        attempt.Property(a => a.CollectorId).HasMaxLength(450);
        attempt.Property(a => a.Party).HasConversion<string>().HasMaxLength(20);
        attempt.Property(a => a.Method).HasConversion<string>().HasMaxLength(20);
        attempt.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        attempt.Property(a => a.Destination).HasMaxLength(400);
        attempt.Property(a => a.Note).HasMaxLength(2000);

        // One contact per clearance, ever: the database refuses a second use even if two requests race.
        attempt.HasIndex(a => a.ClearanceId).IsUnique();
        attempt.HasIndex(a => new { a.LoanId, a.At });
        attempt.HasIndex(a => new { a.CollectorId, a.At });
    }
}
