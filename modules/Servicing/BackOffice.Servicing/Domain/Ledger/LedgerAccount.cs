namespace BackOffice.Servicing.Domain.Ledger;

/// <summary>An account of the chart: its code in the general ledger and its name.</summary>
internal sealed class LedgerAccount
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
}
