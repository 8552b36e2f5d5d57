using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Host.Access.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StorageHeartbeat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StorageHeartbeat",
                schema: "access",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StorageHeartbeat", x => x.Id);
                });

            migrationBuilder.InsertData(
                schema: "access",
                table: "StorageHeartbeat",
                columns: new[] { "Id", "WrittenAt" },
                values: new object[] { 1, new DateTimeOffset(new DateTime(1970, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StorageHeartbeat",
                schema: "access");
        }
    }
}
