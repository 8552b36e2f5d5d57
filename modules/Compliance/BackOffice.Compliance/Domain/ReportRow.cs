namespace BackOffice.Compliance.Domain;

public sealed record ReportRow(string Section, string Measure, string Value);
