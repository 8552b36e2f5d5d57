using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CeaseNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IdentifiedCompanyAndSelf",
                schema: "collections",
                table: "ContactAttempts",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TemplateKey",
                schema: "collections",
                table: "Clearances",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IdentifiedCompanyAndSelf",
                schema: "collections",
                table: "ContactAttempts");

            migrationBuilder.DropColumn(
                name: "TemplateKey",
                schema: "collections",
                table: "Clearances");
        }
    }
}
