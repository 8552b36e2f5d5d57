using BackOffice.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Training.Persistence.Configurations;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.StaffId).HasMaxLength(450);
        builder.Property(n => n.Text).HasMaxLength(1000);
        builder.Property(n => n.TextZh).HasMaxLength(1000);
        builder.HasIndex(n => new { n.StaffId, n.CreatedAt });
    }
}
