using FluentValidation;
using Mediator;

// Each type below breaks one rule of a module's rooms on purpose (see ModuleRoomsTests).
namespace BackOffice.ArchitectureTests.Planted.Features
{
    public sealed record ShowThingQuery : IQuery<int>;

    /// <summary>A public validator, and a handler named for nothing it handles.</summary>
    public sealed class ShowThingValidator : AbstractValidator<ShowThingQuery>;

    internal sealed class Shows : IQueryHandler<ShowThingQuery, int>
    {
        public ValueTask<int> Handle(ShowThingQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(1);
    }

    /// <summary>A command that does not say it is one.</summary>
    internal sealed record ApproveThing : ICommand;
}

namespace BackOffice.ArchitectureTests.Planted.Domain
{
    /// <summary>The domain reaching up into a feature, inside a method body where reflection would not see it.</summary>
    internal static class ReachesIntoAFeature
    {
        public static object Make() => new Features.ShowThingQuery();
    }
}

namespace BackOffice.ArchitectureTests.Planted.Twins.First
{
    internal sealed class TwinNoticeHandler : INotificationHandler<TwinNotice>
    {
        public ValueTask Handle(TwinNotice notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    internal sealed record TwinNotice : INotification;
}

namespace BackOffice.ArchitectureTests.Planted.Twins.Second
{
    internal sealed class TwinNoticeHandler : INotificationHandler<First.TwinNotice>
    {
        public ValueTask Handle(First.TwinNotice notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
