using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ChoiceHistoryAndContactSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ConsentedAt",
                schema: "collections",
                table: "ContactPoints",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                schema: "collections",
                table: "ContactPoints",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Application");

            migrationBuilder.AddColumn<string>(
                name: "SourceFoundBy",
                schema: "collections",
                table: "ContactPoints",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceSearch",
                schema: "collections",
                table: "ContactPoints",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            // Numbers kept before sources were recorded came from the booking (the application) or its references.
            // The choices JSON keeps its column and changes shape: the old dates become history entries (see the class).
            migrationBuilder.Sql(ChoiceHistoryBackfill.SqlServer);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConsentedAt",
                schema: "collections",
                table: "ContactPoints");

            migrationBuilder.DropColumn(
                name: "Source",
                schema: "collections",
                table: "ContactPoints");

            migrationBuilder.DropColumn(
                name: "SourceFoundBy",
                schema: "collections",
                table: "ContactPoints");

            migrationBuilder.DropColumn(
                name: "SourceSearch",
                schema: "collections",
                table: "ContactPoints");
        }
    }
}
