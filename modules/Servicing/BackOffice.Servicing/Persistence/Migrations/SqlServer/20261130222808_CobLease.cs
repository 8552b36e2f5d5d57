using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Servicing.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CobLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "ExpiresAt",
                schema: "servicing",
                table: "RunLeases",
                newName: "HeartbeatAt");

            migrationBuilder.AddColumn<int>(
                name: "ResumedAt",
                schema: "servicing",
                table: "CloseOfBusinessRuns",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ResumedAt",
                schema: "servicing",
                table: "CloseOfBusinessRuns");

            migrationBuilder.RenameColumn(
                name: "HeartbeatAt",
                schema: "servicing",
                table: "RunLeases",
                newName: "ExpiresAt");
        }
    }
}
