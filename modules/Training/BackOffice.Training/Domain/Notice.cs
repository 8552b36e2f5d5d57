namespace BackOffice.Training.Domain;

/// <summary>An in-app notice to a member of staff (expiry warnings, remedial enrolments).</summary>
internal sealed class Notice
{
    private Notice()
    {
    }

    public Notice(string staffId, Bilingual text, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        StaffId = staffId;
        Text = text.En;
        TextZh = text.Zh;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public string StaffId { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>The notice in Chinese; empty on notices written before there was one.</summary>
    public string TextZh { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
}
