namespace BackOffice.Collections.Features.Home;

internal sealed record QueueCount(string Queue, int Open, int Unassigned);
