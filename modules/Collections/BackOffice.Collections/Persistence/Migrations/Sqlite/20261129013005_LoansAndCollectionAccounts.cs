using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LoansAndCollectionAccounts : Migration
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
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_Accounts", x => x.LoanId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_collections_Accounts_Status_DaysPastDue",
                table: "collections_Accounts",
                columns: new[] { "Status", "DaysPastDue" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collections_Accounts");
        }
    }
}
