using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Origination.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "origination");

            migrationBuilder.CreateTable(
                name: "Dealers",
                schema: "origination",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ContactEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dealers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotentSubmissions",
                schema: "origination",
                columns: table => new
                {
                    DealerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RequestHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Response = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotentSubmissions", x => new { x.DealerId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "origination",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Handler = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    HandledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "LoanApplications",
                schema: "origination",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DealerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProductCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Applicant_FullName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Applicant_IdType = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Applicant_IdNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Applicant_DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    Applicant_Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Applicant_Address = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Applicant_TimeZone = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Employment_EmployerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Employment_Type = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Employment_GrossMonthlyIncome = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Employment_MonthlyDebtPayments = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Vehicle_Vin = table.Column<string>(type: "nvarchar(17)", maxLength: 17, nullable: false),
                    Vehicle_Make = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Vehicle_Model = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Vehicle_Year = table.Column<int>(type: "int", nullable: false),
                    Vehicle_Price = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Vehicle_Condition = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    DownPayment = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    RequestedAmount = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    RequestedTermMonths = table.Column<int>(type: "int", nullable: false),
                    Tier = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Offer_Amount = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Offer_TermMonths = table.Column<int>(type: "int", nullable: false),
                    Offer_NominalRate = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Offer_Method = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Offer_Installment = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Offer_TotalInterest = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Offer_Fees = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Offer_TotalCost = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Offer_Apr = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    RuleResults = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AlternativeAmount = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: true),
                    AlternativeTermMonths = table.Column<int>(type: "int", nullable: true),
                    PolicyVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AutomatedDecision = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    VerifiedIncome = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: true),
                    VerifiedDebts = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DecisionNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BookedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FirstDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "origination",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dealers_Code",
                schema: "origination",
                table: "Dealers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoanApplications_Applicant_IdNumber",
                schema: "origination",
                table: "LoanApplications",
                column: "Applicant_IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_LoanApplications_DealerId_SubmittedAt",
                schema: "origination",
                table: "LoanApplications",
                columns: new[] { "DealerId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LoanApplications_Status_SubmittedAt",
                schema: "origination",
                table: "LoanApplications",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LoanApplications_Vehicle_Vin",
                schema: "origination",
                table: "LoanApplications",
                column: "Vehicle_Vin");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_DispatchedAt_OccurredAt",
                schema: "origination",
                table: "OutboxMessages",
                columns: new[] { "DispatchedAt", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Dealers",
                schema: "origination");

            migrationBuilder.DropTable(
                name: "IdempotentSubmissions",
                schema: "origination");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "origination");

            migrationBuilder.DropTable(
                name: "LoanApplications",
                schema: "origination");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "origination");
        }
    }
}
