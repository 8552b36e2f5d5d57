using BackOffice.BuildingBlocks.Persistence;

namespace BackOffice.Servicing.Domain;

/// <summary>
/// A bank file uploaded for posting. It is kept between preview and posting so what is posted is exactly what
/// was previewed; its hash tells an agent when the same file comes again.
/// </summary>
internal sealed class PaymentImport : IVersioned
{
    private PaymentImport()
    {
    }

    public PaymentImport(string fileName, string sha256, string content, string uploadedBy, DateTimeOffset uploadedAt)
    {
        Id = Guid.CreateVersion7();
        FileName = fileName;
        Sha256 = sha256;
        Content = content;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public Guid Version { get; private set; }

    public string FileName { get; private set; } = "";

    public string Sha256 { get; private set; } = "";

    public string Content { get; private set; } = "";

    public string UploadedBy { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    public DateTimeOffset? PostedAt { get; private set; }

    public int Posted { get; private set; }

    public int Skipped { get; private set; }

    public void Record(int posted, int skipped, DateTimeOffset at)
    {
        Posted += posted;
        Skipped = skipped;
        PostedAt = at;
    }
}
