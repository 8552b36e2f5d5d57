using BackOffice.Collections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Collections.Persistence.Configurations;

internal sealed class PromiseToPayConfiguration : IEntityTypeConfiguration<PromiseToPay>
{
    public void Configure(EntityTypeBuilder<PromiseToPay> promise)
    {
        promise.ToTable("Promises");
        promise.HasKey(p => p.Id);
        promise.Property(p => p.Id).ValueGeneratedNever();
        promise.Property(p => p.CollectorId).HasMaxLength(450);
        promise.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        promise.HasIndex(p => new { p.LoanId, p.Status });
        promise.HasIndex(p => new { p.Status, p.DueOn });
    }
}
