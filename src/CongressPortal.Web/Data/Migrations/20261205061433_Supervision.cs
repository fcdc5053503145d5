using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Supervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "supervision_topic_id",
                table: "suggestion_themes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "supervision_plans",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
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
                    table.PrimaryKey("pk_supervision_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_plans_standing_committee_meetings_adopted_meeti",
                        column: x => x.adopted_meeting_id,
                        principalTable: "standing_committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "supervision_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    report_months = table.Column<int>(type: "integer", nullable: false),
                    budget_audit_report_months = table.Column<int>(type: "integer", nullable: false),
                    rework_months = table.Column<int>(type: "integer", nullable: false),
                    assign_within_working_days = table.Column<int>(type: "integer", nullable: false),
                    satisfaction_threshold_percent = table.Column<int>(type: "integer", nullable: false),
                    due_soon_days = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_plan_amendments",
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
                    table.PrimaryKey("pk_supervision_plan_amendments", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_plan_amendments_standing_committee_meetings_mee",
                        column: x => x.meeting_id,
                        principalTable: "standing_committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_supervision_plan_amendments_supervision_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "supervision_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_topics",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    added_by_amendment_id = table.Column<int>(type: "integer", nullable: true),
                    cancelled_by_amendment_id = table.Column<int>(type: "integer", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    form = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reporting_unit_id = table.Column<int>(type: "integer", nullable: false),
                    committee_id = table.Column<int>(type: "integer", nullable: false),
                    meeting_id = table.Column<int>(type: "integer", nullable: true),
                    planned_month = table.Column<int>(type: "integer", nullable: true),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    law_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    heard_on = table.Column<DateOnly>(type: "date", nullable: true),
                    report_text = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    assign_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    opinions_text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    assigned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    report_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    problem_count = table.Column<int>(type: "integer", nullable: false),
                    closed_problem_count = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "to_tsvector('simple'::regconfig, search_text)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_topics", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_topics_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_supervision_topics_handling_units_reporting_unit_id",
                        column: x => x.reporting_unit_id,
                        principalTable: "handling_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_supervision_topics_standing_committee_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "standing_committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_supervision_topics_supervision_plan_amendments_added_by_ame",
                        column: x => x.added_by_amendment_id,
                        principalTable: "supervision_plan_amendments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_supervision_topics_supervision_plan_amendments_cancelled_by",
                        column: x => x.cancelled_by_amendment_id,
                        principalTable: "supervision_plan_amendments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_supervision_topics_supervision_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "supervision_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "supervision_activities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    topic_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    start_on = table.Column<DateOnly>(type: "date", nullable: false),
                    end_on = table.Column<DateOnly>(type: "date", nullable: true),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_activities_supervision_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "supervision_topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_events",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    topic_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_events_supervision_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "supervision_topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_follow_ups",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    topic_id = table.Column<int>(type: "integer", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    findings = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    reopened_numbers = table.Column<List<int>>(type: "integer[]", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_follow_ups_supervision_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "supervision_topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_inquiries",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    topic_id = table.Column<int>(type: "integer", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    question = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    asked_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    answered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_inquiries", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_inquiries_supervision_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "supervision_topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_problems",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    topic_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    progress = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    progress_evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    progress_reported_on = table.Column<DateOnly>(type: "date", nullable: true),
                    rectified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    close_evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reopened_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reopen_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_problems", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_problems_handling_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "handling_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_supervision_problems_supervision_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "supervision_topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_report_rounds",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    topic_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    assigned_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    filed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    report_text = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    evaluation = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    votes_satisfied = table.Column<int>(type: "integer", nullable: true),
                    votes_basically_satisfied = table.Column<int>(type: "integer", nullable: true),
                    votes_unsatisfied = table.Column<int>(type: "integer", nullable: true),
                    accepted = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_report_rounds", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_report_rounds_supervision_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "supervision_topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_topic_deputies",
                columns: table => new
                {
                    topic_id = table.Column<int>(type: "integer", nullable: false),
                    deputy_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_topic_deputies", x => new { x.topic_id, x.deputy_id });
                    table.ForeignKey(
                        name: "fk_supervision_topic_deputies_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_supervision_topic_deputies_supervision_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "supervision_topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_topic_issues",
                columns: table => new
                {
                    topic_id = table.Column<int>(type: "integer", nullable: false),
                    reception_issue_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_topic_issues", x => new { x.topic_id, x.reception_issue_id });
                    table.ForeignKey(
                        name: "fk_supervision_topic_issues_reception_issues_reception_issue_id",
                        column: x => x.reception_issue_id,
                        principalTable: "reception_issues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_supervision_topic_issues_supervision_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "supervision_topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_topic_suggestions",
                columns: table => new
                {
                    topic_id = table.Column<int>(type: "integer", nullable: false),
                    suggestion_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_topic_suggestions", x => new { x.topic_id, x.suggestion_id });
                    table.ForeignKey(
                        name: "fk_supervision_topic_suggestions_suggestions_suggestion_id",
                        column: x => x.suggestion_id,
                        principalTable: "suggestions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_supervision_topic_suggestions_supervision_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "supervision_topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_report_entries",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    round_id = table.Column<int>(type: "integer", nullable: false),
                    problem_number = table.Column<int>(type: "integer", nullable: false),
                    progress = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_report_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_report_entries_supervision_report_rounds_round_",
                        column: x => x.round_id,
                        principalTable: "supervision_report_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_themes_supervision_topic_id",
                table: "suggestion_themes",
                column: "supervision_topic_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_supervision_topic_id",
                table: "proposals",
                column: "supervision_topic_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_activities_topic_id_start_on",
                table: "supervision_activities",
                columns: new[] { "topic_id", "start_on" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_events_topic_id_at",
                table: "supervision_events",
                columns: new[] { "topic_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_follow_ups_topic_id_held_on",
                table: "supervision_follow_ups",
                columns: new[] { "topic_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_inquiries_topic_id_order",
                table: "supervision_inquiries",
                columns: new[] { "topic_id", "order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervision_plan_amendments_meeting_id",
                table: "supervision_plan_amendments",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_plan_amendments_plan_id_number",
                table: "supervision_plan_amendments",
                columns: new[] { "plan_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervision_plans_adopted_meeting_id",
                table: "supervision_plans",
                column: "adopted_meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_plans_year",
                table: "supervision_plans",
                column: "year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervision_problems_topic_id_number",
                table: "supervision_problems",
                columns: new[] { "topic_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervision_problems_unit_id_status",
                table: "supervision_problems",
                columns: new[] { "unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_report_entries_round_id_problem_number",
                table: "supervision_report_entries",
                columns: new[] { "round_id", "problem_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervision_report_rounds_topic_id_number",
                table: "supervision_report_rounds",
                columns: new[] { "topic_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervision_topic_deputies_deputy_id_topic_id",
                table: "supervision_topic_deputies",
                columns: new[] { "deputy_id", "topic_id" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_topic_issues_reception_issue_id",
                table: "supervision_topic_issues",
                column: "reception_issue_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_topic_suggestions_suggestion_id_topic_id",
                table: "supervision_topic_suggestions",
                columns: new[] { "suggestion_id", "topic_id" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_topics_added_by_amendment_id",
                table: "supervision_topics",
                column: "added_by_amendment_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_topics_cancelled_by_amendment_id",
                table: "supervision_topics",
                column: "cancelled_by_amendment_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_topics_committee_id",
                table: "supervision_topics",
                column: "committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_topics_meeting_id",
                table: "supervision_topics",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_topics_plan_id",
                table: "supervision_topics",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_topics_report_due_on",
                table: "supervision_topics",
                column: "report_due_on",
                filter: "report_due_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_topics_reporting_unit_id_id",
                table: "supervision_topics",
                columns: new[] { "reporting_unit_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_topics_search_vector",
                table: "supervision_topics",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_topics_year_status",
                table: "supervision_topics",
                columns: new[] { "year", "status" });

            migrationBuilder.AddForeignKey(
                name: "fk_proposals_supervision_topics_supervision_topic_id",
                table: "proposals",
                column: "supervision_topic_id",
                principalTable: "supervision_topics",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_suggestion_themes_supervision_topics_supervision_topic_id",
                table: "suggestion_themes",
                column: "supervision_topic_id",
                principalTable: "supervision_topics",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_proposals_supervision_topics_supervision_topic_id",
                table: "proposals");

            migrationBuilder.DropForeignKey(
                name: "fk_suggestion_themes_supervision_topics_supervision_topic_id",
                table: "suggestion_themes");

            migrationBuilder.DropTable(
                name: "supervision_activities");

            migrationBuilder.DropTable(
                name: "supervision_events");

            migrationBuilder.DropTable(
                name: "supervision_follow_ups");

            migrationBuilder.DropTable(
                name: "supervision_inquiries");

            migrationBuilder.DropTable(
                name: "supervision_problems");

            migrationBuilder.DropTable(
                name: "supervision_report_entries");

            migrationBuilder.DropTable(
                name: "supervision_settings");

            migrationBuilder.DropTable(
                name: "supervision_topic_deputies");

            migrationBuilder.DropTable(
                name: "supervision_topic_issues");

            migrationBuilder.DropTable(
                name: "supervision_topic_suggestions");

            migrationBuilder.DropTable(
                name: "supervision_report_rounds");

            migrationBuilder.DropTable(
                name: "supervision_topics");

            migrationBuilder.DropTable(
                name: "supervision_plan_amendments");

            migrationBuilder.DropTable(
                name: "supervision_plans");

            migrationBuilder.DropIndex(
                name: "ix_suggestion_themes_supervision_topic_id",
                table: "suggestion_themes");

            migrationBuilder.DropIndex(
                name: "ix_proposals_supervision_topic_id",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "supervision_topic_id",
                table: "suggestion_themes");
        }
    }
}
