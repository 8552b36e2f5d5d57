using BackOffice.Collections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Collections.Persistence.Configurations;

internal sealed class ContactPointConfiguration : IEntityTypeConfiguration<ContactPoint>
{
    public void Configure(EntityTypeBuilder<ContactPoint> contact)
    {
        contact.ToTable("ContactPoints");
        contact.HasKey(c => c.Id);
        contact.Property(c => c.Id).ValueGeneratedNever();
        contact.Property(c => c.Party).HasConversion<string>().HasMaxLength(20);
        contact.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        contact.Property(c => c.Name).HasMaxLength(200);
        contact.Property(c => c.Relationship).HasMaxLength(60);
        contact.Property(c => c.Value).HasMaxLength(400);
        contact.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        contact.Property(c => c.SourceSearch).HasMaxLength(200);
        contact.Property(c => c.SourceFoundBy).HasMaxLength(450);
        contact.Ignore(c => c.Origin);
    }
}
