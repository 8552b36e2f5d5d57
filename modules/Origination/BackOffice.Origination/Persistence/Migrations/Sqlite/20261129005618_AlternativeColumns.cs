using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Origination.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AlternativeColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Alternative_TermForRequestedAmount",
                table: "origination_LoanApplications",
                newName: "AlternativeTermMonths");

            migrationBuilder.RenameColumn(
                name: "Alternative_MaxAmountAtRequestedTerm",
                table: "origination_LoanApplications",
                newName: "AlternativeAmount");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "AlternativeTermMonths",
                table: "origination_LoanApplications",
                newName: "Alternative_TermForRequestedAmount");

            migrationBuilder.RenameColumn(
                name: "AlternativeAmount",
                table: "origination_LoanApplications",
                newName: "Alternative_MaxAmountAtRequestedTerm");
        }
    }
}
