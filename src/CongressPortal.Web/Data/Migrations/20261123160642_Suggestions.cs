using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Suggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reply_classifications",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    label = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    counts_as_solved = table.Column<bool>(type: "boolean", nullable: false),
                    requires_commitments = table.Column<bool>(type: "boolean", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reply_classifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_number_counters",
                columns: table => new
                {
                    scope = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    last_value = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_number_counters", x => x.scope);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    session_number_pattern = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    between_sessions_number_pattern = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    assign_within_working_days = table.Column<int>(type: "integer", nullable: false),
                    reply_months = table.Column<int>(type: "integer", nullable: false),
                    extended_reply_months = table.Column<int>(type: "integer", nullable: false),
                    co_opinion_months = table.Column<int>(type: "integer", nullable: false),
                    return_within_working_days = table.Column<int>(type: "integer", nullable: false),
                    rating_within_working_days = table.Column<int>(type: "integer", nullable: false),
                    rehandle_months = table.Column<int>(type: "integer", nullable: false),
                    due_soon_days = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_themes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_themes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "suggestions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    number_scope = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    session_id = table.Column<int>(type: "integer", nullable: true),
                    year = table.Column<int>(type: "integer", nullable: false),
                    lead_deputy_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    category_id = table.Column<int>(type: "integer", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    submitted_online = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    mode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    assigned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_key = table.Column<bool>(type: "boolean", nullable: false),
                    key_leader = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    key_committee_id = table.Column<int>(type: "integer", nullable: true),
                    theme_id = table.Column<int>(type: "integer", nullable: true),
                    merged_into_id = table.Column<int>(type: "integer", nullable: true),
                    status_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    replied_on = table.Column<DateOnly>(type: "date", nullable: true),
                    replied_on_time = table.Column<bool>(type: "boolean", nullable: true),
                    classification = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    satisfaction = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    met_deputy = table.Column<bool>(type: "boolean", nullable: false),
                    rehandled = table.Column<bool>(type: "boolean", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "to_tsvector('simple'::regconfig, search_text)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestions", x => x.id);
                    table.ForeignKey(
                        name: "fk_suggestions_committees_key_committee_id",
                        column: x => x.key_committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_suggestions_deputies_lead_deputy_id",
                        column: x => x.lead_deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_suggestions_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_suggestions_suggestion_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "suggestion_categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_suggestions_suggestion_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "suggestion_themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_suggestions_suggestions_merged_into_id",
                        column: x => x.merged_into_id,
                        principalTable: "suggestions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_assignments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    suggestion_id = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    assigned_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    return_deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    accepted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    round = table.Column<int>(type: "integer", nullable: false),
                    extension = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    extension_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    extension_decision_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    return_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    return_decision_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    first_replied_on = table.Column<DateOnly>(type: "date", nullable: true),
                    replied_on_time = table.Column<bool>(type: "boolean", nullable: true),
                    classification = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    satisfaction = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    met_deputy = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_suggestion_assignments_handling_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "handling_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_suggestion_assignments_suggestions_suggestion_id",
                        column: x => x.suggestion_id,
                        principalTable: "suggestions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_attachments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    suggestion_id = table.Column<int>(type: "integer", nullable: false),
                    file_id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_suggestion_attachments_stored_files_file_id",
                        column: x => x.file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_suggestion_attachments_suggestions_suggestion_id",
                        column: x => x.suggestion_id,
                        principalTable: "suggestions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_deputies",
                columns: table => new
                {
                    suggestion_id = table.Column<int>(type: "integer", nullable: false),
                    deputy_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_deputies", x => new { x.suggestion_id, x.deputy_id });
                    table.ForeignKey(
                        name: "fk_suggestion_deputies_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_suggestion_deputies_suggestions_suggestion_id",
                        column: x => x.suggestion_id,
                        principalTable: "suggestions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_events",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    suggestion_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: true),
                    detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_suggestion_events_suggestions_suggestion_id",
                        column: x => x.suggestion_id,
                        principalTable: "suggestions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_contacts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    assignment_id = table.Column<int>(type: "integer", nullable: false),
                    stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    form = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_suggestion_contacts_suggestion_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalTable: "suggestion_assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_opinions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    assignment_id = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: false),
                    sent_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_opinions", x => x.id);
                    table.ForeignKey(
                        name: "fk_suggestion_opinions_suggestion_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalTable: "suggestion_assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_replies",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    assignment_id = table.Column<int>(type: "integer", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    classification = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    signer = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    replied_on = table.Column<DateOnly>(type: "date", nullable: false),
                    is_publishable = table.Column<bool>(type: "boolean", nullable: false),
                    letter_file_id = table.Column<int>(type: "integer", nullable: true),
                    on_time = table.Column<bool>(type: "boolean", nullable: false),
                    rating_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    rating = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    rating_comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    rated_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_replies", x => x.id);
                    table.ForeignKey(
                        name: "fk_suggestion_replies_stored_files_letter_file_id",
                        column: x => x.letter_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_suggestion_replies_suggestion_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalTable: "suggestion_assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_commitments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    reply_id = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    planned_on = table.Column<DateOnly>(type: "date", nullable: false),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_commitments", x => x.id);
                    table.ForeignKey(
                        name: "fk_suggestion_commitments_suggestion_replies_reply_id",
                        column: x => x.reply_id,
                        principalTable: "suggestion_replies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "commitment_updates",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    commitment_id = table.Column<int>(type: "integer", nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitment_updates", x => x.id);
                    table.ForeignKey(
                        name: "fk_commitment_updates_suggestion_commitments_commitment_id",
                        column: x => x.commitment_id,
                        principalTable: "suggestion_commitments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_reception_issues_suggestion_id",
                table: "reception_issues",
                column: "suggestion_id");

            migrationBuilder.CreateIndex(
                name: "ix_commitment_updates_commitment_id",
                table: "commitment_updates",
                column: "commitment_id");

            migrationBuilder.CreateIndex(
                name: "ix_reply_classifications_code",
                table: "reply_classifications",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_assignments_suggestion_id",
                table: "suggestion_assignments",
                column: "suggestion_id");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_assignments_unit_id_suggestion_id",
                table: "suggestion_assignments",
                columns: new[] { "unit_id", "suggestion_id" });

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_attachments_file_id",
                table: "suggestion_attachments",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_attachments_suggestion_id",
                table: "suggestion_attachments",
                column: "suggestion_id");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_commitments_reply_id",
                table: "suggestion_commitments",
                column: "reply_id");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_contacts_assignment_id",
                table: "suggestion_contacts",
                column: "assignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_deputies_deputy_id_suggestion_id",
                table: "suggestion_deputies",
                columns: new[] { "deputy_id", "suggestion_id" });

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_events_suggestion_id_at",
                table: "suggestion_events",
                columns: new[] { "suggestion_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_opinions_assignment_id",
                table: "suggestion_opinions",
                column: "assignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_replies_assignment_id",
                table: "suggestion_replies",
                column: "assignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_replies_is_publishable",
                table: "suggestion_replies",
                column: "is_publishable",
                filter: "is_publishable");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_replies_letter_file_id",
                table: "suggestion_replies",
                column: "letter_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_themes_year_name",
                table: "suggestion_themes",
                columns: new[] { "year", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_category_id_id",
                table: "suggestions",
                columns: new[] { "category_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_due_on",
                table: "suggestions",
                column: "due_on",
                filter: "due_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_key_committee_id",
                table: "suggestions",
                column: "key_committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_lead_deputy_id_id",
                table: "suggestions",
                columns: new[] { "lead_deputy_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_merged_into_id",
                table: "suggestions",
                column: "merged_into_id");

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_number",
                table: "suggestions",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_number_scope_sequence",
                table: "suggestions",
                columns: new[] { "number_scope", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_search_vector",
                table: "suggestions",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_session_id_id",
                table: "suggestions",
                columns: new[] { "session_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_status_id",
                table: "suggestions",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_theme_id",
                table: "suggestions",
                column: "theme_id");

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_year_id",
                table: "suggestions",
                columns: new[] { "year", "id" });

            migrationBuilder.AddForeignKey(
                name: "fk_reception_issues_suggestions_suggestion_id",
                table: "reception_issues",
                column: "suggestion_id",
                principalTable: "suggestions",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_reception_issues_suggestions_suggestion_id",
                table: "reception_issues");

            migrationBuilder.DropTable(
                name: "commitment_updates");

            migrationBuilder.DropTable(
                name: "reply_classifications");

            migrationBuilder.DropTable(
                name: "suggestion_attachments");

            migrationBuilder.DropTable(
                name: "suggestion_contacts");

            migrationBuilder.DropTable(
                name: "suggestion_deputies");

            migrationBuilder.DropTable(
                name: "suggestion_events");

            migrationBuilder.DropTable(
                name: "suggestion_number_counters");

            migrationBuilder.DropTable(
                name: "suggestion_opinions");

            migrationBuilder.DropTable(
                name: "suggestion_settings");

            migrationBuilder.DropTable(
                name: "suggestion_commitments");

            migrationBuilder.DropTable(
                name: "suggestion_replies");

            migrationBuilder.DropTable(
                name: "stored_files");

            migrationBuilder.DropTable(
                name: "suggestion_assignments");

            migrationBuilder.DropTable(
                name: "suggestions");

            migrationBuilder.DropTable(
                name: "suggestion_themes");

            migrationBuilder.DropIndex(
                name: "ix_reception_issues_suggestion_id",
                table: "reception_issues");
        }
    }
}
