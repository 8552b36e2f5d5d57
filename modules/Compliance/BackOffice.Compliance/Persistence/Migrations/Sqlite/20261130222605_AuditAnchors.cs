using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Compliance.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditAnchors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "compliance_FrozenReports",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ChainKeyId",
                table: "compliance_FrozenReports",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ChainMac",
                table: "compliance_FrozenReports",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                table: "compliance_FrozenReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                table: "compliance_AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                table: "compliance_AuditAnchors",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Mac",
                table: "compliance_AuditAnchors",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "compliance_AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Mac = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_compliance_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "compliance_AuditCheckpoints",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Mac = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_compliance_AuditCheckpoints", x => x.Day);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "compliance_AuditChainHeads");

            migrationBuilder.DropTable(
                name: "compliance_AuditCheckpoints");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "compliance_FrozenReports");

            migrationBuilder.DropColumn(
                name: "ChainKeyId",
                table: "compliance_FrozenReports");

            migrationBuilder.DropColumn(
                name: "ChainMac",
                table: "compliance_FrozenReports");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "compliance_FrozenReports");

            migrationBuilder.DropColumn(
                name: "KeyId",
                table: "compliance_AuditEntries");

            migrationBuilder.DropColumn(
                name: "KeyId",
                table: "compliance_AuditAnchors");

            migrationBuilder.DropColumn(
                name: "Mac",
                table: "compliance_AuditAnchors");
        }
    }
}
