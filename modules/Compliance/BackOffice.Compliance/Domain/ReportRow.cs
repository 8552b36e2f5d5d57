namespace BackOffice.Compliance.Domain;

internal sealed record ReportRow(string Section, string Measure, string Value);
