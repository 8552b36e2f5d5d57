namespace BackOffice.Servicing.Domain.Ledger;

/// <summary>
/// A loan's balance in every ledger role, debit positive and credit negative, so a position always sums to
/// zero. The loan keeps the position its journal entries have posted so far; the next entry is the difference
/// between the position its figures give now and that one.
/// </summary>
internal sealed record LedgerPosition
{
    public static readonly LedgerPosition Zero = new();

    public decimal PrincipalReceivable { get; init; }

    public decimal InterestReceivable { get; init; }

    public decimal FeesReceivable { get; init; }

    public decimal DealerPayable { get; init; }

    public decimal UnappliedCredit { get; init; }

    public decimal Cash { get; init; }

    public decimal InterestIncome { get; init; }

    public decimal FeeIncome { get; init; }

    public decimal ChargeOffLoss { get; init; }

    public decimal RecoveryIncome { get; init; }

    public decimal this[LedgerRole role] => role switch
    {
        LedgerRole.PrincipalReceivable => PrincipalReceivable,
        LedgerRole.InterestReceivable => InterestReceivable,
        LedgerRole.FeesReceivable => FeesReceivable,
        LedgerRole.DealerPayable => DealerPayable,
        LedgerRole.UnappliedCredit => UnappliedCredit,
        LedgerRole.Cash => Cash,
        LedgerRole.InterestIncome => InterestIncome,
        LedgerRole.FeeIncome => FeeIncome,
        LedgerRole.ChargeOffLoss => ChargeOffLoss,
        _ => RecoveryIncome,
    };

    public static LedgerPosition From(IReadOnlyDictionary<LedgerRole, decimal> balances) => new()
    {
        PrincipalReceivable = balances[LedgerRole.PrincipalReceivable],
        InterestReceivable = balances[LedgerRole.InterestReceivable],
        FeesReceivable = balances[LedgerRole.FeesReceivable],
        DealerPayable = balances[LedgerRole.DealerPayable],
        UnappliedCredit = balances[LedgerRole.UnappliedCredit],
        Cash = balances[LedgerRole.Cash],
        InterestIncome = balances[LedgerRole.InterestIncome],
        FeeIncome = balances[LedgerRole.FeeIncome],
        ChargeOffLoss = balances[LedgerRole.ChargeOffLoss],
        RecoveryIncome = balances[LedgerRole.RecoveryIncome],
    };

    /// <summary>The control accounts, whose ledger balance must equal the sum of the loans'.</summary>
    public static readonly IReadOnlyList<LedgerRole> ControlRoles =
        [LedgerRole.PrincipalReceivable, LedgerRole.InterestReceivable, LedgerRole.FeesReceivable, LedgerRole.DealerPayable, LedgerRole.UnappliedCredit];

    public static readonly IReadOnlyList<LedgerRole> Roles = Enum.GetValues<LedgerRole>();

    /// <summary>Debits less credits over every role: zero for any position the loan's figures can give.</summary>
    public decimal Imbalance => Roles.Sum(role => this[role]);

    /// <summary>The movement from <paramref name="before"/> to this position, role by role (zero where nothing moved).</summary>
    public IEnumerable<(LedgerRole Role, decimal Amount)> Since(LedgerPosition before) =>
        Roles.Select(role => (role, this[role] - before[role])).Where(move => move.Item2 != 0m);

    /// <summary>The roles where two positions differ, for the reconciliation report.</summary>
    public IEnumerable<LedgerRole> DifferencesFrom(LedgerPosition other) => Roles.Where(role => this[role] != other[role]);
}
