using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssignmentAwaitsUnit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "awaits_unit",
                table: "suggestion_assignments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // SuggestionAssignment.AwaitsUnit: the part waits for its unit while the suggestion is being handled.
            migrationBuilder.Sql("""
                UPDATE suggestion_assignments a
                SET awaits_unit = a.state IN ('AwaitingAcceptance', 'Accepted', 'ReturnRequested', 'Rehandling')
                    AND EXISTS (SELECT 1 FROM suggestions s WHERE s.id = a.suggestion_id AND s.status IN ('Handling', 'Replied', 'Rehandling'));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "awaits_unit",
                table: "suggestion_assignments");
        }
    }
}
