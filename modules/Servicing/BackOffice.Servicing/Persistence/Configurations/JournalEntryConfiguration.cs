using BackOffice.Servicing.Domain.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Servicing.Persistence.Configurations;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("JournalEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Memo).HasMaxLength(400);
        builder.Property(e => e.PostedBy).HasMaxLength(450);

        // The trial balance and the export read by business date; a loan's ledger by loan.
        builder.HasIndex(e => e.BusinessDate);
        builder.HasIndex(e => new { e.LoanId, e.BusinessDate });
        builder.HasIndex(e => e.SourceId);
        builder.HasMany(e => e.Lines).WithOne().HasForeignKey(l => l.EntryId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(e => e.Lines).HasField("lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(e => e.Total);
    }
}
