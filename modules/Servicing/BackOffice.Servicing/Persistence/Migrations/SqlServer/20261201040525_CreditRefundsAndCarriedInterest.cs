using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Servicing.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CreditRefundsAndCarriedInterest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "InterestCarried",
                schema: "servicing",
                table: "Installments",
                type: "decimal(19,6)",
                precision: 19,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "CreditRefunds",
                schema: "servicing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(19,6)", precision: 19, scale: 6, nullable: false),
                    RefundedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PaymentsBefore = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    RefundedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RefundedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRefunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditRefunds_Loans_LoanId",
                        column: x => x.LoanId,
                        principalSchema: "servicing",
                        principalTable: "Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRefunds_LoanId",
                schema: "servicing",
                table: "CreditRefunds",
                column: "LoanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CreditRefunds",
                schema: "servicing");

            migrationBuilder.DropColumn(
                name: "InterestCarried",
                schema: "servicing",
                table: "Installments");
        }
    }
}
