using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SuggestionRatingWindowIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_suggestions_unrated_until",
                table: "suggestions");

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_unrated_until",
                table: "suggestions",
                column: "unrated_until",
                filter: "unrated_until IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "session_id", "year", "category_id", "satisfaction" });

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_assignments_unreminded",
                table: "suggestion_assignments",
                column: "suggestion_id",
                filter: "unrated_until IS NOT NULL AND rating_reminded_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_suggestions_unrated_until",
                table: "suggestions");

            migrationBuilder.DropIndex(
                name: "ix_suggestion_assignments_unreminded",
                table: "suggestion_assignments");

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_unrated_until",
                table: "suggestions",
                column: "unrated_until",
                filter: "unrated_until IS NOT NULL");
        }
    }
}
