using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WorkReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "work_reports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    session_id = table.Column<int>(type: "integer", nullable: true),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    delivered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    speaker_name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    speaker_title = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    draft_json = table.Column<string>(type: "text", nullable: true),
                    import_notice = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    unpublish_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    unpublished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_reports_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_report_figures",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    work_report_id = table.Column<int>(type: "integer", nullable: false),
                    label = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    source_note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    anchor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_report_figures", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_report_figures_work_reports_work_report_id",
                        column: x => x.work_report_id,
                        principalTable: "work_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_report_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    work_report_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    blocks_json = table.Column<string>(type: "text", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    correction_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    published_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_report_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_report_versions_work_reports_work_report_id",
                        column: x => x.work_report_id,
                        principalTable: "work_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_work_report_figures_work_report_id_sort_order",
                table: "work_report_figures",
                columns: new[] { "work_report_id", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "ix_work_report_versions_work_report_id_number",
                table: "work_report_versions",
                columns: new[] { "work_report_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_work_reports_session_id",
                table: "work_reports",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_reports_year",
                table: "work_reports",
                column: "year",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "work_report_figures");

            migrationBuilder.DropTable(
                name: "work_report_versions");

            migrationBuilder.DropTable(
                name: "work_reports");
        }
    }
}
