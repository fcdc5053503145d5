using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CoSignersConfirmAndContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "answered_at",
                table: "suggestion_deputies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "recorded_by_staff",
                table: "suggestion_deputies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "suggestion_deputies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // Every deputy registered before co-signers confirmed online had signed (S1a).
                defaultValue: "Confirmed");

            migrationBuilder.AddColumn<string>(
                name: "contact_email",
                table: "suggestion_assignments",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "contact_given_at",
                table: "suggestion_assignments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_name",
                table: "suggestion_assignments",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_phone",
                table: "suggestion_assignments",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "deputy_contact_sharing",
                columns: table => new
                {
                    deputy_id = table.Column<int>(type: "integer", nullable: false),
                    share_mobile = table.Column<bool>(type: "boolean", nullable: false),
                    work_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    share_work_phone = table.Column<bool>(type: "boolean", nullable: false),
                    email = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    share_email = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deputy_contact_sharing", x => x.deputy_id);
                    table.ForeignKey(
                        name: "fk_deputy_contact_sharing_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deputy_contact_sharing");

            migrationBuilder.DropColumn(
                name: "answered_at",
                table: "suggestion_deputies");

            migrationBuilder.DropColumn(
                name: "recorded_by_staff",
                table: "suggestion_deputies");

            migrationBuilder.DropColumn(
                name: "state",
                table: "suggestion_deputies");

            migrationBuilder.DropColumn(
                name: "contact_email",
                table: "suggestion_assignments");

            migrationBuilder.DropColumn(
                name: "contact_given_at",
                table: "suggestion_assignments");

            migrationBuilder.DropColumn(
                name: "contact_name",
                table: "suggestion_assignments");

            migrationBuilder.DropColumn(
                name: "contact_phone",
                table: "suggestion_assignments");
        }
    }
}
