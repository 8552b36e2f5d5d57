using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Training.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "training_Certifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SuspensionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WarnedOfExpiry = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_Certifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_Courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsRemedial = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rules_QuestionsPerAttempt = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules_PassMark = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    Rules_TimeLimit = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    Rules_Cooldown = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    Rules_MaxAttempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_Courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_Enrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EnrolledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_Enrolments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_ExamAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    QuestionIds = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TimedOut = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_ExamAttempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_InboxMessages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_InboxMessages", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "training_Notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TextZh = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_Notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DispatchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_CourseVersions",
                columns: table => new
                {
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Lessons = table.Column<string>(type: "TEXT", nullable: false),
                    Questions = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_CourseVersions", x => new { x.CourseId, x.Number });
                    table.ForeignKey(
                        name: "FK_training_CourseVersions_training_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "training_Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_training_Certifications_StaffId_Channel",
                table: "training_Certifications",
                columns: new[] { "StaffId", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_Certifications_Status_ExpiresAt",
                table: "training_Certifications",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_training_Courses_Code",
                table: "training_Courses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_Enrolments_StaffId_CourseId",
                table: "training_Enrolments",
                columns: new[] { "StaffId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_training_ExamAttempts_StaffId_CourseId",
                table: "training_ExamAttempts",
                columns: new[] { "StaffId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_training_Notices_StaffId_CreatedAt",
                table: "training_Notices",
                columns: new[] { "StaffId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_training_OutboxMessages_DispatchedAt_OccurredAt",
                table: "training_OutboxMessages",
                columns: new[] { "DispatchedAt", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "training_Certifications");

            migrationBuilder.DropTable(
                name: "training_CourseVersions");

            migrationBuilder.DropTable(
                name: "training_Enrolments");

            migrationBuilder.DropTable(
                name: "training_ExamAttempts");

            migrationBuilder.DropTable(
                name: "training_InboxMessages");

            migrationBuilder.DropTable(
                name: "training_Notices");

            migrationBuilder.DropTable(
                name: "training_OutboxMessages");

            migrationBuilder.DropTable(
                name: "training_Courses");
        }
    }
}
