using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Proposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "proposal_id",
                table: "suggestions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "proposal_deadline",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "proposal_number_pattern",
                table: "sessions",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "{term}届{session}次会议议案第{NN}号");

            migrationBuilder.CreateTable(
                name: "proposals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    session_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    sequence = table.Column<int>(type: "integer", nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    lead_deputy_id = table.Column<int>(type: "integer", nullable: true),
                    delegation_id = table.Column<int>(type: "integer", nullable: true),
                    committee_id = table.Column<int>(type: "integer", nullable: true),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    grounds = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    solution = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    submitted_online = table.Column<bool>(type: "boolean", nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    signed_count = table.Column<int>(type: "integer", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    referred_committee_id = table.Column<int>(type: "integer", nullable: true),
                    report_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reported_on = table.Column<DateOnly>(type: "date", nullable: true),
                    report_filed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    report_text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    result_on = table.Column<DateOnly>(type: "date", nullable: true),
                    result_text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    result_meeting_id = table.Column<int>(type: "integer", nullable: true),
                    status_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    suggestion_id = table.Column<int>(type: "integer", nullable: true),
                    legislation_item_id = table.Column<int>(type: "integer", nullable: true),
                    supervision_topic_id = table.Column<int>(type: "integer", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "to_tsvector('simple'::regconfig, search_text)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposals", x => x.id);
                    table.ForeignKey(
                        name: "fk_proposals_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposals_committees_referred_committee_id",
                        column: x => x.referred_committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposals_delegations_delegation_id",
                        column: x => x.delegation_id,
                        principalTable: "delegations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposals_deputies_lead_deputy_id",
                        column: x => x.lead_deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposals_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposals_standing_committee_meetings_result_meeting_id",
                        column: x => x.result_meeting_id,
                        principalTable: "standing_committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposals_suggestions_suggestion_id",
                        column: x => x.suggestion_id,
                        principalTable: "suggestions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proposal_attachments",
                columns: table => new
                {
                    proposal_id = table.Column<int>(type: "integer", nullable: false),
                    file_id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_attachments", x => new { x.proposal_id, x.file_id });
                    table.ForeignKey(
                        name: "fk_proposal_attachments_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_proposal_attachments_stored_files_file_id",
                        column: x => x.file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proposal_events",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    proposal_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_proposal_events_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposal_signers",
                columns: table => new
                {
                    proposal_id = table.Column<int>(type: "integer", nullable: false),
                    deputy_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_signers", x => new { x.proposal_id, x.deputy_id });
                    table.ForeignKey(
                        name: "fk_proposal_signers_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposal_signers_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_proposal_id",
                table: "suggestions",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposal_attachments_file_id",
                table: "proposal_attachments",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposal_events_proposal_id_at",
                table: "proposal_events",
                columns: new[] { "proposal_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_proposal_signers_deputy_id_proposal_id",
                table: "proposal_signers",
                columns: new[] { "deputy_id", "proposal_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "role", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_committee_id",
                table: "proposals",
                column: "committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_delegation_id",
                table: "proposals",
                column: "delegation_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_lead_deputy_id_id",
                table: "proposals",
                columns: new[] { "lead_deputy_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_number",
                table: "proposals",
                column: "number",
                unique: true,
                filter: "number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_referred_committee_id",
                table: "proposals",
                column: "referred_committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_report_due_on",
                table: "proposals",
                column: "report_due_on",
                filter: "report_due_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_result_meeting_id",
                table: "proposals",
                column: "result_meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_search_vector",
                table: "proposals",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_session_id_sequence",
                table: "proposals",
                columns: new[] { "session_id", "sequence" },
                unique: true,
                filter: "sequence IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_session_id_status_id",
                table: "proposals",
                columns: new[] { "session_id", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_suggestion_id",
                table: "proposals",
                column: "suggestion_id");

            migrationBuilder.AddForeignKey(
                name: "fk_suggestions_proposals_proposal_id",
                table: "suggestions",
                column: "proposal_id",
                principalTable: "proposals",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_suggestions_proposals_proposal_id",
                table: "suggestions");

            migrationBuilder.DropTable(
                name: "proposal_attachments");

            migrationBuilder.DropTable(
                name: "proposal_events");

            migrationBuilder.DropTable(
                name: "proposal_signers");

            migrationBuilder.DropTable(
                name: "proposals");

            migrationBuilder.DropIndex(
                name: "ix_suggestions_proposal_id",
                table: "suggestions");

            migrationBuilder.DropColumn(
                name: "proposal_id",
                table: "suggestions");

            migrationBuilder.DropColumn(
                name: "proposal_deadline",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "proposal_number_pattern",
                table: "sessions");
        }
    }
}
