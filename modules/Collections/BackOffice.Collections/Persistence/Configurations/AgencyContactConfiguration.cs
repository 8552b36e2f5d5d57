using BackOffice.Collections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Collections.Persistence.Configurations;

internal sealed class AgencyContactConfiguration : IEntityTypeConfiguration<AgencyContact>
{
    public void Configure(EntityTypeBuilder<AgencyContact> agency)
    {
        agency.ToTable("AgencyContacts");
        agency.HasKey(a => a.Id);
        agency.Property(a => a.Id).ValueGeneratedNever();
        agency.Property(a => a.Agency).HasMaxLength(100);
        agency.Property(a => a.Reference).HasMaxLength(100);
        agency.Property(a => a.Method).HasConversion<string>().HasMaxLength(20);
        agency.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        agency.Property(a => a.Destination).HasMaxLength(400);
        agency.Property(a => a.ImportedBy).HasMaxLength(450);
        agency.Property(a => a.BreachedRules).HasMaxLength(400);
        agency.HasIndex(a => new { a.Agency, a.Reference }).IsUnique();
        agency.HasIndex(a => new { a.LoanId, a.At });
        agency.HasIndex(a => a.At);
    }
}
