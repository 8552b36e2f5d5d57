using BackOffice.BuildingBlocks.DemoData;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Features.ConfirmContract;
using BackOffice.Origination.Features.DealerApplications;
using BackOffice.Origination.Features.SubmitApplication;
using Mediator;
using Microsoft.Extensions.Options;

namespace BackOffice.Origination.Features.DemoData;

/// <summary>
/// The demo dealer and three of its applications, so the underwriter's queue and the dealer's list are not
/// empty: approved (and its contract confirmed, so Servicing has a loan once the outbox delivers the booking),
/// referred, declined. Each goes through the module's own commands, as a dealer's would.
/// </summary>
internal sealed class OriginationDemoData(ISender sender, IOptions<DemoSeedOptions> options, TimeProvider clock) : IDemoData
{
    private const string Actor = "demo-seed";

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var code = options.Value.DealerCode;
        var existing = (await sender.Send(new DealersQuery(code), cancellationToken)).Items.FirstOrDefault(d => d.Code == code);
        var dealerId = existing?.Id
            ?? await sender.Send(new RegisterDealerCommand("Sunrise Motors", code, "partners@sunrise-motors.example", Actor), cancellationToken);
        await EnsureApplicationsAsync(dealerId, cancellationToken);
    }

    private async Task EnsureApplicationsAsync(Guid dealerId, CancellationToken cancellationToken)
    {
        if ((await sender.Send(new DealerApplicationsQuery(dealerId, null, 1), cancellationToken)).TotalCount > 0)
        {
            return;
        }

        (string Name, string Id, DateOnly Born, string Vin, decimal Income, int Term)[] applicants =
        [
            ("Li Na", "110101199003074477", new DateOnly(1990, 3, 7), "LFV2A21K3A3001234", 20_000m, 36),
            ("Zhang Wei", "440308199901011234", new DateOnly(1999, 1, 1), "LSVAU218XN2183294", 20_000m, 24),
            ("Chen Jie", "11010519491231002X", new DateOnly(1949, 12, 31), "LGBH52E01LY000001", 2_500m, 36),
        ];
        foreach (var (name, id, born, vin, income, term) in applicants)
        {
            var submitted = await sender.Send(
                new SubmitApplicationCommand(
                    new ApplicantRequest(name, IdType.ChineseResidentId, id, born, "13812345678", "1 Chang'an Avenue, Beijing", null),
                    new EmploymentRequest("Beijing Transit", EmploymentType.Employed, income, 2_000m),
                    new VehicleRequest(vin, "BYD", "Seal", clock.GetUtcNow().Year, 150_000m, VehicleCondition.New),
                    50_000m, 100_000m, term, "NEW-STD")
                { DealerId = dealerId, IdempotencyKey = "demo-" + id },
                cancellationToken);
            if (submitted.Application.Status == ApplicationStatus.Approved)
            {
                await sender.Send(new ConfirmContractCommand(dealerId, submitted.Application.Id), cancellationToken);
            }
        }
    }
}
