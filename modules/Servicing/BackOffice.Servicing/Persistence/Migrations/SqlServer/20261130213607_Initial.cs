using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Servicing.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "servicing");

            migrationBuilder.CreateTable(
                name: "CloseOfBusinessRuns",
                schema: "servicing",
                columns: table => new
                {
                    BusinessDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StartedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LoansToClose = table.Column<int>(type: "int", nullable: false),
                    LoansClosed = table.Column<int>(type: "int", nullable: false),
                    BucketChanges = table.Column<int>(type: "int", nullable: false),
                    Cures = table.Column<int>(type: "int", nullable: false),
                    EarlyWarnings = table.Column<int>(type: "int", nullable: false),
                    PlansBroken = table.Column<int>(type: "int", nullable: false),
                    LateFees = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CloseOfBusinessRuns", x => x.BusinessDate);
                });

            migrationBuilder.CreateTable(
                name: "DelinquencyChanges",
                schema: "servicing",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BusinessDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FromBucket = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ToBucket = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DaysPastDue = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelinquencyChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "servicing",
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
                name: "Loans",
                schema: "servicing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoanNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DealerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProductCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    AmountFinanced = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    AnnualRate = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Method = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DayCount = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Overpayment = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    TermMonths = table.Column<int>(type: "int", nullable: false),
                    Apr = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    ScheduledPayment = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    BookedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Borrower_FullName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Borrower_IdType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Borrower_IdNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Borrower_Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Borrower_Address = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Borrower_TimeZone = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Borrower_MonthlyIncome = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Vehicle_Vin = table.Column<string>(type: "nvarchar(17)", maxLength: 17, nullable: false),
                    Vehicle_Make = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Vehicle_Model = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Vehicle_Year = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PlanInForce = table.Column<bool>(type: "bit", nullable: false),
                    OutstandingPrincipal = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    CreditBalance = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    AccruedInterest = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    ClosedThrough = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NextDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OldestUnpaidDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NextReviewDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DaysPastDue = table.Column<int>(type: "int", nullable: false),
                    Bucket = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AmountOverdue = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    RecentLatePayments = table.Column<int>(type: "int", nullable: false),
                    RecentPartialPayments = table.Column<int>(type: "int", nullable: false),
                    PaymentDriftDays = table.Column<int>(type: "int", nullable: false),
                    BrokenPromises = table.Column<int>(type: "int", nullable: false),
                    FailedContacts = table.Column<int>(type: "int", nullable: false),
                    EarlyWarningScore = table.Column<int>(type: "int", nullable: false),
                    EarlyWarningSince = table.Column<DateOnly>(type: "date", nullable: true),
                    EarlyWarningReasons = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CareReferredOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Loans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "servicing",
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

            migrationBuilder.CreateTable(
                name: "PaymentImports",
                schema: "servicing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Posted = table.Column<int>(type: "int", nullable: false),
                    Skipped = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RepaymentPlans",
                schema: "servicing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Size = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ProposedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    NeedsApproval = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepaymentPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RunLeases",
                schema: "servicing",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Holder = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RunLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Allocations",
                schema: "servicing",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstallmentNumber = table.Column<int>(type: "int", nullable: true),
                    Component = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Allocations_Loans_LoanId",
                        column: x => x.LoanId,
                        principalSchema: "servicing",
                        principalTable: "Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Installments",
                schema: "servicing",
                columns: table => new
                {
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Principal = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Interest = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Fee = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    FeeChargedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PrincipalPaid = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    InterestPaid = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    FeePaid = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    InterestWaived = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Installments", x => new { x.LoanId, x.Number });
                    table.ForeignKey(
                        name: "FK_Installments_Loans_LoanId",
                        column: x => x.LoanId,
                        principalSchema: "servicing",
                        principalTable: "Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Payments",
                schema: "servicing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    ExternalReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    ValueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PostedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReversedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReversedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ReversalReason = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payments_Loans_LoanId",
                        column: x => x.LoanId,
                        principalSchema: "servicing",
                        principalTable: "Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "servicing",
                table: "RunLeases",
                columns: new[] { "Name", "ExpiresAt", "Holder" },
                values: new object[] { "close-of-business", new DateTimeOffset(new DateTime(1970, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "" });

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_LoanId",
                schema: "servicing",
                table: "Allocations",
                column: "LoanId");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_PaymentId",
                schema: "servicing",
                table: "Allocations",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_DelinquencyChanges_LoanId_BusinessDate",
                schema: "servicing",
                table: "DelinquencyChanges",
                columns: new[] { "LoanId", "BusinessDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Loans_ApplicationId",
                schema: "servicing",
                table: "Loans",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Loans_Borrower_FullName",
                schema: "servicing",
                table: "Loans",
                column: "Borrower_FullName");

            migrationBuilder.CreateIndex(
                name: "IX_Loans_Borrower_IdNumber",
                schema: "servicing",
                table: "Loans",
                column: "Borrower_IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Loans_Borrower_Phone",
                schema: "servicing",
                table: "Loans",
                column: "Borrower_Phone");

            migrationBuilder.CreateIndex(
                name: "IX_Loans_EarlyWarningSince_EarlyWarningScore",
                schema: "servicing",
                table: "Loans",
                columns: new[] { "EarlyWarningSince", "EarlyWarningScore" });

            migrationBuilder.CreateIndex(
                name: "IX_Loans_LoanNumber",
                schema: "servicing",
                table: "Loans",
                column: "LoanNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Loans_Status_ClosedThrough_Id",
                schema: "servicing",
                table: "Loans",
                columns: new[] { "Status", "ClosedThrough", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Loans_Vehicle_Vin",
                schema: "servicing",
                table: "Loans",
                column: "Vehicle_Vin");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_DispatchedAt_OccurredAt",
                schema: "servicing",
                table: "OutboxMessages",
                columns: new[] { "DispatchedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentImports_UploadedAt",
                schema: "servicing",
                table: "PaymentImports",
                column: "UploadedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ExternalReference",
                schema: "servicing",
                table: "Payments",
                column: "ExternalReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_LoanId",
                schema: "servicing",
                table: "Payments",
                column: "LoanId");

            migrationBuilder.CreateIndex(
                name: "IX_RepaymentPlans_LoanId_Status",
                schema: "servicing",
                table: "RepaymentPlans",
                columns: new[] { "LoanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RepaymentPlans_Status",
                schema: "servicing",
                table: "RepaymentPlans",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Allocations",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "CloseOfBusinessRuns",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "DelinquencyChanges",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "Installments",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "PaymentImports",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "Payments",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "RepaymentPlans",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "RunLeases",
                schema: "servicing");

            migrationBuilder.DropTable(
                name: "Loans",
                schema: "servicing");
        }
    }
}
