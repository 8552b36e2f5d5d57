namespace BackOffice.Collections.Domain;

public enum PromiseStatus
{
    Open,
    Kept,
    Broken,
}
