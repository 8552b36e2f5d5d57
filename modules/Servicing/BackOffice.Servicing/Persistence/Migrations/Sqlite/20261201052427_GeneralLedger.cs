using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Servicing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GeneralLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsRecovery",
                table: "servicing_Payments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AccrualPeriodEnd",
                table: "servicing_Loans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AccrualPeriodStart",
                table: "servicing_Loans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "CreditRefunded",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "DealerFunded",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DealerFundedOn",
                table: "servicing_Loans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DealerFundingReference",
                table: "servicing_Loans",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "FeesCollected",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "FeesDue",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "InterestCollected",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "InterestDue",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "OriginationFee",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "PeriodInterest",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "PeriodInterestPaid",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_Cash",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_ChargeOffLoss",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_DealerPayable",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_FeeIncome",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_FeesReceivable",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_InterestIncome",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_InterestReceivable",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_PrincipalReceivable",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_RecoveryIncome",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_UnappliedCredit",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Received",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Recovered",
                table: "servicing_Loans",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "BilledInterestCarried",
                table: "servicing_Installments",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "InterestCarried",
                table: "servicing_Installments",
                type: "TEXT",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "servicing_CreditRefunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    RefundedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PaymentsBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    RefundedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RefundedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_CreditRefunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_servicing_CreditRefunds_servicing_Loans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "servicing_Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "servicing_JournalEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BusinessDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Memo = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_JournalEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_servicing_JournalEntries_servicing_Loans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "servicing_Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "servicing_LedgerPeriods",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_LedgerPeriods", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "servicing_LedgerReconciliations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LoansChecked = table.Column<int>(type: "INTEGER", nullable: false),
                    DifferenceCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Differences = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    LinesThrough = table.Column<long>(type: "INTEGER", nullable: false),
                    GeneralLedger_Cash = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_ChargeOffLoss = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_DealerPayable = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_FeeIncome = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_FeesReceivable = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_InterestIncome = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_InterestReceivable = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_PrincipalReceivable = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_RecoveryIncome = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_UnappliedCredit = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_LedgerReconciliations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "servicing_JournalLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Account = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Debit = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Credit = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_JournalLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_servicing_JournalLines_servicing_JournalEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "servicing_JournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_servicing_CreditRefunds_LoanId",
                table: "servicing_CreditRefunds",
                column: "LoanId");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_JournalEntries_BusinessDate",
                table: "servicing_JournalEntries",
                column: "BusinessDate");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_JournalEntries_LoanId_BusinessDate",
                table: "servicing_JournalEntries",
                columns: new[] { "LoanId", "BusinessDate" });

            migrationBuilder.CreateIndex(
                name: "IX_servicing_JournalEntries_SourceId",
                table: "servicing_JournalEntries",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_JournalLines_EntryId",
                table: "servicing_JournalLines",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_JournalLines_LoanId_Role",
                table: "servicing_JournalLines",
                columns: new[] { "LoanId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_servicing_LedgerReconciliations_CheckedAt",
                table: "servicing_LedgerReconciliations",
                column: "CheckedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "servicing_CreditRefunds");

            migrationBuilder.DropTable(
                name: "servicing_JournalLines");

            migrationBuilder.DropTable(
                name: "servicing_LedgerPeriods");

            migrationBuilder.DropTable(
                name: "servicing_LedgerReconciliations");

            migrationBuilder.DropTable(
                name: "servicing_JournalEntries");

            migrationBuilder.DropColumn(
                name: "IsRecovery",
                table: "servicing_Payments");

            migrationBuilder.DropColumn(
                name: "AccrualPeriodEnd",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "AccrualPeriodStart",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "CreditRefunded",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "DealerFunded",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "DealerFundedOn",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "DealerFundingReference",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "FeesCollected",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "FeesDue",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "InterestCollected",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "InterestDue",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "OriginationFee",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "PeriodInterest",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "PeriodInterestPaid",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "Posted_Cash",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "Posted_ChargeOffLoss",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "Posted_DealerPayable",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "Posted_FeeIncome",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "Posted_FeesReceivable",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "Posted_InterestIncome",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "Posted_InterestReceivable",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "Posted_PrincipalReceivable",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "Posted_RecoveryIncome",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "Posted_UnappliedCredit",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "Received",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "Recovered",
                table: "servicing_Loans");

            migrationBuilder.DropColumn(
                name: "BilledInterestCarried",
                table: "servicing_Installments");

            migrationBuilder.DropColumn(
                name: "InterestCarried",
                table: "servicing_Installments");
        }
    }
}
