using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Legislation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "legislation_plans",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    end_year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    adopted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    adopted_meeting_id = table.Column<int>(type: "integer", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legislation_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_legislation_plans_standing_committee_meetings_adopted_meeti",
                        column: x => x.adopted_meeting_id,
                        principalTable: "standing_committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "normative_document_filings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    body = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    document_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    filing_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    is_late = table.Column<bool>(type: "boolean", nullable: false),
                    format_check_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    format_checked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    returned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    review_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    review_opinion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    correction_opinion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    correction_sent_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reply_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reply_received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reply_text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    result = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_normative_document_filings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "legislation_plan_amendments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    adopted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    meeting_id = table.Column<int>(type: "integer", nullable: true),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legislation_plan_amendments", x => x.id);
                    table.ForeignKey(
                        name: "fk_legislation_plan_amendments_legislation_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "legislation_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_legislation_plan_amendments_standing_committee_meetings_mee",
                        column: x => x.meeting_id,
                        principalTable: "standing_committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "review_requests",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    receipt_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    document_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    filing_id = table.Column<int>(type: "integer", nullable: true),
                    reasons = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    result = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    answer_text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_review_requests_normative_document_filings_filing_id",
                        column: x => x.filing_id,
                        principalTable: "normative_document_filings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "legislation_consultations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    record_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legislation_consultations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "legislation_events",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    record_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legislation_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "legislation_plan_item_suggestions",
                columns: table => new
                {
                    item_id = table.Column<int>(type: "integer", nullable: false),
                    suggestion_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legislation_plan_item_suggestions", x => new { x.item_id, x.suggestion_id });
                    table.ForeignKey(
                        name: "fk_legislation_plan_item_suggestions_suggestions_suggestion_id",
                        column: x => x.suggestion_id,
                        principalTable: "suggestions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "legislation_plan_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    legislation_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    drafting_body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    committee_id = table.Column<int>(type: "integer", nullable: true),
                    target_meeting_id = table.Column<int>(type: "integer", nullable: true),
                    regulation_id = table.Column<int>(type: "integer", nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    added_by_amendment_id = table.Column<int>(type: "integer", nullable: true),
                    cancelled_by_amendment_id = table.Column<int>(type: "integer", nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    is_cancelled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legislation_plan_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_legislation_plan_items_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_legislation_plan_items_legislation_plan_amendments_added_by",
                        column: x => x.added_by_amendment_id,
                        principalTable: "legislation_plan_amendments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_legislation_plan_items_legislation_plan_amendments_cancelle",
                        column: x => x.cancelled_by_amendment_id,
                        principalTable: "legislation_plan_amendments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_legislation_plan_items_legislation_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "legislation_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_legislation_plan_items_standing_committee_meetings_target_m",
                        column: x => x.target_meeting_id,
                        principalTable: "standing_committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "legislation_readings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    record_id = table.Column<int>(type: "integer", nullable: false),
                    stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    draft_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    text_json = table.Column<string>(type: "text", nullable: false),
                    article_count = table.Column<int>(type: "integer", nullable: false),
                    explanation = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legislation_readings", x => x.id);
                    table.ForeignKey(
                        name: "fk_legislation_readings_standing_committee_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "standing_committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "legislation_records",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    plan_item_id = table.Column<int>(type: "integer", nullable: true),
                    regulation_id = table.Column<int>(type: "integer", nullable: true),
                    drafting_body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    drafting_group = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    committee_id = table.Column<int>(type: "integer", nullable: true),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    status_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    passed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    passed_meeting_id = table.Column<int>(type: "integer", nullable: true),
                    votes_for = table.Column<int>(type: "integer", nullable: true),
                    votes_against = table.Column<int>(type: "integer", nullable: true),
                    abstentions = table.Column<int>(type: "integer", nullable: true),
                    passed_text_json = table.Column<string>(type: "text", nullable: true),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    approval_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    approval_resolution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    announcement_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    promulgated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legislation_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_legislation_records_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_legislation_records_legislation_plan_items_plan_item_id",
                        column: x => x.plan_item_id,
                        principalTable: "legislation_plan_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_legislation_records_standing_committee_meetings_passed_meet",
                        column: x => x.passed_meeting_id,
                        principalTable: "standing_committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regulations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    first_effective_on = table.Column<DateOnly>(type: "date", nullable: true),
                    last_promulgated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    published_version_count = table.Column<int>(type: "integer", nullable: false),
                    first_published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    repealed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    repeal_announcement_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    repeal_promulgated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    repeal_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    repeal_record_id = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regulations", x => x.id);
                    table.ForeignKey(
                        name: "fk_regulations_legislation_records_repeal_record_id",
                        column: x => x.repeal_record_id,
                        principalTable: "legislation_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regulation_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    regulation_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    announcement_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    passed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    promulgated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    change_summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    text_json = table.Column<string>(type: "text", nullable: false),
                    article_count = table.Column<int>(type: "integer", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    legislation_record_id = table.Column<int>(type: "integer", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    is_latest = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "to_tsvector('simple'::regconfig, search_text)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regulation_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_regulation_versions_legislation_records_legislation_record_",
                        column: x => x.legislation_record_id,
                        principalTable: "legislation_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_regulation_versions_regulations_regulation_id",
                        column: x => x.regulation_id,
                        principalTable: "regulations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_legislation_item_id",
                table: "proposals",
                column: "legislation_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_consultations_record_id_held_on",
                table: "legislation_consultations",
                columns: new[] { "record_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_legislation_events_record_id_at",
                table: "legislation_events",
                columns: new[] { "record_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_legislation_plan_amendments_meeting_id",
                table: "legislation_plan_amendments",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_plan_amendments_plan_id_number",
                table: "legislation_plan_amendments",
                columns: new[] { "plan_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_legislation_plan_item_suggestions_suggestion_id_item_id",
                table: "legislation_plan_item_suggestions",
                columns: new[] { "suggestion_id", "item_id" });

            migrationBuilder.CreateIndex(
                name: "ix_legislation_plan_items_added_by_amendment_id",
                table: "legislation_plan_items",
                column: "added_by_amendment_id");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_plan_items_cancelled_by_amendment_id",
                table: "legislation_plan_items",
                column: "cancelled_by_amendment_id");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_plan_items_committee_id",
                table: "legislation_plan_items",
                column: "committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_plan_items_plan_id_number",
                table: "legislation_plan_items",
                columns: new[] { "plan_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_legislation_plan_items_regulation_id",
                table: "legislation_plan_items",
                column: "regulation_id");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_plan_items_target_meeting_id",
                table: "legislation_plan_items",
                column: "target_meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_plans_adopted_meeting_id",
                table: "legislation_plans",
                column: "adopted_meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_plans_kind_year",
                table: "legislation_plans",
                columns: new[] { "kind", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_legislation_readings_meeting_id",
                table: "legislation_readings",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_readings_record_id_stage",
                table: "legislation_readings",
                columns: new[] { "record_id", "stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_legislation_records_approval_due_on",
                table: "legislation_records",
                column: "approval_due_on",
                filter: "approval_due_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_records_committee_id",
                table: "legislation_records",
                column: "committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_records_passed_meeting_id",
                table: "legislation_records",
                column: "passed_meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_records_plan_item_id",
                table: "legislation_records",
                column: "plan_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_records_regulation_id",
                table: "legislation_records",
                column: "regulation_id");

            migrationBuilder.CreateIndex(
                name: "ix_legislation_records_status",
                table: "legislation_records",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_normative_document_filings_body_document_number",
                table: "normative_document_filings",
                columns: new[] { "body", "document_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_normative_document_filings_filed_on",
                table: "normative_document_filings",
                column: "filed_on");

            migrationBuilder.CreateIndex(
                name: "ix_normative_document_filings_status_filed_on",
                table: "normative_document_filings",
                columns: new[] { "status", "filed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_regulation_versions_announcement_number",
                table: "regulation_versions",
                column: "announcement_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regulation_versions_legislation_record_id",
                table: "regulation_versions",
                column: "legislation_record_id");

            migrationBuilder.CreateIndex(
                name: "ix_regulation_versions_regulation_id_number",
                table: "regulation_versions",
                columns: new[] { "regulation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regulation_versions_search_vector",
                table: "regulation_versions",
                column: "search_vector",
                filter: "is_latest")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_regulations_field_last_promulgated_on",
                table: "regulations",
                columns: new[] { "field", "last_promulgated_on" },
                filter: "published_version_count > 0");

            migrationBuilder.CreateIndex(
                name: "ix_regulations_last_promulgated_on",
                table: "regulations",
                column: "last_promulgated_on",
                filter: "published_version_count > 0");

            migrationBuilder.CreateIndex(
                name: "ix_regulations_repeal_announcement_number",
                table: "regulations",
                column: "repeal_announcement_number",
                unique: true,
                filter: "repeal_announcement_number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_regulations_repeal_record_id",
                table: "regulations",
                column: "repeal_record_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_requests_filing_id",
                table: "review_requests",
                column: "filing_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_requests_receipt_code",
                table: "review_requests",
                column: "receipt_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_review_requests_status_submitted_at",
                table: "review_requests",
                columns: new[] { "status", "submitted_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_proposals_legislation_plan_items_legislation_item_id",
                table: "proposals",
                column: "legislation_item_id",
                principalTable: "legislation_plan_items",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_legislation_consultations_legislation_records_record_id",
                table: "legislation_consultations",
                column: "record_id",
                principalTable: "legislation_records",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_legislation_events_legislation_records_record_id",
                table: "legislation_events",
                column: "record_id",
                principalTable: "legislation_records",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_legislation_plan_item_suggestions_legislation_plan_items_it",
                table: "legislation_plan_item_suggestions",
                column: "item_id",
                principalTable: "legislation_plan_items",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_legislation_plan_items_regulations_regulation_id",
                table: "legislation_plan_items",
                column: "regulation_id",
                principalTable: "regulations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_legislation_readings_legislation_records_record_id",
                table: "legislation_readings",
                column: "record_id",
                principalTable: "legislation_records",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_legislation_records_regulations_regulation_id",
                table: "legislation_records",
                column: "regulation_id",
                principalTable: "regulations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_proposals_legislation_plan_items_legislation_item_id",
                table: "proposals");

            migrationBuilder.DropForeignKey(
                name: "fk_regulations_legislation_records_repeal_record_id",
                table: "regulations");

            migrationBuilder.DropTable(
                name: "legislation_consultations");

            migrationBuilder.DropTable(
                name: "legislation_events");

            migrationBuilder.DropTable(
                name: "legislation_plan_item_suggestions");

            migrationBuilder.DropTable(
                name: "legislation_readings");

            migrationBuilder.DropTable(
                name: "regulation_versions");

            migrationBuilder.DropTable(
                name: "review_requests");

            migrationBuilder.DropTable(
                name: "normative_document_filings");

            migrationBuilder.DropTable(
                name: "legislation_records");

            migrationBuilder.DropTable(
                name: "legislation_plan_items");

            migrationBuilder.DropTable(
                name: "legislation_plan_amendments");

            migrationBuilder.DropTable(
                name: "regulations");

            migrationBuilder.DropTable(
                name: "legislation_plans");

            migrationBuilder.DropIndex(
                name: "ix_proposals_legislation_item_id",
                table: "proposals");
        }
    }
}
