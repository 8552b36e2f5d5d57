namespace BackOffice.Compliance.Domain;

/// <summary>A report for a closed period, frozen with its hash.</summary>
internal sealed class FrozenReport
{
    private FrozenReport()
    {
    }

    public FrozenReport(RegulatorReport report, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        Pack = report.Pack;
        From = report.From;
        To = report.To;
        Json = report.ToJson();
        Sha256 = report.Hash();
        FrozenBy = by;
        FrozenAt = at;
    }

    public Guid Id { get; private set; }

    public string Pack { get; private set; } = "";

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string Json { get; private set; } = "";

    public string Sha256 { get; private set; } = "";

    public string FrozenBy { get; private set; } = "";

    public DateTimeOffset FrozenAt { get; private set; }
}
