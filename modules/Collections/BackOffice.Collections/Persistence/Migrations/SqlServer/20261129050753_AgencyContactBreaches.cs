using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AgencyContactBreaches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BreachedRules",
                schema: "collections",
                table: "AgencyContacts",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BreachedRules",
                schema: "collections",
                table: "AgencyContacts");
        }
    }
}
