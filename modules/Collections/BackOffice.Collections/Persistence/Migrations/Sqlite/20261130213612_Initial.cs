using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "collections_Accounts",
                columns: table => new
                {
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Bucket = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DaysPastDue = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountOverdue = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    OutstandingPrincipal = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    EarlyWarningScore = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Queue = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    BrokenPromises = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedTo = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_Accounts", x => x.LoanId);
                });

            migrationBuilder.CreateTable(
                name: "collections_AgencyContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BorrowerHour = table.Column<int>(type: "INTEGER", nullable: false),
                    BreachedRules = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_AgencyContacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "collections_Clearances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ThirdPartyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SecondCollectorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Refusals = table.Column<string>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OverriddenBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_Clearances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "collections_CollectorRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_CollectorRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "collections_ContactAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClearanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ThirdPartyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Consented = table.Column<bool>(type: "INTEGER", nullable: false),
                    BorrowerHour = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_ContactAttempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "collections_Debtors",
                columns: table => new
                {
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Choices = table.Column<string>(type: "TEXT", nullable: false),
                    FirstCommunicationAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ValidationNoticeSentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_Debtors", x => x.LoanId);
                });

            migrationBuilder.CreateTable(
                name: "collections_FieldVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RepossessionAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    NoticeSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VisitFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_FieldVisits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "collections_InboxMessages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_InboxMessages", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "collections_OutboxMessages",
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
                    table.PrimaryKey("PK_collections_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "collections_Promises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttemptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MadeAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Paid = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_Promises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "collections_SentMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_SentMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "collections_ContactPoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Invalid = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_ContactPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_collections_ContactPoints_collections_Debtors_LoanId",
                        column: x => x.LoanId,
                        principalTable: "collections_Debtors",
                        principalColumn: "LoanId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_collections_Accounts_AssignedTo_Status",
                table: "collections_Accounts",
                columns: new[] { "AssignedTo", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_Accounts_Status_DaysPastDue",
                table: "collections_Accounts",
                columns: new[] { "Status", "DaysPastDue" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_Accounts_Status_Queue_Priority",
                table: "collections_Accounts",
                columns: new[] { "Status", "Queue", "Priority" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_AgencyContacts_Agency_Reference",
                table: "collections_AgencyContacts",
                columns: new[] { "Agency", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_collections_AgencyContacts_At",
                table: "collections_AgencyContacts",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_collections_AgencyContacts_LoanId_At",
                table: "collections_AgencyContacts",
                columns: new[] { "LoanId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_Clearances_LoanId_IssuedAt",
                table: "collections_Clearances",
                columns: new[] { "LoanId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_CollectorRecords_At",
                table: "collections_CollectorRecords",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_collections_CollectorRecords_CollectorId_At",
                table: "collections_CollectorRecords",
                columns: new[] { "CollectorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_ContactAttempts_ClearanceId",
                table: "collections_ContactAttempts",
                column: "ClearanceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_collections_ContactAttempts_CollectorId_At",
                table: "collections_ContactAttempts",
                columns: new[] { "CollectorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_ContactAttempts_LoanId_At",
                table: "collections_ContactAttempts",
                columns: new[] { "LoanId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_ContactPoints_LoanId",
                table: "collections_ContactPoints",
                column: "LoanId");

            migrationBuilder.CreateIndex(
                name: "IX_collections_FieldVisits_LoanId_Status",
                table: "collections_FieldVisits",
                columns: new[] { "LoanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_FieldVisits_Status",
                table: "collections_FieldVisits",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_collections_OutboxMessages_DispatchedAt_OccurredAt",
                table: "collections_OutboxMessages",
                columns: new[] { "DispatchedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_Promises_LoanId_Status",
                table: "collections_Promises",
                columns: new[] { "LoanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_Promises_Status_DueOn",
                table: "collections_Promises",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_SentMessages_LoanId_SentAt",
                table: "collections_SentMessages",
                columns: new[] { "LoanId", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collections_Accounts");

            migrationBuilder.DropTable(
                name: "collections_AgencyContacts");

            migrationBuilder.DropTable(
                name: "collections_Clearances");

            migrationBuilder.DropTable(
                name: "collections_CollectorRecords");

            migrationBuilder.DropTable(
                name: "collections_ContactAttempts");

            migrationBuilder.DropTable(
                name: "collections_ContactPoints");

            migrationBuilder.DropTable(
                name: "collections_FieldVisits");

            migrationBuilder.DropTable(
                name: "collections_InboxMessages");

            migrationBuilder.DropTable(
                name: "collections_OutboxMessages");

            migrationBuilder.DropTable(
                name: "collections_Promises");

            migrationBuilder.DropTable(
                name: "collections_SentMessages");

            migrationBuilder.DropTable(
                name: "collections_Debtors");
        }
    }
}
