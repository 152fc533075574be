using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TargetsDashboard.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReportingRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportingRoundSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DeadlineDay = table.Column<int>(type: "int", nullable: false),
                    FocalOfficersMaySubmit = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingRoundSettings", x => x.Id);
                    table.CheckConstraint("CK_ReportingRoundSetting_Day", "\"DeadlineDay\" >= 1 AND \"DeadlineDay\" <= 28");
                });

            migrationBuilder.CreateTable(
                name: "SubmissionDeadlines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionDeadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnitSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Highlights = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Difficulties = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Proposals = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NextTasks = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    FirstSubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SubmittedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ReviewedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReturnReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitSubmissions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SubmissionId = table.Column<int>(type: "int", nullable: false),
                    IndicatorId = table.Column<int>(type: "int", nullable: false),
                    Numerator = table.Column<long>(type: "bigint", nullable: true),
                    Denominator = table.Column<long>(type: "bigint", nullable: true),
                    BaseVersion = table.Column<int>(type: "int", nullable: true),
                    Explanation = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionFigures_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SubmissionFigures_UnitSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "UnitSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionDeadlines_Month",
                table: "SubmissionDeadlines",
                column: "Month",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionFigures_IndicatorId",
                table: "SubmissionFigures",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionFigures_SubmissionId_IndicatorId",
                table: "SubmissionFigures",
                columns: new[] { "SubmissionId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitSubmissions_Month",
                table: "UnitSubmissions",
                column: "Month");

            migrationBuilder.CreateIndex(
                name: "IX_UnitSubmissions_UnitId_Month",
                table: "UnitSubmissions",
                columns: new[] { "UnitId", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportingRoundSettings");

            migrationBuilder.DropTable(
                name: "SubmissionDeadlines");

            migrationBuilder.DropTable(
                name: "SubmissionFigures");

            migrationBuilder.DropTable(
                name: "UnitSubmissions");
        }
    }
}
