using BackOffice.Servicing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Servicing.Persistence.Configurations;

internal sealed class RunLeaseConfiguration : IEntityTypeConfiguration<RunLease>
{
    public void Configure(EntityTypeBuilder<RunLease> builder)
    {
        builder.ToTable("RunLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(40);
        builder.Property(l => l.Holder).HasMaxLength(200);

        // The row exists from the start, so taking the lease is always one conditional update, never an insert race.
        builder.HasData(new RunLease(RunLease.CloseOfBusiness, "", DateTimeOffset.UnixEpoch));
    }
}
