using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CollectorScorecards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "collections_CollectorRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections_CollectorRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_collections_CollectorRecords_At",
                table: "collections_CollectorRecords",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_collections_CollectorRecords_CollectorId_At",
                table: "collections_CollectorRecords",
                columns: new[] { "CollectorId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collections_CollectorRecords");
        }
    }
}
