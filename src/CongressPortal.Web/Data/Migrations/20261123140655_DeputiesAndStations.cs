using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CongressPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeputiesAndStations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:zh_pinyin", "zh-u-co-pinyin,zh-u-co-pinyin,icu,True")
                .Annotation("Npgsql:CollationDefinition:zh_stroke", "zh-u-co-stroke,zh-u-co-stroke,icu,True");

            migrationBuilder.AlterColumn<int>(
                name: "term_id",
                table: "deputies",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "number",
                table: "deputies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AddColumn<DateOnly>(
                name: "birth_date",
                table: "deputies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "constituency",
                table: "deputies",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "delegation_id",
                table: "deputies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "deputy_group_id",
                table: "deputies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "education",
                table: "deputies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ethnicity",
                table: "deputies",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "has_photo",
                table: "deputies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "home_address",
                table: "deputies",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "id_number",
                table: "deputies",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "level",
                table: "deputies",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "mobile",
                table: "deputies",
                type: "character varying(11)",
                maxLength: 11,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "party",
                table: "deputies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "professional_group_id",
                table: "deputies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "deputies",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "status_since",
                table: "deputies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "work_unit_and_title",
                table: "deputies",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "delegations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    term_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    area_id = table.Column<int>(type: "integer", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delegations", x => x.id);
                    table.ForeignKey(
                        name: "fk_delegations_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_delegations_terms_term_id",
                        column: x => x.term_id,
                        principalTable: "terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deputy_groups",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    committee_id = table.Column<int>(type: "integer", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deputy_groups", x => x.id);
                    table.ForeignKey(
                        name: "fk_deputy_groups_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deputy_photos",
                columns: table => new
                {
                    deputy_id = table.Column<int>(type: "integer", nullable: false),
                    content_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deputy_photos", x => x.deputy_id);
                    table.ForeignKey(
                        name: "fk_deputy_photos_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "deputy_status_changes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    deputy_id = table.Column<int>(type: "integer", nullable: false),
                    from = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    to = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deputy_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_deputy_status_changes_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "performance_events",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    meeting_id = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_performance_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_performance_events_standing_committee_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "standing_committee_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    area_id = table.Column<int>(type: "integer", nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    opening_hours = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    liaison_officer = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    liaison_officer_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    introduction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stations", x => x.id);
                    table.ForeignKey(
                        name: "fk_stations_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "performance_event_participants",
                columns: table => new
                {
                    event_id = table.Column<int>(type: "integer", nullable: false),
                    deputy_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_performance_event_participants", x => new { x.event_id, x.deputy_id });
                    table.ForeignKey(
                        name: "fk_performance_event_participants_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_performance_event_participants_performance_events_event_id",
                        column: x => x.event_id,
                        principalTable: "performance_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reception_schedules",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    station_id = table.Column<int>(type: "integer", nullable: false),
                    recurrence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    weekday = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    day_of_month = table.Column<int>(type: "integer", nullable: true),
                    week_of_month = table.Column<int>(type: "integer", nullable: true),
                    months = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    end_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    deputies_per_duty = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    rotation = table.Column<List<int>>(type: "integer[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reception_schedules", x => x.id);
                    table.ForeignKey(
                        name: "fk_reception_schedules_stations_station_id",
                        column: x => x.station_id,
                        principalTable: "stations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "receptions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    station_id = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    end_time = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_receptions_stations_station_id",
                        column: x => x.station_id,
                        principalTable: "stations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "station_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    station_id = table.Column<int>(type: "integer", nullable: false),
                    deputy_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_station_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_station_members_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_station_members_stations_station_id",
                        column: x => x.station_id,
                        principalTable: "stations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reception_deputies",
                columns: table => new
                {
                    reception_id = table.Column<int>(type: "integer", nullable: false),
                    deputy_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reception_deputies", x => new { x.reception_id, x.deputy_id });
                    table.ForeignKey(
                        name: "fk_reception_deputies_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reception_deputies_receptions_reception_id",
                        column: x => x.reception_id,
                        principalTable: "receptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reception_visitors",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    reception_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    contact = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reception_visitors", x => x.id);
                    table.ForeignKey(
                        name: "fk_reception_visitors_receptions_reception_id",
                        column: x => x.reception_id,
                        principalTable: "receptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reception_issues",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    reception_id = table.Column<int>(type: "integer", nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    category_id = table.Column<int>(type: "integer", nullable: true),
                    path = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    visitor_id = table.Column<int>(type: "integer", nullable: true),
                    follow_up_deputy_id = table.Column<int>(type: "integer", nullable: true),
                    feedback = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    feedback_on = table.Column<DateOnly>(type: "date", nullable: true),
                    suggestion_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reception_issues", x => x.id);
                    table.ForeignKey(
                        name: "fk_reception_issues_deputies_follow_up_deputy_id",
                        column: x => x.follow_up_deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reception_issues_reception_visitor_visitor_id",
                        column: x => x.visitor_id,
                        principalTable: "reception_visitors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reception_issues_receptions_reception_id",
                        column: x => x.reception_id,
                        principalTable: "receptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_reception_issues_suggestion_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "suggestion_categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_deputies_delegation_id",
                table: "deputies",
                column: "delegation_id");

            migrationBuilder.CreateIndex(
                name: "ix_deputies_deputy_group_id",
                table: "deputies",
                column: "deputy_group_id");

            migrationBuilder.CreateIndex(
                name: "ix_deputies_name",
                table: "deputies",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_deputies_professional_group_id",
                table: "deputies",
                column: "professional_group_id");

            migrationBuilder.CreateIndex(
                name: "ix_delegations_area_id",
                table: "delegations",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_delegations_term_id_name",
                table: "delegations",
                columns: new[] { "term_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deputy_groups_committee_id",
                table: "deputy_groups",
                column: "committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_deputy_groups_name",
                table: "deputy_groups",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deputy_status_changes_deputy_id",
                table: "deputy_status_changes",
                column: "deputy_id");

            migrationBuilder.CreateIndex(
                name: "ix_performance_event_participants_deputy_id",
                table: "performance_event_participants",
                column: "deputy_id");

            migrationBuilder.CreateIndex(
                name: "ix_performance_events_date",
                table: "performance_events",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_performance_events_meeting_id",
                table: "performance_events",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_reception_deputies_deputy_id",
                table: "reception_deputies",
                column: "deputy_id");

            migrationBuilder.CreateIndex(
                name: "ix_reception_issues_category_id",
                table: "reception_issues",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_reception_issues_follow_up_deputy_id",
                table: "reception_issues",
                column: "follow_up_deputy_id");

            migrationBuilder.CreateIndex(
                name: "ix_reception_issues_reception_id",
                table: "reception_issues",
                column: "reception_id");

            migrationBuilder.CreateIndex(
                name: "ix_reception_issues_visitor_id",
                table: "reception_issues",
                column: "visitor_id");

            migrationBuilder.CreateIndex(
                name: "ix_reception_schedules_station_id",
                table: "reception_schedules",
                column: "station_id");

            migrationBuilder.CreateIndex(
                name: "ix_reception_visitors_reception_id",
                table: "reception_visitors",
                column: "reception_id");

            migrationBuilder.CreateIndex(
                name: "ix_receptions_station_id_date",
                table: "receptions",
                columns: new[] { "station_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_station_members_deputy_id",
                table: "station_members",
                column: "deputy_id");

            migrationBuilder.CreateIndex(
                name: "ix_station_members_station_id",
                table: "station_members",
                column: "station_id");

            migrationBuilder.CreateIndex(
                name: "ix_stations_area_id",
                table: "stations",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_stations_name",
                table: "stations",
                column: "name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_deputies_delegations_delegation_id",
                table: "deputies",
                column: "delegation_id",
                principalTable: "delegations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_deputies_deputy_groups_deputy_group_id",
                table: "deputies",
                column: "deputy_group_id",
                principalTable: "deputy_groups",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_deputies_deputy_groups_professional_group_id",
                table: "deputies",
                column: "professional_group_id",
                principalTable: "deputy_groups",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_deputies_delegations_delegation_id",
                table: "deputies");

            migrationBuilder.DropForeignKey(
                name: "fk_deputies_deputy_groups_deputy_group_id",
                table: "deputies");

            migrationBuilder.DropForeignKey(
                name: "fk_deputies_deputy_groups_professional_group_id",
                table: "deputies");

            migrationBuilder.DropTable(
                name: "delegations");

            migrationBuilder.DropTable(
                name: "deputy_groups");

            migrationBuilder.DropTable(
                name: "deputy_photos");

            migrationBuilder.DropTable(
                name: "deputy_status_changes");

            migrationBuilder.DropTable(
                name: "performance_event_participants");

            migrationBuilder.DropTable(
                name: "reception_deputies");

            migrationBuilder.DropTable(
                name: "reception_issues");

            migrationBuilder.DropTable(
                name: "reception_schedules");

            migrationBuilder.DropTable(
                name: "station_members");

            migrationBuilder.DropTable(
                name: "performance_events");

            migrationBuilder.DropTable(
                name: "reception_visitors");

            migrationBuilder.DropTable(
                name: "receptions");

            migrationBuilder.DropTable(
                name: "stations");

            migrationBuilder.DropIndex(
                name: "ix_deputies_delegation_id",
                table: "deputies");

            migrationBuilder.DropIndex(
                name: "ix_deputies_deputy_group_id",
                table: "deputies");

            migrationBuilder.DropIndex(
                name: "ix_deputies_name",
                table: "deputies");

            migrationBuilder.DropIndex(
                name: "ix_deputies_professional_group_id",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "birth_date",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "constituency",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "delegation_id",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "deputy_group_id",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "education",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "ethnicity",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "has_photo",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "home_address",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "id_number",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "level",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "mobile",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "party",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "professional_group_id",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "status",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "status_since",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "work_unit_and_title",
                table: "deputies");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:CollationDefinition:zh_pinyin", "zh-u-co-pinyin,zh-u-co-pinyin,icu,True")
                .OldAnnotation("Npgsql:CollationDefinition:zh_stroke", "zh-u-co-stroke,zh-u-co-stroke,icu,True");

            migrationBuilder.AlterColumn<int>(
                name: "term_id",
                table: "deputies",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "number",
                table: "deputies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldNullable: true);
        }
    }
}
