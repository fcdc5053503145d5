using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OpenDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "legislative_contact_points",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    district = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    host_organisation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    contact_person = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    established_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legislative_contact_points", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "open_drafts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    record_id = table.Column<int>(type: "integer", nullable: false),
                    reading_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    explanation = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    text_json = table.Column<string>(type: "text", nullable: false),
                    article_count = table.Column<int>(type: "integer", nullable: false),
                    article_anchors = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    last_day = table.Column<DateOnly>(type: "date", nullable: false),
                    closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_early_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_early_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    outcome_summary = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    outcome_published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_open_drafts", x => x.id);
                    table.ForeignKey(
                        name: "fk_open_drafts_legislation_readings_reading_id",
                        column: x => x.reading_id,
                        principalTable: "legislation_readings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_open_drafts_legislation_records_record_id",
                        column: x => x.record_id,
                        principalTable: "legislation_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "draft_comments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    draft_id = table.Column<int>(type: "integer", nullable: false),
                    article_anchor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    body = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    receipt_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    contact_point_id = table.Column<int>(type: "integer", nullable: true),
                    collected_on = table.Column<DateOnly>(type: "date", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_draft_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_draft_comments_legislative_contact_points_contact_point_id",
                        column: x => x.contact_point_id,
                        principalTable: "legislative_contact_points",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_draft_comments_open_drafts_draft_id",
                        column: x => x.draft_id,
                        principalTable: "open_drafts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "open_draft_article_notes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    draft_id = table.Column<int>(type: "integer", nullable: false),
                    article_anchor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_open_draft_article_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_open_draft_article_notes_open_drafts_draft_id",
                        column: x => x.draft_id,
                        principalTable: "open_drafts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "open_draft_deadline_changes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    draft_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    from_last_day = table.Column<DateOnly>(type: "date", nullable: false),
                    to_last_day = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_open_draft_deadline_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_open_draft_deadline_changes_open_drafts_draft_id",
                        column: x => x.draft_id,
                        principalTable: "open_drafts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_draft_comments_contact_point_id",
                table: "draft_comments",
                column: "contact_point_id",
                filter: "contact_point_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_draft_comments_draft_id_article_anchor_status_id",
                table: "draft_comments",
                columns: new[] { "draft_id", "article_anchor", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_draft_comments_draft_id_status",
                table: "draft_comments",
                columns: new[] { "draft_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_draft_comments_receipt_code",
                table: "draft_comments",
                column: "receipt_code",
                unique: true,
                filter: "receipt_code IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_legislative_contact_points_name",
                table: "legislative_contact_points",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_open_draft_article_notes_draft_id_article_anchor",
                table: "open_draft_article_notes",
                columns: new[] { "draft_id", "article_anchor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_open_draft_deadline_changes_draft_id",
                table: "open_draft_deadline_changes",
                column: "draft_id");

            migrationBuilder.CreateIndex(
                name: "ix_open_drafts_reading_id",
                table: "open_drafts",
                column: "reading_id");

            migrationBuilder.CreateIndex(
                name: "ix_open_drafts_record_id",
                table: "open_drafts",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "ix_open_drafts_status_closes_at",
                table: "open_drafts",
                columns: new[] { "status", "closes_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "draft_comments");

            migrationBuilder.DropTable(
                name: "open_draft_article_notes");

            migrationBuilder.DropTable(
                name: "open_draft_deadline_changes");

            migrationBuilder.DropTable(
                name: "legislative_contact_points");

            migrationBuilder.DropTable(
                name: "open_drafts");
        }
    }
}
