using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConductComplete : Migration
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
                name: "Region",
                table: "collections_Debtors",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ConsentedAt",
                table: "collections_ContactPoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "collections_ContactPoints",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Application");

            migrationBuilder.AddColumn<string>(
                name: "SourceFoundBy",
                table: "collections_ContactPoints",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceSearch",
                table: "collections_ContactPoints",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IdentifiedCompanyAndSelf",
                table: "collections_ContactAttempts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "collections_Clearances",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Collection");

            migrationBuilder.AddColumn<string>(
                name: "TemplateKey",
                table: "collections_Clearances",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            // Purpose and Source default above: every clearance before this change was a collector's.
            // Numbers kept before sources were recorded: the borrower's own came from the application; a third party's was
            // typed by a collector with no record of where it came from, so it stays unused until its source is recorded.
            migrationBuilder.Sql("UPDATE collections_ContactPoints SET Source = 'Unknown' WHERE Party = 'ThirdParty'");

            // The choices JSON keeps its column and changes shape: the old dates become history entries (see the class).
            migrationBuilder.Sql(ChoiceHistoryBackfill.Sqlite);

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
                name: "Region",
                table: "collections_Debtors");

            migrationBuilder.DropColumn(
                name: "ConsentedAt",
                table: "collections_ContactPoints");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "collections_ContactPoints");

            migrationBuilder.DropColumn(
                name: "SourceFoundBy",
                table: "collections_ContactPoints");

            migrationBuilder.DropColumn(
                name: "SourceSearch",
                table: "collections_ContactPoints");

            migrationBuilder.DropColumn(
                name: "IdentifiedCompanyAndSelf",
                table: "collections_ContactAttempts");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "collections_Clearances");

            migrationBuilder.DropColumn(
                name: "TemplateKey",
                table: "collections_Clearances");
        }
    }
}
