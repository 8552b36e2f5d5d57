namespace BackOffice.Collections.Domain;

/// <summary>Waiting period after the notice of intent (section "Collections:Visits").</summary>
internal sealed class VisitOptions
{
    public const string SectionName = "Collections:Visits";

    public int NoticeDays { get; set; } = 7;
}
