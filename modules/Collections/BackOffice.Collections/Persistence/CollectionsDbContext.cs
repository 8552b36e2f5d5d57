using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Persistence;

public abstract class CollectionsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "collections";

    public override string ModuleSchema => Schema;

    public DbSet<CollectionAccount> Accounts => Set<CollectionAccount>();

    public DbSet<Debtor> Debtors => Set<Debtor>();

    public DbSet<Clearance> Clearances => Set<Clearance>();

    public DbSet<ContactAttempt> Attempts => Set<ContactAttempt>();

    public DbSet<PromiseToPay> Promises => Set<PromiseToPay>();

    public DbSet<SentMessage> SentMessages => Set<SentMessage>();

    public DbSet<FieldVisit> Visits => Set<FieldVisit>();

    public DbSet<CollectorRecord> CollectorRecords => Set<CollectorRecord>();

    public DbSet<AgencyContact> AgencyContacts => Set<AgencyContact>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        var account = modelBuilder.Entity<CollectionAccount>();
        account.ToTable("Accounts");
        account.HasKey(a => a.LoanId);
        account.Property(a => a.LoanId).ValueGeneratedNever();
        account.Property(a => a.LoanNumber).HasMaxLength(20);
        account.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        account.Property(a => a.Bucket).HasMaxLength(20);
        account.Property(a => a.CloseReason).HasMaxLength(100);
        account.HasIndex(a => new { a.Status, a.DaysPastDue });
        account.Property(a => a.Queue).HasMaxLength(40);
        account.Property(a => a.AssignedTo).HasMaxLength(450);
        account.Property(a => a.Version).IsConcurrencyToken();
        account.HasIndex(a => new { a.Status, a.Queue, a.Priority });
        account.HasIndex(a => new { a.AssignedTo, a.Status });

        var debtor = modelBuilder.Entity<Debtor>();
        debtor.ToTable("Debtors");
        debtor.HasKey(d => d.LoanId);
        debtor.Property(d => d.LoanId).ValueGeneratedNever();
        debtor.Property(d => d.Name).HasMaxLength(200);
        debtor.Property(d => d.TimeZone).HasMaxLength(64);
        debtor.Property(d => d.Choices).AsJsonValue();
        debtor.HasMany(d => d.Contacts).WithOne().HasForeignKey(c => c.LoanId);
        debtor.Navigation(d => d.Contacts).HasField("contacts").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        debtor.Ignore(d => d.AllDebtorNumbersInvalid);

        var contact = modelBuilder.Entity<ContactPoint>();
        contact.ToTable("ContactPoints");
        contact.HasKey(c => c.Id);
        contact.Property(c => c.Id).ValueGeneratedNever();
        contact.Property(c => c.Party).HasConversion<string>().HasMaxLength(20);
        contact.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        contact.Property(c => c.Name).HasMaxLength(200);
        contact.Property(c => c.Relationship).HasMaxLength(60);
        contact.Property(c => c.Value).HasMaxLength(400);

        var clearance = modelBuilder.Entity<Clearance>();
        clearance.ToTable("Clearances");
        clearance.HasKey(c => c.Id);
        clearance.Property(c => c.Id).ValueGeneratedNever();
        clearance.Property(c => c.CollectorId).HasMaxLength(450);
        clearance.Property(c => c.SecondCollectorId).HasMaxLength(450);
        clearance.Property(c => c.OverriddenBy).HasMaxLength(450);
        clearance.Property(c => c.OverrideReason).HasMaxLength(1000);
        clearance.Property(c => c.Party).HasConversion<string>().HasMaxLength(20);
        clearance.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
        clearance.Property(c => c.Destination).HasMaxLength(400);
        clearance.Property(c => c.Refusals).AsJson();
        clearance.HasIndex(c => new { c.LoanId, c.IssuedAt });
        clearance.Ignore(c => c.Allowed);

        var attempt = modelBuilder.Entity<ContactAttempt>();
        attempt.ToTable("ContactAttempts");
        attempt.HasKey(a => a.Id);
        attempt.Property(a => a.Id).ValueGeneratedNever();
        attempt.Property(a => a.CollectorId).HasMaxLength(450);
        attempt.Property(a => a.Party).HasConversion<string>().HasMaxLength(20);
        attempt.Property(a => a.Method).HasConversion<string>().HasMaxLength(20);
        attempt.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        attempt.Property(a => a.Destination).HasMaxLength(400);
        attempt.Property(a => a.Note).HasMaxLength(2000);

        // One contact per clearance, ever: the database refuses a second use even if two requests race.
        attempt.HasIndex(a => a.ClearanceId).IsUnique();
        attempt.HasIndex(a => new { a.LoanId, a.At });
        attempt.HasIndex(a => new { a.CollectorId, a.At });

        var promise = modelBuilder.Entity<PromiseToPay>();
        promise.ToTable("Promises");
        promise.HasKey(p => p.Id);
        promise.Property(p => p.Id).ValueGeneratedNever();
        promise.Property(p => p.CollectorId).HasMaxLength(450);
        promise.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        promise.HasIndex(p => new { p.LoanId, p.Status });
        promise.HasIndex(p => new { p.Status, p.DueOn });

        var message = modelBuilder.Entity<SentMessage>();
        message.ToTable("SentMessages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).ValueGeneratedNever();
        message.Property(m => m.Method).HasConversion<string>().HasMaxLength(20);
        message.Property(m => m.Destination).HasMaxLength(400);
        message.Property(m => m.Text).HasMaxLength(2000);
        message.HasIndex(m => new { m.LoanId, m.SentAt });

        var visit = modelBuilder.Entity<FieldVisit>();
        visit.ToTable("FieldVisits");
        visit.HasKey(v => v.Id);
        visit.Property(v => v.Id).ValueGeneratedNever();
        visit.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        visit.Property(v => v.RequestedBy).HasMaxLength(450);
        visit.Property(v => v.DecidedBy).HasMaxLength(450);
        visit.Property(v => v.Reason).HasMaxLength(1000);
        visit.Property(v => v.Outcome).HasMaxLength(40);
        visit.HasIndex(v => new { v.LoanId, v.Status });
        visit.HasIndex(v => v.Status);
        visit.Ignore(v => v.IsOpen);

        var agency = modelBuilder.Entity<AgencyContact>();
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

        var record = modelBuilder.Entity<CollectorRecord>();
        record.ToTable("CollectorRecords");
        record.HasKey(r => r.Id);
        record.Property(r => r.Id).ValueGeneratedNever();
        record.Property(r => r.CollectorId).HasMaxLength(450);
        record.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        record.Property(r => r.Reference).HasMaxLength(120);
        record.HasIndex(r => new { r.CollectorId, r.At });
        record.HasIndex(r => r.At);
    }
}
