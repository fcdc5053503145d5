using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RatingReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_suggestions_statistics",
                table: "suggestions");

            migrationBuilder.DropIndex(
                name: "ix_suggestion_assignments_statistics",
                table: "suggestion_assignments");

            migrationBuilder.AddColumn<DateOnly>(
                name: "unrated_until",
                table: "suggestions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "rating_reminded_at",
                table: "suggestion_replies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "rating_reminded_at",
                table: "suggestion_assignments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "unrated_until",
                table: "suggestion_assignments",
                type: "date",
                nullable: true);

            // Backfill (S50a): the rating reminders already sent (reminders with key rating-reminder:{reply}) are recorded
            // on their replies when they were sent while the reply was unrated and its window open; then the kept columns.
            migrationBuilder.Sql(Backfill);

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_statistics",
                table: "suggestions",
                column: "year")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "session_id", "category_id", "classification", "status", "assigned_on", "replied_on", "replied_on_time", "met_deputy", "due_on", "rehandled", "satisfaction", "unrated_until", "commitments_open", "commitments_done" });

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_unrated_until",
                table: "suggestions",
                column: "unrated_until",
                filter: "unrated_until IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_assignments_statistics",
                table: "suggestion_assignments",
                column: "year")
                .Annotation("Npgsql:IndexInclude", new[] { "session_id", "unit_id", "role", "state", "classification", "first_replied_on", "replied_on_time", "met_deputy", "due_on", "round", "satisfaction", "unrated_until", "rating_reminded_at", "suggestion_closed", "commitments_open", "commitments_done" });
        }

        /// <summary>
        /// The reminders already sent recorded on their replies, then the kept columns of S50a (this migration; the bench
        /// generator after its COPY).
        /// </summary>
        public const string Backfill = """
                UPDATE suggestion_replies r SET rating_reminded_at = m.created_at
                FROM reminders m
                WHERE m.key = 'rating-reminder:' || r.id::text AND r.rating IS NULL
                  AND (m.created_at AT TIME ZONE 'Asia/Shanghai')::date <= r.rating_due_on;
                UPDATE suggestion_assignments a SET unrated_until = r.rating_due_on, rating_reminded_at = r.rating_reminded_at
                FROM suggestion_replies r
                WHERE r.assignment_id = a.id AND r.round = a.round AND r.rating IS NULL AND a.state = 'Replied';
                UPDATE suggestions s SET unrated_until = x.until
                FROM (SELECT suggestion_id, max(unrated_until) AS until FROM suggestion_assignments
                      WHERE role <> 'CoHandling' AND state NOT IN ('Returned', 'Reassigned') AND unrated_until IS NOT NULL
                      GROUP BY suggestion_id) x
                WHERE x.suggestion_id = s.id;
                """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_suggestions_statistics",
                table: "suggestions");

            migrationBuilder.DropIndex(
                name: "ix_suggestions_unrated_until",
                table: "suggestions");

            migrationBuilder.DropIndex(
                name: "ix_suggestion_assignments_statistics",
                table: "suggestion_assignments");

            migrationBuilder.DropColumn(
                name: "unrated_until",
                table: "suggestions");

            migrationBuilder.DropColumn(
                name: "rating_reminded_at",
                table: "suggestion_replies");

            migrationBuilder.DropColumn(
                name: "rating_reminded_at",
                table: "suggestion_assignments");

            migrationBuilder.DropColumn(
                name: "unrated_until",
                table: "suggestion_assignments");

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_statistics",
                table: "suggestions",
                column: "year")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "session_id", "category_id", "classification", "status", "assigned_on", "replied_on", "replied_on_time", "met_deputy", "due_on", "rehandled", "satisfaction", "commitments_open", "commitments_done" });

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_assignments_statistics",
                table: "suggestion_assignments",
                column: "year")
                .Annotation("Npgsql:IndexInclude", new[] { "session_id", "unit_id", "role", "state", "classification", "first_replied_on", "replied_on_time", "met_deputy", "due_on", "round", "satisfaction", "suggestion_closed", "commitments_open", "commitments_done" });
        }
    }
}
