using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AgencyContactBorrowerHour : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BorrowerHour",
                schema: "collections",
                table: "AgencyContacts",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyContacts_At",
                schema: "collections",
                table: "AgencyContacts",
                column: "At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgencyContacts_At",
                schema: "collections",
                table: "AgencyContacts");

            migrationBuilder.DropColumn(
                name: "BorrowerHour",
                schema: "collections",
                table: "AgencyContacts");
        }
    }
}
