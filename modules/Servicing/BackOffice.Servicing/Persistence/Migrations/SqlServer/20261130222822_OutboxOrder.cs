using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Servicing.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OutboxOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_OutboxMessages",
                schema: "servicing",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_DispatchedAt_OccurredAt",
                schema: "servicing",
                table: "OutboxMessages");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                schema: "servicing",
                table: "OutboxMessages",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeadLetteredAt",
                schema: "servicing",
                table: "OutboxMessages",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiscardReason",
                schema: "servicing",
                table: "OutboxMessages",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DiscardedAt",
                schema: "servicing",
                table: "OutboxMessages",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextAttemptAt",
                schema: "servicing",
                table: "OutboxMessages",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrderingKey",
                schema: "servicing",
                table: "OutboxMessages",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_OutboxMessages",
                schema: "servicing",
                table: "OutboxMessages",
                column: "Sequence");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_DispatchedAt_Sequence",
                schema: "servicing",
                table: "OutboxMessages",
                columns: new[] { "DispatchedAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Id",
                schema: "servicing",
                table: "OutboxMessages",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_OrderingKey_Sequence",
                schema: "servicing",
                table: "OutboxMessages",
                columns: new[] { "OrderingKey", "Sequence" });

            // Events written before ordering keys existed: no order among them is known, so none holds back another.
            migrationBuilder.Sql("EXEC(N'UPDATE [servicing].[OutboxMessages] SET [OrderingKey] = N''legacy:'' + CONVERT(nvarchar(36), [Id]) WHERE [OrderingKey] = N''''');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_OutboxMessages",
                schema: "servicing",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_DispatchedAt_Sequence",
                schema: "servicing",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_Id",
                schema: "servicing",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_OrderingKey_Sequence",
                schema: "servicing",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Sequence",
                schema: "servicing",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "DeadLetteredAt",
                schema: "servicing",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "DiscardReason",
                schema: "servicing",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "DiscardedAt",
                schema: "servicing",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "NextAttemptAt",
                schema: "servicing",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "OrderingKey",
                schema: "servicing",
                table: "OutboxMessages");

            migrationBuilder.AddPrimaryKey(
                name: "PK_OutboxMessages",
                schema: "servicing",
                table: "OutboxMessages",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_DispatchedAt_OccurredAt",
                schema: "servicing",
                table: "OutboxMessages",
                columns: new[] { "DispatchedAt", "OccurredAt" });
        }
    }
}
