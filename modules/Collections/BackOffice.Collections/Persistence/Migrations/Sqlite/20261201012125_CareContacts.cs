using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LoanNumber",
                table: "collections_Debtors",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "collections_Clearances",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Collection");

            // Debtors booked before the loan number was kept: their collection account has it. One whose loan was never in
            // collections has no number here (Collections never saw it); only loans booked before this change.
            migrationBuilder.Sql(
                "UPDATE collections_Debtors SET LoanNumber = COALESCE((SELECT a.LoanNumber FROM collections_Accounts a WHERE a.LoanId = collections_Debtors.LoanId), '')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LoanNumber",
                table: "collections_Debtors");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "collections_Clearances");
        }
    }
}
