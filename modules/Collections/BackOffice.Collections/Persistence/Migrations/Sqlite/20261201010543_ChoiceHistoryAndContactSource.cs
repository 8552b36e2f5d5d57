using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Collections.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChoiceHistoryAndContactSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ConsentedAt",
                table: "collections_ContactPoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "collections_ContactPoints",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Application");

            migrationBuilder.AddColumn<string>(
                name: "SourceFoundBy",
                table: "collections_ContactPoints",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceSearch",
                table: "collections_ContactPoints",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // Numbers kept before sources were recorded came from the booking (the application) or its references.
            // The choices JSON keeps its column and changes shape: the old dates become history entries (see the class).
            migrationBuilder.Sql(ChoiceHistoryBackfill.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConsentedAt",
                table: "collections_ContactPoints");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "collections_ContactPoints");

            migrationBuilder.DropColumn(
                name: "SourceFoundBy",
                table: "collections_ContactPoints");

            migrationBuilder.DropColumn(
                name: "SourceSearch",
                table: "collections_ContactPoints");
        }
    }
}
