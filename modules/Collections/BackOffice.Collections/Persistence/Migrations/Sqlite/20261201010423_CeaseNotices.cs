using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CeaseNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IdentifiedCompanyAndSelf",
                table: "collections_ContactAttempts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TemplateKey",
                table: "collections_Clearances",
                type: "TEXT",
                maxLength: 50,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IdentifiedCompanyAndSelf",
                table: "collections_ContactAttempts");

            migrationBuilder.DropColumn(
                name: "TemplateKey",
                table: "collections_Clearances");
        }
    }
}
