using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Servicing.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class GeneralLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsRecovery",
                schema: "servicing",
                table: "Payments",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AccrualPeriodEnd",
                schema: "servicing",
                table: "Loans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AccrualPeriodStart",
                schema: "servicing",
                table: "Loans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "CreditRefunded",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "DealerFunded",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DealerFundedOn",
                schema: "servicing",
                table: "Loans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DealerFundingReference",
                schema: "servicing",
                table: "Loans",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "FeesCollected",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "FeesDue",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "InterestCollected",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "InterestDue",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "OriginationFee",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "PeriodInterest",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "PeriodInterestPaid",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_Cash",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_ChargeOffLoss",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_DealerPayable",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_FeeIncome",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_FeesReceivable",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_InterestIncome",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_InterestReceivable",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_PrincipalReceivable",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_RecoveryIncome",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Posted_UnappliedCredit",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Received",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Recovered",
                schema: "servicing",
                table: "Loans",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "BilledInterestCarried",
                schema: "servicing",
                table: "Installments",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "InterestCarried",
                schema: "servicing",
                table: "Installments",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "CreditRefunds",
                schema: "servicing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    RefundedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PaymentsBefore = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    RefundedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RefundedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRefunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditRefunds_Loans_LoanId",
                        column: x => x.LoanId,
                        principalSchema: "servicing",
                        principalTable: "Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                schema: "servicing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    BusinessDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ValueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Memo = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    PostedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalEntries_Loans_LoanId",
                        column: x => x.LoanId,
                        principalSchema: "servicing",
                        principalTable: "Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LedgerPeriods",
                schema: "servicing",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerPeriods", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "LedgerReconciliations",
                schema: "servicing",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BusinessDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LoansChecked = table.Column<int>(type: "int", nullable: false),
                    DifferenceCount = table.Column<int>(type: "int", nullable: false),
                    Differences = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    LinesThrough = table.Column<long>(type: "bigint", nullable: false),
                    GeneralLedger_Cash = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_ChargeOffLoss = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_DealerPayable = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_FeeIncome = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_FeesReceivable = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_InterestIncome = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_InterestReceivable = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_PrincipalReceivable = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_RecoveryIncome = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    GeneralLedger_UnappliedCredit = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerReconciliations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JournalLines",
                schema: "servicing",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Account = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Debit = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Credit = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalLines_JournalEntries_EntryId",
                        column: x => x.EntryId,
                        principalSchema: "servicing",
                        principalTable: "JournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRefunds_LoanId",
                schema: "servicing",
                table: "CreditRefunds",
                column: "LoanId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_BusinessDate",
                schema: "servicing",
                table: "JournalEntries",
                column: "BusinessDate");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_LoanId_BusinessDate",
                schema: "servicing",
                table: "JournalEntries",
                columns: new[] { "LoanId", "BusinessDate" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_SourceId",
                schema: "servicing",
                table: "JournalEntries",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalLines_EntryId",
                schema: "servicing",
                table: "JournalLines",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalLines_LoanId_Role",
                schema: "servicing",
                table: "JournalLines",
                columns: new[] { "LoanId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerReconciliations_CheckedAt",
                schema: "servicing",
                table: "LedgerReconciliations",
                column: "CheckedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CreditRefunds",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "JournalLines",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "LedgerPeriods",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "LedgerReconciliations",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "JournalEntries",
                schema: "servicing");

            migrationBuilder.DropColumn(
                name: "IsRecovery",
                schema: "servicing",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "AccrualPeriodEnd",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "AccrualPeriodStart",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "CreditRefunded",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "DealerFunded",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "DealerFundedOn",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "DealerFundingReference",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "FeesCollected",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "FeesDue",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "InterestCollected",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "InterestDue",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "OriginationFee",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "PeriodInterest",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "PeriodInterestPaid",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "Posted_Cash",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "Posted_ChargeOffLoss",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "Posted_DealerPayable",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "Posted_FeeIncome",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "Posted_FeesReceivable",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "Posted_InterestIncome",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "Posted_InterestReceivable",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "Posted_PrincipalReceivable",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "Posted_RecoveryIncome",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "Posted_UnappliedCredit",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "Received",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "Recovered",
                schema: "servicing",
                table: "Loans");

            migrationBuilder.DropColumn(
                name: "BilledInterestCarried",
                schema: "servicing",
                table: "Installments");

            migrationBuilder.DropColumn(
                name: "InterestCarried",
                schema: "servicing",
                table: "Installments");
        }
    }
}
