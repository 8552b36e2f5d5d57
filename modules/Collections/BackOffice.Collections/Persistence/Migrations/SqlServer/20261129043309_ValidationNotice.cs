using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ValidationNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FirstCommunicationAt",
                schema: "collections",
                table: "Debtors",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ValidationNoticeSentAt",
                schema: "collections",
                table: "Debtors",
                type: "datetimeoffset",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FirstCommunicationAt",
                schema: "collections",
                table: "Debtors");

            migrationBuilder.DropColumn(
                name: "ValidationNoticeSentAt",
                schema: "collections",
                table: "Debtors");
        }
    }
}
