using BackOffice.Servicing.Domain.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Servicing.Persistence.Configurations;

internal sealed class LedgerPeriodConfiguration : IEntityTypeConfiguration<LedgerPeriod>
{
    public void Configure(EntityTypeBuilder<LedgerPeriod> builder)
    {
        builder.ToTable("LedgerPeriods");

        // One row per closed month: two accountants closing the same month at once make one.
        builder.HasKey(p => p.Month);
        builder.Property(p => p.ClosedBy).HasMaxLength(450);
        builder.Ignore(p => p.LastDay);
    }
}
