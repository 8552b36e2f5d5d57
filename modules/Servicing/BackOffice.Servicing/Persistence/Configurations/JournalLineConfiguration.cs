using BackOffice.Servicing.Domain.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Servicing.Persistence.Configurations;

internal sealed class JournalLineConfiguration : IEntityTypeConfiguration<JournalLine>
{
    public void Configure(EntityTypeBuilder<JournalLine> builder)
    {
        builder.ToTable("JournalLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Account).HasMaxLength(20);
        builder.Property(l => l.Role).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(l => l.EntryId);
        builder.HasIndex(l => new { l.LoanId, l.Role });
        builder.Ignore(l => l.Net);
    }
}
