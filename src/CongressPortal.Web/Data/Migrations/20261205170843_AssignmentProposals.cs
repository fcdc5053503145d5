using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssignmentProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assignment_proposals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    suggestion_id = table.Column<int>(type: "integer", nullable: false),
                    proposed_unit_ids = table.Column<List<int>>(type: "integer[]", nullable: false),
                    chosen_unit_id = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignment_proposals", x => x.id);
                    table.ForeignKey(
                        name: "fk_assignment_proposals_suggestions_suggestion_id",
                        column: x => x.suggestion_id,
                        principalTable: "suggestions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assignment_proposals_suggestion_id",
                table: "assignment_proposals",
                column: "suggestion_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assignment_proposals");
        }
    }
}
