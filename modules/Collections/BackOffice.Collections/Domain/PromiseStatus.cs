namespace BackOffice.Collections.Domain;

internal enum PromiseStatus
{
    Open,
    Kept,
    Broken,
}
