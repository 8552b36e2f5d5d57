using BackOffice.Lending;

namespace BackOffice.Servicing.Domain;

/// <summary>
/// The loan's amortisation schedule with due dates. Declining balance charges each month's interest on what
/// is still owed (30/360: a twelfth of the annual rate; actual/365: the days in the period), flat rate charges
/// it on the original amount; the arithmetic is the same as the offer's (<see cref="Amortisation"/>).
/// </summary>
internal static class LoanSchedule
{
    public static IReadOnlyList<ScheduledInstallment> Build(
        decimal principal, decimal annualRate, InterestMethod method, int termMonths, DateOnly startDate, DateOnly firstDueDate,
        DayCountConvention dayCount, string currency, int firstNumber = 1)
    {
        var dueDates = Enumerable.Range(0, termMonths).Select(i => firstDueDate.AddMonths(i)).ToArray();
        var parts = method == InterestMethod.FlatRate
            ? Amortisation.Flat(principal, termMonths, principal * annualRate * termMonths / 12m, currency)
            : Amortisation.DecliningBalance(
                principal,
                termMonths,
                Amortisation.LevelPayment(principal, termMonths, annualRate / 12m, currency),
                period => dayCount == DayCountConvention.Thirty360
                    ? annualRate / 12m
                    : annualRate * DayCount.YearFraction(period == 1 ? startDate : dueDates[period - 2], dueDates[period - 1], dayCount),
                currency);
        return [.. parts.Select((part, i) => new ScheduledInstallment(firstNumber + i, dueDates[i], part.Principal, part.Interest))];
    }
}
