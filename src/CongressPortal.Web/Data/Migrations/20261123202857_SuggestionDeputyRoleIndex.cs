using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SuggestionDeputyRoleIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_suggestion_deputies_deputy_id_suggestion_id",
                table: "suggestion_deputies");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_deputies_deputy_id_suggestion_id",
                table: "suggestion_deputies",
                columns: new[] { "deputy_id", "suggestion_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "role" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_suggestion_deputies_deputy_id_suggestion_id",
                table: "suggestion_deputies");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_deputies_deputy_id_suggestion_id",
                table: "suggestion_deputies",
                columns: new[] { "deputy_id", "suggestion_id" });
        }
    }
}
