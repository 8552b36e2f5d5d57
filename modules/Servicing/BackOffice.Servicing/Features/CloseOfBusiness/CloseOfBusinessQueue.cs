using System.Threading.Channels;

namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>Runs wait here, one at a time, so an operator's click never races the schedule.</summary>
internal sealed class CloseOfBusinessQueue
{
    private readonly Channel<CloseOfBusinessRequest> requests = Channel.CreateUnbounded<CloseOfBusinessRequest>();

    public ChannelReader<CloseOfBusinessRequest> Reader => requests.Reader;

    public void Enqueue(CloseOfBusinessRequest request) => requests.Writer.TryWrite(request);
}
