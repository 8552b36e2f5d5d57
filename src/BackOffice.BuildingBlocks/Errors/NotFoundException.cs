namespace BackOffice.BuildingBlocks.Errors;

/// <summary>The record does not exist or is not the caller's to see; both answer 404 so nothing leaks.</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");
