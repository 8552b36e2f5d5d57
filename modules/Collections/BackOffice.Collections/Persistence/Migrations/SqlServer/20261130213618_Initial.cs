using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "collections");

            migrationBuilder.CreateTable(
                name: "Accounts",
                schema: "collections",
                columns: table => new
                {
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoanNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Bucket = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DaysPastDue = table.Column<int>(type: "int", nullable: false),
                    AmountOverdue = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    OutstandingPrincipal = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    EarlyWarningScore = table.Column<int>(type: "int", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CloseReason = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Queue = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Priority = table.Column<int>(type: "int", nullable: false),
                    BrokenPromises = table.Column<int>(type: "int", nullable: false),
                    AssignedTo = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    AssignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.LoanId);
                });

            migrationBuilder.CreateTable(
                name: "AgencyContacts",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Agency = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Destination = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    BorrowerHour = table.Column<int>(type: "int", nullable: false),
                    BreachedRules = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ImportedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyContacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Clearances",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CollectorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Party = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ThirdPartyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Method = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Destination = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    PlannedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SecondCollectorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Refusals = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    OverriddenBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    OverrideReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clearances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CollectorRecords",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CollectorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectorRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContactAttempts",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClearanceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CollectorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Party = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ThirdPartyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Method = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Destination = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Consented = table.Column<bool>(type: "bit", nullable: false),
                    BorrowerHour = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactAttempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Debtors",
                schema: "collections",
                columns: table => new
                {
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TimeZone = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Choices = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    FirstCommunicationAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ValidationNoticeSentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Debtors", x => x.LoanId);
                });

            migrationBuilder.CreateTable(
                name: "FieldVisits",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RepossessionAllowed = table.Column<bool>(type: "bit", nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    NoticeSentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    VisitFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldVisits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "collections",
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
                name: "OutboxMessages",
                schema: "collections",
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
                name: "Promises",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AttemptId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CollectorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MadeAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Paid = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Promises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SentMessages",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Destination = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContactPoints",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Party = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Relationship = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Invalid = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactPoints_Debtors_LoanId",
                        column: x => x.LoanId,
                        principalSchema: "collections",
                        principalTable: "Debtors",
                        principalColumn: "LoanId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_AssignedTo_Status",
                schema: "collections",
                table: "Accounts",
                columns: new[] { "AssignedTo", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Status_DaysPastDue",
                schema: "collections",
                table: "Accounts",
                columns: new[] { "Status", "DaysPastDue" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Status_Queue_Priority",
                schema: "collections",
                table: "Accounts",
                columns: new[] { "Status", "Queue", "Priority" });

            migrationBuilder.CreateIndex(
                name: "IX_AgencyContacts_Agency_Reference",
                schema: "collections",
                table: "AgencyContacts",
                columns: new[] { "Agency", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyContacts_At",
                schema: "collections",
                table: "AgencyContacts",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyContacts_LoanId_At",
                schema: "collections",
                table: "AgencyContacts",
                columns: new[] { "LoanId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Clearances_LoanId_IssuedAt",
                schema: "collections",
                table: "Clearances",
                columns: new[] { "LoanId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CollectorRecords_At",
                schema: "collections",
                table: "CollectorRecords",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_CollectorRecords_CollectorId_At",
                schema: "collections",
                table: "CollectorRecords",
                columns: new[] { "CollectorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactAttempts_ClearanceId",
                schema: "collections",
                table: "ContactAttempts",
                column: "ClearanceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContactAttempts_CollectorId_At",
                schema: "collections",
                table: "ContactAttempts",
                columns: new[] { "CollectorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactAttempts_LoanId_At",
                schema: "collections",
                table: "ContactAttempts",
                columns: new[] { "LoanId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactPoints_LoanId",
                schema: "collections",
                table: "ContactPoints",
                column: "LoanId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldVisits_LoanId_Status",
                schema: "collections",
                table: "FieldVisits",
                columns: new[] { "LoanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldVisits_Status",
                schema: "collections",
                table: "FieldVisits",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_DispatchedAt_OccurredAt",
                schema: "collections",
                table: "OutboxMessages",
                columns: new[] { "DispatchedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Promises_LoanId_Status",
                schema: "collections",
                table: "Promises",
                columns: new[] { "LoanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Promises_Status_DueOn",
                schema: "collections",
                table: "Promises",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SentMessages_LoanId_SentAt",
                schema: "collections",
                table: "SentMessages",
                columns: new[] { "LoanId", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Accounts",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "AgencyContacts",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "Clearances",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "CollectorRecords",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "ContactAttempts",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "ContactPoints",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "FieldVisits",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "Promises",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "SentMessages",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "Debtors",
                schema: "collections");
        }
    }
}
