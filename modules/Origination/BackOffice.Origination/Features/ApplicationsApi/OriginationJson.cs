using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackOffice.Origination.Features.ApplicationsApi;

/// <summary>The JSON of the partner API, also used to store the first answer to an idempotent submission.</summary>
internal static class OriginationJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
