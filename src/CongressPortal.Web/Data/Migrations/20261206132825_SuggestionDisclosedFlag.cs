using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SuggestionDisclosedFlag : Migration
    {
        /// <summary>
        /// The rule the public list applied per row until now; <c>Suggestion.IsDisclosed</c> keeps it from here on (the bench
        /// generator runs this after its COPY too).
        /// </summary>
        public const string Backfill = """
            UPDATE suggestions AS s SET is_disclosed = true
            WHERE s.status IN ('Replied', 'Rehandling', 'Closed') AND EXISTS (
                SELECT 1 FROM suggestion_assignments AS a
                WHERE a.suggestion_id = s.id AND a.role <> 'CoHandling' AND a.state NOT IN ('Returned', 'Reassigned')
                  AND EXISTS (
                    SELECT 1 FROM suggestion_replies AS r
                    WHERE r.assignment_id = a.id AND r.is_published AND r.round = (
                        SELECT max(x.round) FROM suggestion_replies AS x WHERE x.assignment_id = a.id AND x.reviewed_at IS NOT NULL)));
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_disclosed",
                table: "suggestions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql(Backfill);
            // Statistics for the new column at once: without them the planner took the public search for a scan of every row.
            migrationBuilder.Sql("ANALYZE suggestions;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_disclosed",
                table: "suggestions");
        }
    }
}
