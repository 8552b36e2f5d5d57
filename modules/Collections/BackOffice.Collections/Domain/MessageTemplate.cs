namespace BackOffice.Collections.Domain;

/// <summary>An approved message, in English and Chinese; placeholders: {name}, {loan}, {amount}, {date}.</summary>
internal sealed record MessageTemplate(string Key, string English, string Chinese);
