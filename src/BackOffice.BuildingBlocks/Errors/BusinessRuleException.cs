namespace BackOffice.BuildingBlocks.Errors;

/// <summary>A well-formed request that a business rule refuses (HTTP 422). The code is stable for clients.</summary>
public sealed class BusinessRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
