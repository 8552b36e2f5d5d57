using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CollectionsGuardContactsPromises : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AssignedAt",
                schema: "collections",
                table: "Accounts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                schema: "collections",
                table: "Accounts",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BrokenPromises",
                schema: "collections",
                table: "Accounts",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Priority",
                schema: "collections",
                table: "Accounts",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Queue",
                schema: "collections",
                table: "Accounts",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                schema: "collections",
                table: "Accounts",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

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
                    Consented = table.Column<bool>(type: "bit", nullable: false)
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
                    Choices = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Debtors", x => x.LoanId);
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
                name: "IX_Accounts_Status_Queue_Priority",
                schema: "collections",
                table: "Accounts",
                columns: new[] { "Status", "Queue", "Priority" });

            migrationBuilder.CreateIndex(
                name: "IX_Clearances_LoanId_IssuedAt",
                schema: "collections",
                table: "Clearances",
                columns: new[] { "LoanId", "IssuedAt" });

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
                name: "IX_Promises_LoanId_Status",
                schema: "collections",
                table: "Promises",
                columns: new[] { "LoanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Promises_Status_DueOn",
                schema: "collections",
                table: "Promises",
                columns: new[] { "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Clearances",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "ContactAttempts",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "ContactPoints",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "Promises",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "Debtors",
                schema: "collections");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_AssignedTo_Status",
                schema: "collections",
                table: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_Status_Queue_Priority",
                schema: "collections",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "AssignedAt",
                schema: "collections",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                schema: "collections",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "BrokenPromises",
                schema: "collections",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "Priority",
                schema: "collections",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "Queue",
                schema: "collections",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "collections",
                table: "Accounts");
        }
    }
}
