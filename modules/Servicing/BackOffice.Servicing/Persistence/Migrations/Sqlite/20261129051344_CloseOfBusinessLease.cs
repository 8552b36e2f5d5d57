using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Servicing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CloseOfBusinessLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "servicing_RunLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servicing_RunLeases", x => x.Name);
                });

            migrationBuilder.InsertData(
                table: "servicing_RunLeases",
                columns: new[] { "Name", "ExpiresAt", "Holder" },
                values: new object[] { "close-of-business", 621355968000000000L, "" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "servicing_RunLeases");
        }
    }
}
