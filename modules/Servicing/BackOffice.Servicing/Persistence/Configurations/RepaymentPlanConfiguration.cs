using BackOffice.Servicing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Servicing.Persistence.Configurations;

internal sealed class RepaymentPlanConfiguration : IEntityTypeConfiguration<RepaymentPlan>
{
    public void Configure(EntityTypeBuilder<RepaymentPlan> builder)
    {
        builder.ToTable("RepaymentPlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Reason).HasMaxLength(1000);
        builder.Property(p => p.Note).HasMaxLength(400);
        builder.Property(p => p.ProposedBy).HasMaxLength(450);
        builder.Property(p => p.DecidedBy).HasMaxLength(450);
        builder.HasIndex(p => new { p.LoanId, p.Status });
        builder.HasIndex(p => p.Status);
    }
}
