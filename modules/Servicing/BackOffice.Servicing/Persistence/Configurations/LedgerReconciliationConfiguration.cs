using BackOffice.Servicing.Domain.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Servicing.Persistence.Configurations;

internal sealed class LedgerReconciliationConfiguration : IEntityTypeConfiguration<LedgerReconciliation>
{
    public void Configure(EntityTypeBuilder<LedgerReconciliation> builder)
    {
        builder.ToTable("LedgerReconciliations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Differences).HasMaxLength(8000);
        builder.HasIndex(r => r.CheckedAt);
        builder.Ignore(r => r.Balanced);
        builder.ComplexProperty(r => r.GeneralLedger);
    }
}
