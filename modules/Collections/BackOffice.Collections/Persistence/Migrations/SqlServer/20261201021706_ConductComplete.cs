using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConductComplete : Migration
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
                name: "Region",
                schema: "collections",
                table: "Debtors",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ConsentedAt",
                schema: "collections",
                table: "ContactPoints",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                schema: "collections",
                table: "ContactPoints",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Application");

            migrationBuilder.AddColumn<string>(
                name: "SourceFoundBy",
                schema: "collections",
                table: "ContactPoints",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceSearch",
                schema: "collections",
                table: "ContactPoints",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IdentifiedCompanyAndSelf",
                schema: "collections",
                table: "ContactAttempts",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                schema: "collections",
                table: "Clearances",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Collection");

            migrationBuilder.AddColumn<string>(
                name: "TemplateKey",
                schema: "collections",
                table: "Clearances",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            // Purpose and Source default above: every clearance before this change was a collector's.
            // Numbers kept before sources were recorded: the borrower's own came from the application; a third party's was
            // typed by a collector with no record of where it came from, so it stays unused until its source is recorded.
            migrationBuilder.Sql("UPDATE [collections].[ContactPoints] SET Source = 'Unknown' WHERE Party = 'ThirdParty'");

            // The choices JSON keeps its column and changes shape: the old dates become history entries (see the class).
            migrationBuilder.Sql(ChoiceHistoryBackfill.SqlServer);

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
                name: "Region",
                schema: "collections",
                table: "Debtors");

            migrationBuilder.DropColumn(
                name: "ConsentedAt",
                schema: "collections",
                table: "ContactPoints");

            migrationBuilder.DropColumn(
                name: "Source",
                schema: "collections",
                table: "ContactPoints");

            migrationBuilder.DropColumn(
                name: "SourceFoundBy",
                schema: "collections",
                table: "ContactPoints");

            migrationBuilder.DropColumn(
                name: "SourceSearch",
                schema: "collections",
                table: "ContactPoints");

            migrationBuilder.DropColumn(
                name: "IdentifiedCompanyAndSelf",
                schema: "collections",
                table: "ContactAttempts");

            migrationBuilder.DropColumn(
                name: "Purpose",
                schema: "collections",
                table: "Clearances");

            migrationBuilder.DropColumn(
                name: "TemplateKey",
                schema: "collections",
                table: "Clearances");
        }
    }
}
