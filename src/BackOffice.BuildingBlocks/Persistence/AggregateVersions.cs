using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>
/// Renews the version of every aggregate changed in a save: the root itself, or a part of it (an owned value, an
/// installment, a clearance) found by following foreign keys up to the nearest <see cref="IVersioned"/> principal
/// that is tracked. A part whose aggregate was not loaded renews nothing: the handler loaded what it decided on.
/// </summary>
internal static class AggregateVersions
{
    private const string Version = nameof(IVersioned.Version);

    public static void Renew(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var entries = tracker.Entries().ToList();
        var changed = entries.Where(e => e.State is EntityState.Modified or EntityState.Added or EntityState.Deleted).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        Dictionary<(IEntityType, string), EntityEntry>? byKey = null;
        var renewed = new HashSet<EntityEntry>(ReferenceEqualityComparer.Instance);
        foreach (var entry in changed)
        {
            var root = entry;
            var seen = 0;
            while (root is not null && root.Entity is not IVersioned && seen++ < 8)
            {
                byKey ??= ByKey(entries);
                root = PrincipalOf(root, byKey);
            }

            if (root is { Entity: IVersioned, State: EntityState.Modified or EntityState.Unchanged } && renewed.Add(root))
            {
                var version = root.Property(Version);
                if (Equals(version.CurrentValue, version.OriginalValue))
                {
                    version.CurrentValue = Guid.NewGuid();
                }
            }
        }
    }

    /// <summary>
    /// Tracked entries by type and key. A replaced owned value (an application's new offer) is tracked twice under
    /// one key, the old one deleted and the new one added; either leads to the same owner, the live one is kept.
    /// </summary>
    private static Dictionary<(IEntityType, string), EntityEntry> ByKey(List<EntityEntry> entries) =>
        entries.GroupBy(e => (e.Metadata, KeyOf(e, e.Metadata.FindPrimaryKey()!.Properties)))
            .ToDictionary(g => g.Key, g => g.FirstOrDefault(e => e.State != EntityState.Deleted) ?? g.First());

    private static EntityEntry? PrincipalOf(EntityEntry dependent, Dictionary<(IEntityType, string), EntityEntry> byKey)
    {
        foreach (var foreignKey in dependent.Metadata.GetForeignKeys())
        {
            var key = KeyOf(dependent, foreignKey.Properties);
            if (byKey.TryGetValue((foreignKey.PrincipalEntityType, key), out var principal))
            {
                return principal;
            }
        }

        return null;
    }

    private static string KeyOf(EntityEntry entry, IReadOnlyList<IProperty> properties) =>
        string.Join('\u001f', properties.Select(p =>
        {
            var property = entry.Property(p.Name);
            return Convert.ToString(entry.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue, System.Globalization.CultureInfo.InvariantCulture);
        }));
}
