using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Origination.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Origination.Persistence.Configurations;

internal sealed class LoanApplicationConfiguration : IEntityTypeConfiguration<LoanApplication>
{
    public void Configure(EntityTypeBuilder<LoanApplication> builder)
    {
        builder.ToTable("LoanApplications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ProductCode).HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Tier).HasConversion<string>().HasMaxLength(2);
        builder.Property(a => a.AutomatedDecision).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.PolicyVersion).HasMaxLength(64);
        builder.Property(a => a.DecidedBy).HasMaxLength(256);
        builder.Property(a => a.DecisionNote).HasMaxLength(2000);
        builder.Property(a => a.RuleResults).AsJson();
        builder.Ignore(a => a.Product);
        builder.Ignore(a => a.IsOpen);

        builder.OwnsOne(a => a.Applicant, applicant =>
        {
            applicant.Property(p => p.FullName).HasMaxLength(200);
            applicant.Property(p => p.IdType).HasConversion<string>().HasMaxLength(30);
            applicant.Property(p => p.IdNumber).HasMaxLength(30);
            applicant.Property(p => p.Phone).HasMaxLength(20);
            applicant.Property(p => p.Address).HasMaxLength(500);
            applicant.Property(p => p.TimeZone).HasMaxLength(64);
            applicant.HasIndex(p => p.IdNumber);
        });
        builder.OwnsOne(a => a.Employment, employment =>
        {
            employment.Property(p => p.EmployerName).HasMaxLength(200);
            employment.Property(p => p.Type).HasConversion<string>().HasMaxLength(20);
        });
        builder.OwnsOne(a => a.Vehicle, vehicle =>
        {
            vehicle.Property(p => p.Vin).HasMaxLength(17);
            vehicle.Property(p => p.Make).HasMaxLength(100);
            vehicle.Property(p => p.Model).HasMaxLength(100);
            vehicle.Property(p => p.Condition).HasConversion<string>().HasMaxLength(10);
            vehicle.HasIndex(p => p.Vin);
        });
        builder.OwnsOne(a => a.Offer, offer => offer.Property(p => p.Method).HasConversion<string>().HasMaxLength(20));
        builder.Ignore(a => a.Alternative);
        builder.Property<decimal?>("AlternativeAmount");
        builder.Property<int?>("AlternativeTermMonths");

        builder.HasIndex(a => new { a.DealerId, a.SubmittedAt });
        builder.HasIndex(a => new { a.Status, a.SubmittedAt });
    }
}
