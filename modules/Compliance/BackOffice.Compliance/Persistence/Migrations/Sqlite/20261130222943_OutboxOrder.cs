using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Compliance.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_compliance_OutboxMessages",
                table: "compliance_OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_compliance_OutboxMessages_DispatchedAt_OccurredAt",
                table: "compliance_OutboxMessages");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "compliance_OutboxMessages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<long>(
                name: "DeadLetteredAt",
                table: "compliance_OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiscardReason",
                table: "compliance_OutboxMessages",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DiscardedAt",
                table: "compliance_OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NextAttemptAt",
                table: "compliance_OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrderingKey",
                table: "compliance_OutboxMessages",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_compliance_OutboxMessages",
                table: "compliance_OutboxMessages",
                column: "Sequence");

            migrationBuilder.CreateIndex(
                name: "IX_compliance_OutboxMessages_DispatchedAt_Sequence",
                table: "compliance_OutboxMessages",
                columns: new[] { "DispatchedAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_compliance_OutboxMessages_Id",
                table: "compliance_OutboxMessages",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_compliance_OutboxMessages_OrderingKey_Sequence",
                table: "compliance_OutboxMessages",
                columns: new[] { "OrderingKey", "Sequence" });

            // Events written before ordering keys existed: no order among them is known, so none holds back another.
            migrationBuilder.Sql("UPDATE \"compliance_OutboxMessages\" SET \"OrderingKey\" = 'legacy:' || \"Id\" WHERE \"OrderingKey\" = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_compliance_OutboxMessages",
                table: "compliance_OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_compliance_OutboxMessages_DispatchedAt_Sequence",
                table: "compliance_OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_compliance_OutboxMessages_Id",
                table: "compliance_OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_compliance_OutboxMessages_OrderingKey_Sequence",
                table: "compliance_OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "compliance_OutboxMessages");

            migrationBuilder.DropColumn(
                name: "DeadLetteredAt",
                table: "compliance_OutboxMessages");

            migrationBuilder.DropColumn(
                name: "DiscardReason",
                table: "compliance_OutboxMessages");

            migrationBuilder.DropColumn(
                name: "DiscardedAt",
                table: "compliance_OutboxMessages");

            migrationBuilder.DropColumn(
                name: "NextAttemptAt",
                table: "compliance_OutboxMessages");

            migrationBuilder.DropColumn(
                name: "OrderingKey",
                table: "compliance_OutboxMessages");

            migrationBuilder.AddPrimaryKey(
                name: "PK_compliance_OutboxMessages",
                table: "compliance_OutboxMessages",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_compliance_OutboxMessages_DispatchedAt_OccurredAt",
                table: "compliance_OutboxMessages",
                columns: new[] { "DispatchedAt", "OccurredAt" });
        }
    }
}
