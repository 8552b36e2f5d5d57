using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CareContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LoanNumber",
                schema: "collections",
                table: "Debtors",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                schema: "collections",
                table: "Clearances",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Collection");

            // Debtors booked before the loan number was kept: their collection account has it. One whose loan was never in
            // collections has no number here (Collections never saw it); only loans booked before this change.
            migrationBuilder.Sql(
                "UPDATE [collections].[Debtors] SET LoanNumber = COALESCE((SELECT a.LoanNumber FROM [collections].[Accounts] a WHERE a.LoanId = [collections].[Debtors].LoanId), '')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LoanNumber",
                schema: "collections",
                table: "Debtors");

            migrationBuilder.DropColumn(
                name: "Purpose",
                schema: "collections",
                table: "Clearances");
        }
    }
}
