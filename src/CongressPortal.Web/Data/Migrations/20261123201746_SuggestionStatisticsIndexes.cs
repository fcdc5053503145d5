using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SuggestionStatisticsIndexes : Migration
    {
        /// <summary>
        /// Copies each suggestion's year, session and closing onto its assignments, as Suggestion.RefreshCommitments
        /// keeps them from now on. Derived figures, so not audited; the bench generator runs it after its COPY.
        /// </summary>
        public const string Backfill = """
            UPDATE suggestion_assignments a
            SET year = s.year, session_id = s.session_id, suggestion_closed = (s.status = 'Closed')
            FROM suggestions s
            WHERE s.id = a.suggestion_id;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "session_id",
                table: "suggestion_assignments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "suggestion_closed",
                table: "suggestion_assignments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "year",
                table: "suggestion_assignments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql(Backfill);

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_suggestions_statistics",
                table: "suggestions");

            migrationBuilder.DropIndex(
                name: "ix_suggestion_assignments_statistics",
                table: "suggestion_assignments");

            migrationBuilder.DropColumn(
                name: "session_id",
                table: "suggestion_assignments");

            migrationBuilder.DropColumn(
                name: "suggestion_closed",
                table: "suggestion_assignments");

            migrationBuilder.DropColumn(
                name: "year",
                table: "suggestion_assignments");
        }
    }
}
