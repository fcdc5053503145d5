using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DraftCommentTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "draft_comment_tallies",
                columns: table => new
                {
                    draft_id = table.Column<int>(type: "integer", nullable: false),
                    article_anchor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_draft_comment_tallies", x => new { x.draft_id, x.article_anchor, x.status });
                    table.ForeignKey(
                        name: "fk_draft_comment_tallies_open_drafts_draft_id",
                        column: x => x.draft_id,
                        principalTable: "open_drafts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_draft_comment_tallies_status",
                table: "draft_comment_tallies",
                column: "status");

            // The database keeps the tallies in the same transaction as each comment's insert, change of status or article,
            // and delete: a comment is one upsert more, and no reader ever counts the comments themselves.
            migrationBuilder.Sql("""
                CREATE FUNCTION draft_comment_tally() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        UPDATE draft_comment_tallies SET count = count - 1
                        WHERE draft_id = OLD.draft_id AND article_anchor = coalesce(OLD.article_anchor, '') AND status = OLD.status;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO draft_comment_tallies (draft_id, article_anchor, status, count)
                        VALUES (NEW.draft_id, coalesce(NEW.article_anchor, ''), NEW.status, 1)
                        ON CONFLICT (draft_id, article_anchor, status) DO UPDATE SET count = draft_comment_tallies.count + 1;
                        RETURN NEW;
                    END IF;
                    RETURN OLD;
                END $$;
                CREATE TRIGGER draft_comments_tally_insert_delete AFTER INSERT OR DELETE ON draft_comments
                    FOR EACH ROW EXECUTE FUNCTION draft_comment_tally();
                CREATE TRIGGER draft_comments_tally_update AFTER UPDATE OF draft_id, article_anchor, status ON draft_comments
                    FOR EACH ROW WHEN (OLD.draft_id IS DISTINCT FROM NEW.draft_id OR OLD.article_anchor IS DISTINCT FROM NEW.article_anchor
                        OR OLD.status IS DISTINCT FROM NEW.status)
                    EXECUTE FUNCTION draft_comment_tally();
                INSERT INTO draft_comment_tallies (draft_id, article_anchor, status, count)
                SELECT draft_id, coalesce(article_anchor, ''), status, count(*) FROM draft_comments GROUP BY 1, 2, 3;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER draft_comments_tally_update ON draft_comments;
                DROP TRIGGER draft_comments_tally_insert_delete ON draft_comments;
                DROP FUNCTION draft_comment_tally();
                """);
            migrationBuilder.DropTable(
                name: "draft_comment_tallies");
        }
    }
}
