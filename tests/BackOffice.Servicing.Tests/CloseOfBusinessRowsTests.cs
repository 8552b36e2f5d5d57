using System.Reflection;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.CloseOfBusiness;
using CsCheck;

namespace BackOffice.Servicing.Tests;

/// <summary>
/// The run writes back only the columns it lists for loans read on their own; if closing a day ever changed
/// anything else on such a loan, the change would be lost. This test closes days on loans in every state it
/// can reach and checks the lists are complete.
/// </summary>
public sealed class CloseOfBusinessRowsTests
{
    private static readonly PropertyInfo[] LoanFields = [.. typeof(LoanAccount).GetProperties().Where(p => p.SetMethod is not null
        && IsStored(p.PropertyType))];
    private static readonly PropertyInfo[] InstallmentFields = [.. typeof(Installment).GetProperties().Where(p => p.SetMethod is not null)];

    [Fact]
    public void Closing_a_day_changes_only_the_columns_the_run_writes_back() =>
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 400], Gen.Int[1, 120]).Sample((payments, days, cents) =>
        {
            var policy = new ServicingPolicy();
            var loan = TestLoans.Open(policy: policy);
            loan.CloseThrough(TestLoans.Booked.AddDays(days % 200), policy);
            for (var i = 0; i < payments; i++)
            {
                loan.Pay(decimal.Round(loan.ScheduledPayment * cents / 100m, 2), loan.AsOf, policy);
            }

            if (loan.CreditBalance != 0m || loan.IsClosed)
            {
                return;
            }

            var before = Values(loan, LoanFields);
            var postedBefore = loan.Posted;
            var installmentsBefore = loan.Installments.Select(i => Values(i, InstallmentFields)).ToList();
            var date = loan.AsOf.AddDays(1 + days % 40);
            var reviewed = loan.NeedsInstallmentsOn(date);
            loan.TakeJournal();
            loan.CloseDay(date, policy);

            var changed = Changed(before, Values(loan, LoanFields));
            Assert.Subset(CloseOfBusinessRows.LoanColumns.ToHashSet(), changed);
            if (!reviewed && loan.Journal.Count == 0)
            {
                // A quiet day: the run writes only these, and of the posted position only the pooled accrual's two roles.
                Assert.Subset(CloseOfBusinessRows.QuietLoanColumns.ToHashSet(), changed);
                Assert.Equal(postedBefore with { InterestReceivable = loan.Posted.InterestReceivable, InterestIncome = loan.Posted.InterestIncome },
                    loan.Posted);
            }

            for (var i = 0; i < installmentsBefore.Count; i++)
            {
                Assert.Subset(CloseOfBusinessRows.InstallmentColumns.ToHashSet(),
                    Changed(installmentsBefore[i], Values(loan.Installments[i], InstallmentFields)));
            }
        }, iter: 500);

    private static bool IsStored(Type type) =>
        type.IsValueType || type == typeof(string) || type == typeof(Borrower) || type == typeof(Vehicle);

    private static Dictionary<string, object?> Values(object target, PropertyInfo[] fields) => fields.ToDictionary(f => f.Name,
        f => f.GetValue(target));

    private static HashSet<string> Changed(Dictionary<string, object?> before, Dictionary<string, object?> after) =>
        [.. before.Keys.Where(k => !Equals(before[k], after[k]))];
}
