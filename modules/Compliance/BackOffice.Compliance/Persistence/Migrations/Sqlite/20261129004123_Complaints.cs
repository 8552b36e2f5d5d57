using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Compliance.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Complaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "compliance_Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IsComplex = table.Column<bool>(type: "INTEGER", nullable: false),
                    LoanReference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CollectorIds = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    RespondBy = table.Column<long>(type: "INTEGER", nullable: true),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExtensionApproved = table.Column<bool>(type: "INTEGER", nullable: false),
                    HandlerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Remedy = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_compliance_Complaints", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_compliance_Complaints_Reference",
                table: "compliance_Complaints",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_compliance_Complaints_Status_Deadline",
                table: "compliance_Complaints",
                columns: new[] { "Status", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "compliance_Complaints");
        }
    }
}
