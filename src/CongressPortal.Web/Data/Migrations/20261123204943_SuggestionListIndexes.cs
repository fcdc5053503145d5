using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SuggestionListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_suggestions_key",
                table: "suggestions",
                column: "id",
                filter: "is_key");

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_session_id_status_id",
                table: "suggestions",
                columns: new[] { "session_id", "status", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_suggestions_key",
                table: "suggestions");

            migrationBuilder.DropIndex(
                name: "ix_suggestions_session_id_status_id",
                table: "suggestions");
        }
    }
}
