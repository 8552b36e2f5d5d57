using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.BuildingBlocks.Persistence;

public static class JsonColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Stores a read-only list in one JSON column: for lists read whole and never queried inside.</summary>
    public static PropertyBuilder<IReadOnlyList<T>> AsJson<T>(this PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
            list => JsonSerializer.Serialize(list, Json),
            json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>(),
            new ValueComparer<IReadOnlyList<T>>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
                list => list.ToList()));

    /// <summary>Stores an immutable value (a record replaced whole, never changed in place) in one JSON column.</summary>
    public static PropertyBuilder<T> AsJsonValue<T>(this PropertyBuilder<T> property)
        where T : class =>
        property.HasConversion(
            value => JsonSerializer.Serialize(value, Json),
            json => JsonSerializer.Deserialize<T>(json, Json)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                value => JsonSerializer.Serialize(value, Json).GetHashCode(StringComparison.Ordinal),
                value => value));
}
