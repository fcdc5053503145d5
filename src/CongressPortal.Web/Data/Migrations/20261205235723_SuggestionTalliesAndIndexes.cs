using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SuggestionTalliesAndIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_suggestions_search_vector",
                table: "suggestions");

            migrationBuilder.DropIndex(
                name: "ix_suggestions_unrated_until",
                table: "suggestions");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:zh_pinyin", "zh-u-co-pinyin,zh-u-co-pinyin,icu,True")
                .Annotation("Npgsql:CollationDefinition:zh_stroke", "zh-u-co-stroke,zh-u-co-stroke,icu,True")
                .Annotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .OldAnnotation("Npgsql:CollationDefinition:zh_pinyin", "zh-u-co-pinyin,zh-u-co-pinyin,icu,True")
                .OldAnnotation("Npgsql:CollationDefinition:zh_stroke", "zh-u-co-stroke,zh-u-co-stroke,icu,True");

            migrationBuilder.CreateTable(
                name: "suggestion_tallies",
                columns: table => new
                {
                    session_id = table.Column<int>(type: "integer", nullable: true),
                    year = table.Column<int>(type: "integer", nullable: false),
                    category_id = table.Column<int>(type: "integer", nullable: false),
                    classification = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    assigned = table.Column<bool>(type: "boolean", nullable: false),
                    replied = table.Column<bool>(type: "boolean", nullable: false),
                    replied_on_time = table.Column<bool>(type: "boolean", nullable: true),
                    met_deputy = table.Column<bool>(type: "boolean", nullable: false),
                    rehandled = table.Column<bool>(type: "boolean", nullable: false),
                    satisfaction = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    in_hand_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    unrated_until = table.Column<DateOnly>(type: "date", nullable: true),
                    suggestions = table.Column<int>(type: "integer", nullable: false),
                    commitments_open = table.Column<int>(type: "integer", nullable: false),
                    commitments_done = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                });

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_in_hand",
                table: "suggestions",
                column: "id",
                filter: "status IN ('Handling', 'Rehandling')")
                .Annotation("Npgsql:IndexInclude", new[] { "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_search",
                table: "suggestions",
                columns: new[] { "search_vector", "session_id" })
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_unrated_until",
                table: "suggestions",
                column: "unrated_until",
                filter: "unrated_until IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "session_id", "year", "category_id", "satisfaction" });

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_assignments_active_unit",
                table: "suggestion_assignments",
                columns: new[] { "unit_id", "suggestion_id" },
                filter: "state <> 'Returned' AND state <> 'Reassigned'");

            migrationBuilder.CreateIndex(
                name: "ix_suggestion_assignments_unreminded",
                table: "suggestion_assignments",
                column: "suggestion_id",
                filter: "unrated_until IS NOT NULL AND rating_reminded_at IS NULL");

            // The database keeps the tallies in the same transaction as each suggestion's insert, change of a counted value,
            // and delete (ADR 0020): it appends −1 for the old combination and +1 for the new one, never updating a shared
            // row, so two saves never wait for each other over a tally; SuggestionTallies.CompactAsync folds them later.
            migrationBuilder.Sql("""
                CREATE FUNCTION suggestion_tally() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO suggestion_tallies (session_id, year, category_id, classification, status, assigned, replied, replied_on_time,
                            met_deputy, rehandled, satisfaction, in_hand_due_on, unrated_until, suggestions, commitments_open, commitments_done)
                        VALUES (OLD.session_id, OLD.year, OLD.category_id, OLD.classification, OLD.status, OLD.assigned_on IS NOT NULL,
                            OLD.replied_on IS NOT NULL, OLD.replied_on_time, OLD.met_deputy, OLD.rehandled, OLD.satisfaction,
                            CASE WHEN OLD.status IN ('Handling', 'Rehandling') THEN OLD.due_on END, OLD.unrated_until,
                            -1, -OLD.commitments_open, -OLD.commitments_done);
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO suggestion_tallies (session_id, year, category_id, classification, status, assigned, replied, replied_on_time,
                            met_deputy, rehandled, satisfaction, in_hand_due_on, unrated_until, suggestions, commitments_open, commitments_done)
                        VALUES (NEW.session_id, NEW.year, NEW.category_id, NEW.classification, NEW.status, NEW.assigned_on IS NOT NULL,
                            NEW.replied_on IS NOT NULL, NEW.replied_on_time, NEW.met_deputy, NEW.rehandled, NEW.satisfaction,
                            CASE WHEN NEW.status IN ('Handling', 'Rehandling') THEN NEW.due_on END, NEW.unrated_until,
                            1, NEW.commitments_open, NEW.commitments_done);
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER suggestions_tally_insert_delete AFTER INSERT OR DELETE ON suggestions
                    FOR EACH ROW EXECUTE FUNCTION suggestion_tally();
                CREATE TRIGGER suggestions_tally_update AFTER UPDATE OF session_id, year, category_id, classification, status, assigned_on, replied_on,
                        replied_on_time, met_deputy, rehandled, satisfaction, due_on, unrated_until, commitments_open, commitments_done ON suggestions
                    FOR EACH ROW WHEN ((OLD.session_id, OLD.year, OLD.category_id, OLD.classification, OLD.status, OLD.assigned_on IS NOT NULL,
                        OLD.replied_on IS NOT NULL, OLD.replied_on_time, OLD.met_deputy, OLD.rehandled, OLD.satisfaction,
                        CASE WHEN OLD.status IN ('Handling', 'Rehandling') THEN OLD.due_on END, OLD.unrated_until, OLD.commitments_open, OLD.commitments_done)
                        IS DISTINCT FROM (NEW.session_id, NEW.year, NEW.category_id, NEW.classification, NEW.status, NEW.assigned_on IS NOT NULL,
                        NEW.replied_on IS NOT NULL, NEW.replied_on_time, NEW.met_deputy, NEW.rehandled, NEW.satisfaction,
                        CASE WHEN NEW.status IN ('Handling', 'Rehandling') THEN NEW.due_on END, NEW.unrated_until, NEW.commitments_open, NEW.commitments_done))
                    EXECUTE FUNCTION suggestion_tally();
                """);
            migrationBuilder.Sql(Recount);
        }

        /// <summary>Counts the tallies afresh from the suggestions (this migration; the bench generator after its COPY).</summary>
        public const string Recount = """
            DELETE FROM suggestion_tallies;
            INSERT INTO suggestion_tallies (session_id, year, category_id, classification, status, assigned, replied, replied_on_time,
                met_deputy, rehandled, satisfaction, in_hand_due_on, unrated_until, suggestions, commitments_open, commitments_done)
            SELECT session_id, year, category_id, classification, status, assigned_on IS NOT NULL, replied_on IS NOT NULL, replied_on_time,
                met_deputy, rehandled, satisfaction, CASE WHEN status IN ('Handling', 'Rehandling') THEN due_on END, unrated_until,
                count(*), sum(commitments_open), sum(commitments_done)
            FROM suggestions
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13;
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER suggestions_tally_update ON suggestions;
                DROP TRIGGER suggestions_tally_insert_delete ON suggestions;
                DROP FUNCTION suggestion_tally();
                """);
            migrationBuilder.DropTable(
                name: "suggestion_tallies");

            migrationBuilder.DropIndex(
                name: "ix_suggestions_in_hand",
                table: "suggestions");

            migrationBuilder.DropIndex(
                name: "ix_suggestions_search",
                table: "suggestions");

            migrationBuilder.DropIndex(
                name: "ix_suggestions_unrated_until",
                table: "suggestions");

            migrationBuilder.DropIndex(
                name: "ix_suggestion_assignments_active_unit",
                table: "suggestion_assignments");

            migrationBuilder.DropIndex(
                name: "ix_suggestion_assignments_unreminded",
                table: "suggestion_assignments");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:zh_pinyin", "zh-u-co-pinyin,zh-u-co-pinyin,icu,True")
                .Annotation("Npgsql:CollationDefinition:zh_stroke", "zh-u-co-stroke,zh-u-co-stroke,icu,True")
                .OldAnnotation("Npgsql:CollationDefinition:zh_pinyin", "zh-u-co-pinyin,zh-u-co-pinyin,icu,True")
                .OldAnnotation("Npgsql:CollationDefinition:zh_stroke", "zh-u-co-stroke,zh-u-co-stroke,icu,True")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gin", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_search_vector",
                table: "suggestions",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_suggestions_unrated_until",
                table: "suggestions",
                column: "unrated_until",
                filter: "unrated_until IS NOT NULL");
        }
    }
}
