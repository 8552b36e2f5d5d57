using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Servicing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_servicing_OutboxMessages",
                table: "servicing_OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_servicing_OutboxMessages_DispatchedAt_OccurredAt",
                table: "servicing_OutboxMessages");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "servicing_OutboxMessages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<long>(
                name: "DeadLetteredAt",
                table: "servicing_OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiscardReason",
                table: "servicing_OutboxMessages",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DiscardedAt",
                table: "servicing_OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NextAttemptAt",
                table: "servicing_OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrderingKey",
                table: "servicing_OutboxMessages",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_servicing_OutboxMessages",
                table: "servicing_OutboxMessages",
                column: "Sequence");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_OutboxMessages_DispatchedAt_Sequence",
                table: "servicing_OutboxMessages",
                columns: new[] { "DispatchedAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_servicing_OutboxMessages_Id",
                table: "servicing_OutboxMessages",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_servicing_OutboxMessages_OrderingKey_Sequence",
                table: "servicing_OutboxMessages",
                columns: new[] { "OrderingKey", "Sequence" });

            // Events written before ordering keys existed: no order among them is known, so none holds back another.
            migrationBuilder.Sql("UPDATE \"servicing_OutboxMessages\" SET \"OrderingKey\" = 'legacy:' || \"Id\" WHERE \"OrderingKey\" = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_servicing_OutboxMessages",
                table: "servicing_OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_servicing_OutboxMessages_DispatchedAt_Sequence",
                table: "servicing_OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_servicing_OutboxMessages_Id",
                table: "servicing_OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_servicing_OutboxMessages_OrderingKey_Sequence",
                table: "servicing_OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "servicing_OutboxMessages");

            migrationBuilder.DropColumn(
                name: "DeadLetteredAt",
                table: "servicing_OutboxMessages");

            migrationBuilder.DropColumn(
                name: "DiscardReason",
                table: "servicing_OutboxMessages");

            migrationBuilder.DropColumn(
                name: "DiscardedAt",
                table: "servicing_OutboxMessages");

            migrationBuilder.DropColumn(
                name: "NextAttemptAt",
                table: "servicing_OutboxMessages");

            migrationBuilder.DropColumn(
                name: "OrderingKey",
                table: "servicing_OutboxMessages");

            migrationBuilder.AddPrimaryKey(
                name: "PK_servicing_OutboxMessages",
                table: "servicing_OutboxMessages",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_servicing_OutboxMessages_DispatchedAt_OccurredAt",
                table: "servicing_OutboxMessages",
                columns: new[] { "DispatchedAt", "OccurredAt" });
        }
    }
}
