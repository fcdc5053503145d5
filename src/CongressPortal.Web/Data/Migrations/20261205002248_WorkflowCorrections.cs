using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WorkflowCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_suggestion_replies_is_publishable",
                table: "suggestion_replies");

            migrationBuilder.RenameColumn(
                name: "replied_on",
                table: "suggestion_replies",
                newName: "signed_on");

            migrationBuilder.AddColumn<DateOnly>(
                name: "closeable_on",
                table: "suggestions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closing_note",
                table: "suggestions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "filed_at",
                table: "suggestion_replies",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateOnly>(
                name: "filed_on",
                table: "suggestion_replies",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<bool>(
                name: "is_published",
                table: "suggestion_replies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "missing_opinions_note",
                table: "suggestion_replies",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reviewed_at",
                table: "suggestion_replies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reviewed_by",
                table: "suggestion_replies",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "met_after",
                table: "suggestion_assignments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "met_before",
                table: "suggestion_assignments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "met_during",
                table: "suggestion_assignments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "suggestion_reply_revisions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    reply_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    classification = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    signer = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    is_publishable = table.Column<bool>(type: "boolean", nullable: false),
                    letter_file_id = table.Column<int>(type: "integer", nullable: true),
                    missing_opinions_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    commitments = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    revised_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    revised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_reply_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_suggestion_reply_revisions_stored_files_letter_file_id",
                        column: x => x.letter_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_suggestion_reply_revisions_suggestion_replies_reply_id",
                        column: x => x.reply_id,
                        principalTable: "suggestion_replies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_closeable_on",
                table: "suggestions",
                column: "closeable_on",
                filter: "closeable_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_replies_is_published",
                table: "suggestion_replies",
                column: "is_published",
                filter: "is_published");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_reply_revisions_letter_file_id",
                table: "suggestion_reply_revisions",
                column: "letter_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_reply_revisions_reply_id",
                table: "suggestion_reply_revisions",
                column: "reply_id");

            // Replies filed before this change: the letter's date was the only date kept, so it stands for the filing
            // day too; they were public as soon as filed, so they count as reviewed (published when the unit allowed it).
            migrationBuilder.Sql("""
                UPDATE suggestion_replies
                SET filed_on = signed_on,
                    filed_at = (signed_on::timestamp + time '10:00') AT TIME ZONE 'Asia/Shanghai',
                    is_published = is_publishable,
                    reviewed_at = (signed_on::timestamp + time '10:00') AT TIME ZONE 'Asia/Shanghai',
                    reviewed_by = '系统迁移（此前答复提交即公开）';
                """);

            // 三见面 per stage from the contacts logged; met_deputy now means all three stages.
            migrationBuilder.Sql("""
                UPDATE suggestion_assignments a
                SET met_before = EXISTS (SELECT 1 FROM suggestion_contacts c WHERE c.assignment_id = a.id AND c.stage = 'Before'),
                    met_during = EXISTS (SELECT 1 FROM suggestion_contacts c WHERE c.assignment_id = a.id AND c.stage = 'During'),
                    met_after = EXISTS (SELECT 1 FROM suggestion_contacts c WHERE c.assignment_id = a.id AND c.stage = 'After');
                UPDATE suggestion_assignments SET met_deputy = met_before AND met_during AND met_after;
                UPDATE suggestions s
                SET met_deputy = EXISTS (SELECT 1 FROM suggestion_assignments a
                        WHERE a.suggestion_id = s.id AND a.role <> 'CoHandling' AND a.state NOT IN ('Returned', 'Reassigned'))
                    AND NOT EXISTS (SELECT 1 FROM suggestion_assignments a
                        WHERE a.suggestion_id = s.id AND a.role <> 'CoHandling' AND a.state NOT IN ('Returned', 'Reassigned') AND NOT a.met_deputy);
                """);

            // The day from which 办结 is allowed (Suggestion.CloseableOn), for suggestions already 已答复.
            migrationBuilder.Sql("""
                UPDATE suggestions s
                SET closeable_on = (
                    SELECT max(CASE WHEN r.rating IS NULL THEN r.rating_due_on + 1 ELSE coalesce(r.rated_on, r.filed_on) END)
                    FROM suggestion_assignments a
                    JOIN suggestion_replies r ON r.assignment_id = a.id AND r.round = a.round
                    WHERE a.suggestion_id = s.id AND a.role <> 'CoHandling' AND a.state NOT IN ('Returned', 'Reassigned'))
                WHERE s.status = 'Replied'
                  AND NOT EXISTS (SELECT 1 FROM suggestion_assignments a
                      WHERE a.suggestion_id = s.id AND a.state NOT IN ('Returned', 'Reassigned')
                        AND ((a.role = 'CoHandling' AND NOT EXISTS (SELECT 1 FROM suggestion_opinions o WHERE o.assignment_id = a.id))
                          OR (a.role <> 'CoHandling' AND (a.state = 'Rehandling'
                              OR NOT EXISTS (SELECT 1 FROM suggestion_replies r WHERE r.assignment_id = a.id AND r.round = a.round AND (r.rating IS NULL OR r.rating <> 'Unsatisfied'))))));
                """);

            // 代表法第五十一条: three months, six at most when extended. Settings beyond the law come down to it.
            migrationBuilder.Sql("""
                UPDATE suggestion_settings
                SET reply_months = least(reply_months, 3),
                    extended_reply_months = least(greatest(extended_reply_months, least(reply_months, 3)), 6),
                    co_opinion_months = least(co_opinion_months, least(reply_months, 3)),
                    rehandle_months = least(rehandle_months, 3);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "suggestion_reply_revisions");

            migrationBuilder.DropIndex(
                name: "ix_suggestions_closeable_on",
                table: "suggestions");

            migrationBuilder.DropIndex(
                name: "ix_suggestion_replies_is_published",
                table: "suggestion_replies");

            migrationBuilder.DropColumn(
                name: "closeable_on",
                table: "suggestions");

            migrationBuilder.DropColumn(
                name: "closing_note",
                table: "suggestions");

            migrationBuilder.DropColumn(
                name: "filed_at",
                table: "suggestion_replies");

            migrationBuilder.DropColumn(
                name: "filed_on",
                table: "suggestion_replies");

            migrationBuilder.DropColumn(
                name: "is_published",
                table: "suggestion_replies");

            migrationBuilder.DropColumn(
                name: "missing_opinions_note",
                table: "suggestion_replies");

            migrationBuilder.DropColumn(
                name: "reviewed_at",
                table: "suggestion_replies");

            migrationBuilder.DropColumn(
                name: "reviewed_by",
                table: "suggestion_replies");

            migrationBuilder.DropColumn(
                name: "met_after",
                table: "suggestion_assignments");

            migrationBuilder.DropColumn(
                name: "met_before",
                table: "suggestion_assignments");

            migrationBuilder.DropColumn(
                name: "met_during",
                table: "suggestion_assignments");

            migrationBuilder.RenameColumn(
                name: "signed_on",
                table: "suggestion_replies",
                newName: "replied_on");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_replies_is_publishable",
                table: "suggestion_replies",
                column: "is_publishable",
                filter: "is_publishable");
        }
    }
}
