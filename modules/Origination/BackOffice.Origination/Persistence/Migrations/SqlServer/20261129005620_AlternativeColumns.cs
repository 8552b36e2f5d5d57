using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Origination.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AlternativeColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Alternative_TermForRequestedAmount",
                schema: "origination",
                table: "LoanApplications",
                newName: "AlternativeTermMonths");

            migrationBuilder.RenameColumn(
                name: "Alternative_MaxAmountAtRequestedTerm",
                schema: "origination",
                table: "LoanApplications",
                newName: "AlternativeAmount");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "AlternativeTermMonths",
                schema: "origination",
                table: "LoanApplications",
                newName: "Alternative_TermForRequestedAmount");

            migrationBuilder.RenameColumn(
                name: "AlternativeAmount",
                schema: "origination",
                table: "LoanApplications",
                newName: "Alternative_MaxAmountAtRequestedTerm");
        }
    }
}
