namespace BackOffice.BuildingBlocks.Errors;

/// <summary>The request collided with another one in flight or with the record's current state (HTTP 409).</summary>
public sealed class ConflictException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
