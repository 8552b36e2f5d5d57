using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Origination.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "origination_Dealers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_origination_Dealers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "origination_IdempotentSubmissions",
                columns: table => new
                {
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Response = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_origination_IdempotentSubmissions", x => new { x.DealerId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "origination_InboxMessages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_origination_InboxMessages", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "origination_LoanApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Applicant_FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Applicant_IdType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Applicant_IdNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Applicant_DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Applicant_Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Applicant_Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Applicant_TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Employment_EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Employment_Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Employment_GrossMonthlyIncome = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Employment_MonthlyDebtPayments = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Vehicle_Vin = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    Vehicle_Make = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Vehicle_Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Vehicle_Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Vehicle_Price = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Vehicle_Condition = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DownPayment = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    RequestedAmount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    RequestedTermMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Offer_Amount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Offer_TermMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Offer_NominalRate = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Offer_Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Offer_Installment = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Offer_TotalInterest = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Offer_Fees = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Offer_TotalCost = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Offer_Apr = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    RuleResults = table.Column<string>(type: "TEXT", nullable: false),
                    AlternativeAmount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: true),
                    AlternativeTermMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    PolicyVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AutomatedDecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    VerifiedIncome = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: true),
                    VerifiedDebts = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BookedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_origination_LoanApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "origination_OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DispatchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_origination_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_origination_Dealers_Code",
                table: "origination_Dealers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_origination_LoanApplications_Applicant_IdNumber",
                table: "origination_LoanApplications",
                column: "Applicant_IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_origination_LoanApplications_DealerId_SubmittedAt",
                table: "origination_LoanApplications",
                columns: new[] { "DealerId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_origination_LoanApplications_Status_SubmittedAt",
                table: "origination_LoanApplications",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_origination_LoanApplications_Vehicle_Vin",
                table: "origination_LoanApplications",
                column: "Vehicle_Vin");

            migrationBuilder.CreateIndex(
                name: "IX_origination_OutboxMessages_DispatchedAt_OccurredAt",
                table: "origination_OutboxMessages",
                columns: new[] { "DispatchedAt", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "origination_Dealers");

            migrationBuilder.DropTable(
                name: "origination_IdempotentSubmissions");

            migrationBuilder.DropTable(
                name: "origination_InboxMessages");

            migrationBuilder.DropTable(
                name: "origination_LoanApplications");

            migrationBuilder.DropTable(
                name: "origination_OutboxMessages");
        }
    }
}
