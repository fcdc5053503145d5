using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SuggestionCommitmentFigures : Migration
    {
        /// <summary>
        /// Counts the commitments already recorded, as Suggestion.RefreshCommitments keeps them from now on: per
        /// assignment over every round's replies, per suggestion over its assignments that were not returned. Derived
        /// figures, so not audited; the bench generator runs the same statements after its COPY.
        /// </summary>
        public const string Backfill = """
            UPDATE suggestion_assignments a SET commitments_open = x.open, commitments_done = x.done
            FROM (SELECT r.assignment_id,
                         count(*) FILTER (WHERE c.completed_on IS NULL) AS open,
                         count(*) FILTER (WHERE c.completed_on IS NOT NULL) AS done
                  FROM suggestion_replies r JOIN suggestion_commitments c ON c.reply_id = r.id
                  GROUP BY r.assignment_id) x
            WHERE a.id = x.assignment_id;
            UPDATE suggestions s SET commitments_open = x.open, commitments_done = x.done
            FROM (SELECT suggestion_id, sum(commitments_open) AS open, sum(commitments_done) AS done
                  FROM suggestion_assignments WHERE state <> 'Returned' AND commitments_open + commitments_done > 0
                  GROUP BY suggestion_id) x
            WHERE s.id = x.suggestion_id;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "commitments_done",
                table: "suggestions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "commitments_open",
                table: "suggestions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "commitments_done",
                table: "suggestion_assignments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "commitments_open",
                table: "suggestion_assignments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql(Backfill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "commitments_done",
                table: "suggestions");

            migrationBuilder.DropColumn(
                name: "commitments_open",
                table: "suggestions");

            migrationBuilder.DropColumn(
                name: "commitments_done",
                table: "suggestion_assignments");

            migrationBuilder.DropColumn(
                name: "commitments_open",
                table: "suggestion_assignments");
        }
    }
}
