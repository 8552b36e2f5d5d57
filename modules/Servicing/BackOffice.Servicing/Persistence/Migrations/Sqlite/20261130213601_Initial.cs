using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Servicing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "servicing_CloseOfBusinessRuns",
                columns: table => new
                {
                    BusinessDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LoansToClose = table.Column<int>(type: "INTEGER", nullable: false),
                    LoansClosed = table.Column<int>(type: "INTEGER", nullable: false),
                    BucketChanges = table.Column<int>(type: "INTEGER", nullable: false),
                    Cures = table.Column<int>(type: "INTEGER", nullable: false),
                    EarlyWarnings = table.Column<int>(type: "INTEGER", nullable: false),
                    PlansBroken = table.Column<int>(type: "INTEGER", nullable: false),
                    LateFees = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_CloseOfBusinessRuns", x => x.BusinessDate);
                });

            migrationBuilder.CreateTable(
                name: "servicing_DelinquencyChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BusinessDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FromBucket = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ToBucket = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DaysPastDue = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_DelinquencyChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "servicing_InboxMessages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_InboxMessages", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "servicing_Loans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    AmountFinanced = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    AnnualRate = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DayCount = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Overpayment = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TermMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Apr = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    ScheduledPayment = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    BookedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Borrower_FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Borrower_IdType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Borrower_IdNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Borrower_Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Borrower_Address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Borrower_TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Borrower_MonthlyIncome = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Vehicle_Vin = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    Vehicle_Make = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Vehicle_Model = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Vehicle_Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlanInForce = table.Column<bool>(type: "INTEGER", nullable: false),
                    OutstandingPrincipal = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    CreditBalance = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    AccruedInterest = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    ClosedThrough = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OldestUnpaidDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DaysPastDue = table.Column<int>(type: "INTEGER", nullable: false),
                    Bucket = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AmountOverdue = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    RecentLatePayments = table.Column<int>(type: "INTEGER", nullable: false),
                    RecentPartialPayments = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentDriftDays = table.Column<int>(type: "INTEGER", nullable: false),
                    BrokenPromises = table.Column<int>(type: "INTEGER", nullable: false),
                    FailedContacts = table.Column<int>(type: "INTEGER", nullable: false),
                    EarlyWarningScore = table.Column<int>(type: "INTEGER", nullable: false),
                    EarlyWarningSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EarlyWarningReasons = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_Loans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "servicing_OutboxMessages",
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
                    table.PrimaryKey("PK_servicing_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "servicing_PaymentImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Posted = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_PaymentImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "servicing_RepaymentPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NeedsApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_RepaymentPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "servicing_RunLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_RunLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "servicing_Allocations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstallmentNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    Component = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_Allocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_servicing_Allocations_servicing_Loans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "servicing_Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "servicing_Installments",
                columns: table => new
                {
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Principal = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Interest = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Fee = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    FeeChargedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PrincipalPaid = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    InterestPaid = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    FeePaid = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    InterestWaived = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_Installments", x => new { x.LoanId, x.Number });
                    table.ForeignKey(
                        name: "FK_servicing_Installments_servicing_Loans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "servicing_Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "servicing_Payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ExternalReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    ValueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReversedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReversedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReversalReason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_servicing_Payments_servicing_Loans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "servicing_Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "servicing_RunLeases",
                columns: new[] { "Name", "ExpiresAt", "Holder" },
                values: new object[] { "close-of-business", 621355968000000000L, "" });

            migrationBuilder.CreateIndex(
                name: "IX_servicing_Allocations_LoanId",
                table: "servicing_Allocations",
                column: "LoanId");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_Allocations_PaymentId",
                table: "servicing_Allocations",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_DelinquencyChanges_LoanId_BusinessDate",
                table: "servicing_DelinquencyChanges",
                columns: new[] { "LoanId", "BusinessDate" });

            migrationBuilder.CreateIndex(
                name: "IX_servicing_Loans_ApplicationId",
                table: "servicing_Loans",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_servicing_Loans_Borrower_FullName",
                table: "servicing_Loans",
                column: "Borrower_FullName");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_Loans_Borrower_IdNumber",
                table: "servicing_Loans",
                column: "Borrower_IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_Loans_Borrower_Phone",
                table: "servicing_Loans",
                column: "Borrower_Phone");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_Loans_EarlyWarningSince_EarlyWarningScore",
                table: "servicing_Loans",
                columns: new[] { "EarlyWarningSince", "EarlyWarningScore" });

            migrationBuilder.CreateIndex(
                name: "IX_servicing_Loans_LoanNumber",
                table: "servicing_Loans",
                column: "LoanNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_servicing_Loans_Status_ClosedThrough_Id",
                table: "servicing_Loans",
                columns: new[] { "Status", "ClosedThrough", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_servicing_Loans_Vehicle_Vin",
                table: "servicing_Loans",
                column: "Vehicle_Vin");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_OutboxMessages_DispatchedAt_OccurredAt",
                table: "servicing_OutboxMessages",
                columns: new[] { "DispatchedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_servicing_PaymentImports_UploadedAt",
                table: "servicing_PaymentImports",
                column: "UploadedAt");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_Payments_ExternalReference",
                table: "servicing_Payments",
                column: "ExternalReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_servicing_Payments_LoanId",
                table: "servicing_Payments",
                column: "LoanId");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_RepaymentPlans_LoanId_Status",
                table: "servicing_RepaymentPlans",
                columns: new[] { "LoanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_servicing_RepaymentPlans_Status",
                table: "servicing_RepaymentPlans",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "servicing_Allocations");

            migrationBuilder.DropTable(
                name: "servicing_CloseOfBusinessRuns");

            migrationBuilder.DropTable(
                name: "servicing_DelinquencyChanges");

            migrationBuilder.DropTable(
                name: "servicing_InboxMessages");

            migrationBuilder.DropTable(
                name: "servicing_Installments");

            migrationBuilder.DropTable(
                name: "servicing_OutboxMessages");

            migrationBuilder.DropTable(
                name: "servicing_PaymentImports");

            migrationBuilder.DropTable(
                name: "servicing_Payments");

            migrationBuilder.DropTable(
                name: "servicing_RepaymentPlans");

            migrationBuilder.DropTable(
                name: "servicing_RunLeases");

            migrationBuilder.DropTable(
                name: "servicing_Loans");
        }
    }
}
