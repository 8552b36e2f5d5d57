using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Servicing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CobLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "ExpiresAt",
                table: "servicing_RunLeases",
                newName: "HeartbeatAt");

            migrationBuilder.AddColumn<int>(
                name: "ResumedAt",
                table: "servicing_CloseOfBusinessRuns",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ResumedAt",
                table: "servicing_CloseOfBusinessRuns");

            migrationBuilder.RenameColumn(
                name: "HeartbeatAt",
                table: "servicing_RunLeases",
                newName: "ExpiresAt");
        }
    }
}
