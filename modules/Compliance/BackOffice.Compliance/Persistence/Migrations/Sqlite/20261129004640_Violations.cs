using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Compliance.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Violations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "compliance_Violations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReviewReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_compliance_Violations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_compliance_Violations_Source_SourceId_CollectorId",
                table: "compliance_Violations",
                columns: new[] { "Source", "SourceId", "CollectorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_compliance_Violations_Status_OccurredAt",
                table: "compliance_Violations",
                columns: new[] { "Status", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "compliance_Violations");
        }
    }
}
