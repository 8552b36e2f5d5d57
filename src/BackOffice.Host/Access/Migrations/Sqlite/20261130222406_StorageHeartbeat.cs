using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Host.Access.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StorageHeartbeat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "access_StorageHeartbeat",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_StorageHeartbeat", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "access_StorageHeartbeat",
                columns: new[] { "Id", "WrittenAt" },
                values: new object[] { 1, 621355968000000000L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_StorageHeartbeat");
        }
    }
}
