using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Home;

/// <summary>Finds loans by loan number, borrower name, phone, VIN or national id.</summary>
internal sealed record LoanSearchQuery(string? Search, LoanStatus? Status, int Page = 1) : IQuery<PagedResult<LoanRow>>;

internal sealed class LoanSearchHandler(ServicingDbContext db) : IQueryHandler<LoanSearchQuery, PagedResult<LoanRow>>
{
    public async ValueTask<PagedResult<LoanRow>> Handle(LoanSearchQuery query, CancellationToken cancellationToken)
    {
        var loans = db.Loans.AsNoTracking();
        if (query.Status is { } status)
        {
            loans = loans.Where(l => l.Status == status);
        }

        if (query.Search?.Trim() is { Length: > 0 } search)
        {
            var upper = search.ToUpperInvariant();
            var digits = new string([.. search.Where(char.IsDigit)]);

            // A phone prefix needs digits: a VIN or a name with one digit or none would otherwise match every "+…" number.
            var phone = digits.Length >= 6 ? (search.StartsWith('+') ? search : "+" + digits) : null;
            loans = loans.Where(l => l.LoanNumber.StartsWith(upper) || l.Borrower.FullName.Contains(search)
                || (phone != null && l.Borrower.Phone.StartsWith(phone))
                || l.Vehicle.Vin.StartsWith(upper) || l.Borrower.IdNumber == upper);
        }

        return await loans.OrderBy(l => l.Borrower.FullName).ThenBy(l => l.LoanNumber)
            .Select(l => new LoanRow(l.Id, l.LoanNumber, l.Borrower.FullName, l.Borrower.Phone, l.Vehicle.Vin, l.Status, l.Bucket, l.DaysPastDue,
                l.OutstandingPrincipal, l.Currency))
            .ToPageAsync(query.Page, cancellationToken);
    }
}
