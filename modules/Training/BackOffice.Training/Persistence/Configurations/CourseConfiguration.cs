using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Training.Persistence.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("Courses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.TitleZh).HasMaxLength(200);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);

        // A short list of channel names ("Letters,FieldVisit"): read by name, so a reordered enum changes nothing stored.
        builder.Property(c => c.AlsoCertifies)
            .HasConversion(
                channels => string.Join(',', channels),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<ContactChannel>).ToList(),
                new ValueComparer<IReadOnlyList<ContactChannel>>(
                    (a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, c) => HashCode.Combine(hash, c)), list => list.ToList()))
            .HasMaxLength(100);
        builder.OwnsOne(c => c.Rules);
        builder.HasMany(c => c.Versions).WithOne().HasForeignKey(v => v.CourseId);
        builder.Navigation(c => c.Versions).HasField("versions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Ignore(c => c.Current);
    }
}
