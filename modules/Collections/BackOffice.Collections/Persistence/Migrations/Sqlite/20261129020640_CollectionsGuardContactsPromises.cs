using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CollectionsGuardContactsPromises : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AssignedAt",
                table: "collections_Accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "collections_Accounts",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BrokenPromises",
                table: "collections_Accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Priority",
                table: "collections_Accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Queue",
                table: "collections_Accounts",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "collections_Accounts",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

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
                    Consented = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Choices = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_Debtors", x => x.LoanId);
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
                name: "IX_collections_Accounts_Status_Queue_Priority",
                table: "collections_Accounts",
                columns: new[] { "Status", "Queue", "Priority" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_Clearances_LoanId_IssuedAt",
                table: "collections_Clearances",
                columns: new[] { "LoanId", "IssuedAt" });

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
                name: "IX_collections_Promises_LoanId_Status",
                table: "collections_Promises",
                columns: new[] { "LoanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_collections_Promises_Status_DueOn",
                table: "collections_Promises",
                columns: new[] { "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collections_Clearances");

            migrationBuilder.DropTable(
                name: "collections_ContactAttempts");

            migrationBuilder.DropTable(
                name: "collections_ContactPoints");

            migrationBuilder.DropTable(
                name: "collections_Promises");

            migrationBuilder.DropTable(
                name: "collections_Debtors");

            migrationBuilder.DropIndex(
                name: "IX_collections_Accounts_AssignedTo_Status",
                table: "collections_Accounts");

            migrationBuilder.DropIndex(
                name: "IX_collections_Accounts_Status_Queue_Priority",
                table: "collections_Accounts");

            migrationBuilder.DropColumn(
                name: "AssignedAt",
                table: "collections_Accounts");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                table: "collections_Accounts");

            migrationBuilder.DropColumn(
                name: "BrokenPromises",
                table: "collections_Accounts");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "collections_Accounts");

            migrationBuilder.DropColumn(
                name: "Queue",
                table: "collections_Accounts");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "collections_Accounts");
        }
    }
}
