using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Compliance.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AuditAnchors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                schema: "compliance",
                table: "FrozenReports",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ChainKeyId",
                schema: "compliance",
                table: "FrozenReports",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ChainMac",
                schema: "compliance",
                table: "FrozenReports",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                schema: "compliance",
                table: "FrozenReports",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                schema: "compliance",
                table: "AuditEntries",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                schema: "compliance",
                table: "AuditAnchors",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Mac",
                schema: "compliance",
                table: "AuditAnchors",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                schema: "compliance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    KeyId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Mac = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditCheckpoints",
                schema: "compliance",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    KeyId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Mac = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditCheckpoints", x => x.Day);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditChainHeads",
                schema: "compliance");

            migrationBuilder.DropTable(
                name: "AuditCheckpoints",
                schema: "compliance");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                schema: "compliance",
                table: "FrozenReports");

            migrationBuilder.DropColumn(
                name: "ChainKeyId",
                schema: "compliance",
                table: "FrozenReports");

            migrationBuilder.DropColumn(
                name: "ChainMac",
                schema: "compliance",
                table: "FrozenReports");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                schema: "compliance",
                table: "FrozenReports");

            migrationBuilder.DropColumn(
                name: "KeyId",
                schema: "compliance",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "KeyId",
                schema: "compliance",
                table: "AuditAnchors");

            migrationBuilder.DropColumn(
                name: "Mac",
                schema: "compliance",
                table: "AuditAnchors");
        }
    }
}
