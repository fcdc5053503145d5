using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublishedRepliesByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_suggestion_replies_is_published",
                table: "suggestion_replies");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_replies_published_by_date",
                table: "suggestion_replies",
                column: "reviewed_at",
                descending: new bool[0],
                filter: "is_published");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_suggestion_replies_published_by_date",
                table: "suggestion_replies");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_replies_is_published",
                table: "suggestion_replies",
                column: "is_published",
                filter: "is_published");
        }
    }
}
