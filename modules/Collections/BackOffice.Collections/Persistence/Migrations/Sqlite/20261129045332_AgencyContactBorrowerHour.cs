using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgencyContactBorrowerHour : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BorrowerHour",
                table: "collections_AgencyContacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_collections_AgencyContacts_At",
                table: "collections_AgencyContacts",
                column: "At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_collections_AgencyContacts_At",
                table: "collections_AgencyContacts");

            migrationBuilder.DropColumn(
                name: "BorrowerHour",
                table: "collections_AgencyContacts");
        }
    }
}
