using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DraftCommentKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "draft_comment_keys",
                incrementBy: 100);
            // The comments so far took keys from the shared sequence: the first block starts above all of them.
            migrationBuilder.Sql("SELECT setval('draft_comment_keys', (SELECT coalesce(max(id), 0) + 1 FROM draft_comments), false);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropSequence(
                name: "draft_comment_keys");
        }
    }
}
