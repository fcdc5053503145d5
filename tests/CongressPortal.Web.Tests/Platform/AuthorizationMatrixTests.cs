using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// Every page, requested as the public and as each role: allowed (200), sent to the login page, or refused
/// with 403. The table is written out here, independently of the app's own folder rules, so a change to
/// those rules that opens or closes a page shows up as a failing cell. A page missing from the table fails
/// <see cref="ConventionTests.Every_page_is_in_the_authorization_matrix"/>.
/// </summary>
public sealed class AuthorizationMatrixTests(PortalAppFactory app) : WebTest(app)
{
    public const string Anonymous = "Anonymous";

    public static IReadOnlyList<string> Roles { get; } = [Anonymous, .. PortalRole.All];

    private static readonly string[] Everyone = [Anonymous, .. PortalRole.All];
    private static readonly string[] SignedIn = [.. PortalRole.All];
    private static readonly string[] StaffOrAdmin = [PortalRole.Staff, PortalRole.Admin];

    /// <summary>Page (as Razor Pages names it) → a URL to request and who may see it. {placeholders} come from <see cref="SampleIdsAsync"/>.</summary>
    public static IReadOnlyDictionary<string, PageRule> Matrix { get; } = new Dictionary<string, PageRule>
    {
        // Public catalogue.
        ["/Index"] = new("/", Everyone),
        ["/Reports/Index"] = new("/Reports", Everyone),
        ["/Deputies/Index"] = new("/Deputies", Everyone),
        ["/Stations/Index"] = new("/Stations", Everyone),
        ["/Regulations/Index"] = new("/Regulations", Everyone),
        // ── Issue 13 (wt/text): the public comparison of two versions of a regulation ──
        ["/Regulations/Compare"] = new("/Regulations/Compare/{compareRegulation}", Everyone),
        ["/Suggestions/Index"] = new("/Suggestions", Everyone),
        // The error page answers with the status it describes; reached directly it is a 404.
        ["/Error"] = new("/Error", Everyone) { AllowedStatus = HttpStatusCode.NotFound },
        // Account.
        ["/Account/Login"] = new("/Account/Login", Everyone) { SignedInStatus = HttpStatusCode.Redirect },
        ["/Account/Logout"] = new("/Account/Logout", SignedIn),
        ["/Account/ChangePassword"] = new("/Account/ChangePassword", SignedIn),
        // ── Issue 17 (wt/totp): two factors. The second step and the enrolment live on Identity's two-factor cookie, not a
        // session: without one, anybody is sent to the login page; signed in, the second step sends on to the desk, and
        // the enrolment opens for an account without an authenticator (the matrix administrator and auditor have one).
        ["/Account/LoginWith2fa"] = new("/Account/LoginWith2fa", Everyone) { AllowedStatus = HttpStatusCode.Redirect },
        ["/Account/TwoFactor/Enrol"] = new("/Account/TwoFactor/Enrol", Everyone)
        {
            AllowedStatus = HttpStatusCode.Redirect,
            SignedInStatus = HttpStatusCode.OK,
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.Admin] = HttpStatusCode.Redirect, [PortalRole.Auditor] = HttpStatusCode.Redirect },
        },
        ["/Account/TwoFactor/Index"] = new("/Account/TwoFactor", SignedIn),
        // One role each: the workspace sends them straight to their desk.
        ["/Account/Workspace"] = new("/Account/Workspace", SignedIn) { SignedInStatus = HttpStatusCode.Redirect },
        // Desks.
        ["/Staff/Index"] = new("/Staff", [PortalRole.Staff]),
        ["/Deputy/Index"] = new("/Deputy", [PortalRole.Deputy]),
        // ── Issue 15 (wt/contact): which contacts the units of the deputy's suggestions see; the deputy's own row only ──
        ["/Deputy/Contact"] = new("/Deputy/Contact", [PortalRole.Deputy]),
        ["/Unit/Index"] = new("/Unit", [PortalRole.HandlingUnit]),
        // ── Issue 15 (wt/notify, part D): the notification centre, every signed-in user's own messages ──
        ["/Notifications/Index"] = new("/Notifications", SignedIn),
        // ── Issue 3: public directory, stations, deputy desk ──
        ["/Deputies/Details"] = new("/Deputies/Details/{deputyPublic}", Everyone),
        ["/Stations/Details"] = new("/Stations/Details/{station}", Everyone),
        // The sample reception is not the matrix deputy's own: a deputy gets 404, never another deputy's record.
        ["/Deputy/Receptions/Details"] = new("/Deputy/Receptions/Details/{reception}", [PortalRole.Deputy])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.Deputy] = HttpStatusCode.NotFound },
        },
        // The matrix deputy is not a member of the sample station: a deputy records receptions only at their own stations.
        ["/Deputy/Receptions/Record"] = new("/Deputy/Receptions/Record/{station}", [PortalRole.Deputy])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.Deputy] = HttpStatusCode.NotFound },
        },
        // ── Issue 3: staff stations ──
        ["/Staff/Stations/Index"] = new("/Staff/Stations", [PortalRole.Staff]),
        ["/Staff/Stations/Edit"] = new("/Staff/Stations/Edit/{station}", [PortalRole.Staff]),
        ["/Staff/Stations/Details"] = new("/Staff/Stations/Details/{station}", [PortalRole.Staff]),
        ["/Staff/Stations/Schedule"] = new("/Staff/Stations/Schedule?station={station}", [PortalRole.Staff]),
        ["/Staff/Stations/Receptions"] = new("/Staff/Stations/Receptions", [PortalRole.Staff]),
        ["/Staff/Stations/Record"] = new("/Staff/Stations/Record/{station}", [PortalRole.Staff]),
        ["/Staff/Stations/Reception"] = new("/Staff/Stations/Reception/{reception}", [PortalRole.Staff]),
        ["/Staff/Stations/Stats"] = new("/Staff/Stations/Stats", [PortalRole.Staff]),
        // ── Issue 3: staff deputy registry ──
        ["/Staff/Deputies/Index"] = new("/Staff/Deputies", [PortalRole.Staff]),
        ["/Staff/Deputies/Details"] = new("/Staff/Deputies/Details/{deputyPublic}", [PortalRole.Staff]),
        ["/Staff/Deputies/Edit"] = new("/Staff/Deputies/Edit/{deputyPublic}", [PortalRole.Staff]),
        ["/Staff/Deputies/Photo"] = new("/Staff/Deputies/Photo/{deputyPublic}", [PortalRole.Staff]),
        ["/Staff/Deputies/Delegations/Index"] = new("/Staff/Deputies/Delegations", [PortalRole.Staff]),
        ["/Staff/Deputies/Delegations/Edit"] = new("/Staff/Deputies/Delegations/Edit/{delegation}", [PortalRole.Staff]),
        ["/Staff/Deputies/Groups/Index"] = new("/Staff/Deputies/Groups", [PortalRole.Staff]),
        ["/Staff/Deputies/Groups/Edit"] = new("/Staff/Deputies/Groups/Edit/{group}", [PortalRole.Staff]),
        ["/Staff/Deputies/Events/Index"] = new("/Staff/Deputies/Events", [PortalRole.Staff]),
        ["/Staff/Deputies/Events/Edit"] = new("/Staff/Deputies/Events/Edit/{event}", [PortalRole.Staff]),
        // ── Issue 3: deputies import/export ──
        // The template is a handler of the import page (?handler=Template); the export answers with the .xlsx itself.
        ["/Staff/Deputies/Import"] = new("/Staff/Deputies/Import", [PortalRole.Staff]),
        ["/Staff/Deputies/Export"] = new("/Staff/Deputies/Export?term={term}", [PortalRole.Staff]),
        // ── Issue 4: suggestion statistics (lead) and settings ──
        ["/Staff/Suggestions/Stats"] = new("/Staff/Suggestions/Stats", [PortalRole.Staff]),
        ["/Admin/SuggestionSettings"] = new("/Admin/SuggestionSettings", [PortalRole.Admin]),
        // ── Issue 4: handling unit desk ──
        // The sample suggestion is assigned to another unit than the matrix's handling-unit user: a unit gets 404
        // for another unit's suggestion and its files, never a 403 that would confirm the id exists.
        ["/Unit/Suggestions/Details"] = new("/Unit/Suggestions/Details/{unitSuggestion}", [PortalRole.HandlingUnit])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.HandlingUnit] = HttpStatusCode.NotFound },
        },
        ["/Unit/Suggestions/File"] = new("/Unit/Suggestions/File/{unitSuggestion}/{unitSuggestionFile}", [PortalRole.HandlingUnit])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.HandlingUnit] = HttpStatusCode.NotFound },
        },
        // ── Issue 4: deputy suggestions and public disclosure ──
        // The sample suggestion is published but belongs to other deputies: the matrix deputy gets 404 for it and its
        // files on their desk (the published version is at /Suggestions), never a 403 that would confirm the id exists.
        ["/Deputy/Suggestions/Index"] = new("/Deputy/Suggestions", [PortalRole.Deputy]),
        ["/Deputy/Suggestions/Create"] = new("/Deputy/Suggestions/Create", [PortalRole.Deputy]),
        ["/Deputy/Suggestions/Details"] = new("/Deputy/Suggestions/Details/{publishedSuggestion}", [PortalRole.Deputy])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.Deputy] = HttpStatusCode.NotFound },
        },
        ["/Deputy/Suggestions/File"] = new("/Deputy/Suggestions/File/{publishedSuggestion}/{publishedSuggestionFile}", [PortalRole.Deputy])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.Deputy] = HttpStatusCode.NotFound },
        },
        ["/Suggestions/Details"] = new("/Suggestions/Details/{publishedSuggestion}", Everyone),
        // ── Issue 4: staff register/edit, details with actions, files, themes ──
        ["/Staff/Suggestions/Create"] = new("/Staff/Suggestions/Create", [PortalRole.Staff]),
        ["/Staff/Suggestions/Edit"] = new("/Staff/Suggestions/Edit/{staffSuggestion}", [PortalRole.Staff]),
        ["/Staff/Suggestions/Details"] = new("/Staff/Suggestions/Details/{staffSuggestion}", [PortalRole.Staff]),
        ["/Staff/Suggestions/File"] = new("/Staff/Suggestions/File/{staffSuggestion}/{staffSuggestionFile}", [PortalRole.Staff]),
        ["/Staff/Suggestions/Themes"] = new("/Staff/Suggestions/Themes?id={theme}", [PortalRole.Staff]),
        // ── Issue 4: staff suggestion list, dashboard, Excel export and import ──
        // The exports answer with the .xlsx itself; the import template is a handler (see HandlerUrls).
        ["/Staff/Suggestions/Index"] = new("/Staff/Suggestions?status=Submitted&q=建议", [PortalRole.Staff]),
        ["/Staff/Suggestions/Dashboard"] = new("/Staff/Suggestions/Dashboard", [PortalRole.Staff]),
        ["/Staff/Suggestions/Export"] = new("/Staff/Suggestions/Export?status=Submitted", [PortalRole.Staff]),
        ["/Staff/Suggestions/ExportUnit"] = new("/Staff/Suggestions/ExportUnit?unit={unit}", [PortalRole.Staff]),
        ["/Staff/Suggestions/Import"] = new("/Staff/Suggestions/Import", [PortalRole.Staff]),
        ["/Staff/Suggestions/Assign"] = new("/Staff/Suggestions/Assign", [PortalRole.Staff]),
        // ── Issue 15 part C (wt/ledger): the commitments ledger, staff and public ──
        ["/Staff/Suggestions/Commitments"] = new("/Staff/Suggestions/Commitments?overdue=true", [PortalRole.Staff]),
        ["/Suggestions/Commitments"] = new("/Suggestions/Commitments", Everyone),
        // ── Issue 11: staff proposals ──
        ["/Staff/Proposals/Index"] = new("/Staff/Proposals?status=Registered&overdue=true&q=议案", [PortalRole.Staff]),
        ["/Staff/Proposals/Settings"] = new("/Staff/Proposals/Settings?session={session}", [PortalRole.Staff]),
        ["/Staff/Proposals/Create"] = new("/Staff/Proposals/Create", [PortalRole.Staff]),
        ["/Staff/Proposals/Details"] = new("/Staff/Proposals/Details/{staffProposal}", [PortalRole.Staff]),
        ["/Staff/Proposals/Edit"] = new("/Staff/Proposals/Edit/{staffProposal}", [PortalRole.Staff]),
        ["/Staff/Proposals/File"] = new("/Staff/Proposals/File/{staffProposal}/{staffProposalFile}", [PortalRole.Staff]),
        // ── Issue 5: reports ──
        ["/Reports/Details"] = new("/Reports/{reportYear}", Everyone),
        ["/Reports/Search"] = new("/Reports/Search?q=立法", Everyone),
        ["/Reports/Compare"] = new("/Reports/Compare", Everyone),
        ["/Reports/Feed"] = new("/Reports/Feed", Everyone),
        ["/Staff/Reports/Index"] = new("/Staff/Reports", [PortalRole.Staff]),
        ["/Staff/Reports/Edit"] = new("/Staff/Reports/Edit/{report}", [PortalRole.Staff]),
        ["/Staff/Reports/Import"] = new("/Staff/Reports/Import/{report}", [PortalRole.Staff]),
        ["/Staff/Reports/Outline"] = new("/Staff/Reports/Outline/{report}", [PortalRole.Staff]),
        ["/Staff/Reports/Preview"] = new("/Staff/Reports/Preview/{report}", [PortalRole.Staff]),
        ["/Staff/Reports/Figures"] = new("/Staff/Reports/Figures/{report}", [PortalRole.Staff]),
        // ── Issue 11: the session's proposal paperwork (answer with the .xlsx / .docx itself) ──
        ["/Staff/Proposals/Export"] = new("/Staff/Proposals/Export?session={session}", [PortalRole.Staff]),
        ["/Staff/Proposals/Summary"] = new("/Staff/Proposals/Summary?session={session}", [PortalRole.Staff]),
        // ── Issue 11: proposals of deputies and the public ──
        // The sample proposal is published but the matrix deputy is not on it: their desk answers 404 for it (the public
        // version is at /Proposals), never a 403 that would confirm the id exists.
        ["/Deputy/Proposals/Index"] = new("/Deputy/Proposals", [PortalRole.Deputy]),
        ["/Deputy/Proposals/Create"] = new("/Deputy/Proposals/Create", [PortalRole.Deputy]),
        ["/Deputy/Proposals/Details"] = new("/Deputy/Proposals/Details/{publishedProposal}", [PortalRole.Deputy])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.Deputy] = HttpStatusCode.NotFound },
        },
        ["/Deputy/Proposals/File"] = new("/Deputy/Proposals/File/{staffProposal}/{staffProposalFile}", [PortalRole.Deputy])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.Deputy] = HttpStatusCode.NotFound },
        },
        ["/Deputy/Proposals/Edit"] = new("/Deputy/Proposals/Edit/{publishedProposal}", [PortalRole.Deputy])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.Deputy] = HttpStatusCode.NotFound },
        },
        ["/Proposals/Index"] = new("/Proposals?q=养老", Everyone),
        ["/Proposals/Details"] = new("/Proposals/Details/{publishedProposal}", Everyone),
        // ── Issue 12: supervision of the bodies, deputies and the public ──
        // The sample topic is in a published plan but not sent (交办) to any body: a unit gets 404 for it, never a 403.
        ["/Unit/Supervision/Index"] = new("/Unit/Supervision", [PortalRole.HandlingUnit]),
        ["/Unit/Supervision/Details"] = new("/Unit/Supervision/Details/{publicTopic}", [PortalRole.HandlingUnit])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.HandlingUnit] = HttpStatusCode.NotFound },
        },
        ["/Deputy/Supervision/Index"] = new("/Deputy/Supervision", [PortalRole.Deputy]),
        ["/Supervision/Index"] = new("/Supervision?year={publicTopicYear}", Everyone),
        ["/Supervision/Topic"] = new("/Supervision/Topic/{publicTopic}", Everyone),
        // ── Issue 12: staff supervision pages (plan, topics, the closed loop, settings) ──
        // ── Legislation records and plans (staff) ──
        ["/Staff/Legislation/Index"] = new("/Staff/Legislation?year=2026", [PortalRole.Staff]),
        ["/Staff/Legislation/Plans/Create"] = new("/Staff/Legislation/Plans/Create", [PortalRole.Staff]),
        ["/Staff/Legislation/Plans/Details"] = new("/Staff/Legislation/Plans/Details/{legislationPlan}", [PortalRole.Staff]),
        ["/Staff/Legislation/Records/Create"] = new("/Staff/Legislation/Records/Create", [PortalRole.Staff]),
        ["/Staff/Legislation/Records/Edit"] = new("/Staff/Legislation/Records/Edit/{legislationRecord}", [PortalRole.Staff]),
        ["/Staff/Legislation/Records/Details"] = new("/Staff/Legislation/Records/Details/{legislationRecord}", [PortalRole.Staff]),
        ["/Staff/Legislation/Readings/Details"] = new("/Staff/Legislation/Readings/Details/{legislationReading}", [PortalRole.Staff]),
        ["/Staff/Supervision/Index"] = new("/Staff/Supervision?year=2026&form=SpecialWorkReport", [PortalRole.Staff]),
        ["/Staff/Supervision/Settings"] = new("/Staff/Supervision/Settings", [PortalRole.Staff]),
        ["/Staff/Supervision/Plans/Create"] = new("/Staff/Supervision/Plans/Create?year=2027", [PortalRole.Staff]),
        ["/Staff/Supervision/Plans/Details"] = new("/Staff/Supervision/Plans/Details/{staffSupervisionPlan}", [PortalRole.Staff]),
        ["/Staff/Supervision/Topics/Create"] = new("/Staff/Supervision/Topics/Create?planId={staffSupervisionPlan}", [PortalRole.Staff]),
        ["/Staff/Supervision/Topics/Edit"] = new("/Staff/Supervision/Topics/Edit/{staffSupervisionTopic}", [PortalRole.Staff]),
        ["/Staff/Supervision/Topics/Details"] = new("/Staff/Supervision/Topics/Details/{staffSupervisionTopic}", [PortalRole.Staff]),
        // ── Issue 13: the public regulation library (法规库) ──
        ["/Regulations/Details"] = new("/Regulations/{regulation}", Everyone),
        ["/Regulations/Feed"] = new("/Regulations/Feed", Everyone),
        // ── Issue 13: staff administration of the regulation library ──
        ["/Staff/Regulations/Index"] = new("/Staff/Regulations?state=Draft", [PortalRole.Staff]),
        ["/Staff/Regulations/Import"] = new("/Staff/Regulations/Import", [PortalRole.Staff]),
        ["/Staff/Regulations/Details"] = new("/Staff/Regulations/Details/{staffRegulation}", [PortalRole.Staff]),
        ["/Staff/Regulations/EditVersion"] = new("/Staff/Regulations/EditVersion/{staffRegulation}", [PortalRole.Staff]),
        // ── Issue 13: filing review (备案审查), staff pages and the public's review requests ──
        ["/Staff/FilingReview/Index"] = new("/Staff/FilingReview?year=2026&overdue=true", [PortalRole.Staff]),
        ["/Staff/FilingReview/Register"] = new("/Staff/FilingReview/Register", [PortalRole.Staff]),
        ["/Staff/FilingReview/Details"] = new("/Staff/FilingReview/Details/{staffFiling}", [PortalRole.Staff]),
        ["/Staff/FilingReview/Edit"] = new("/Staff/FilingReview/Edit/{staffFiling}", [PortalRole.Staff]),
        ["/Staff/FilingReview/Export"] = new("/Staff/FilingReview/Export?year=2026", [PortalRole.Staff]),
        ["/Staff/FilingReview/Requests/Index"] = new("/Staff/FilingReview/Requests", [PortalRole.Staff]),
        ["/Staff/FilingReview/Requests/Details"] = new("/Staff/FilingReview/Requests/{reviewRequest}", [PortalRole.Staff]),
        // ── Issue 14 (wt/moderation): moderation of a draft's comments, exports, the 基层立法联系点 registry ──
        ["/Staff/Drafts/Comments"] = new("/Staff/Drafts/{moderationDraft}/Comments?status=All", [PortalRole.Staff]),
        ["/Staff/Drafts/PointComments"] = new("/Staff/Drafts/{moderationDraft}/PointComments", [PortalRole.Staff]),
        ["/Staff/Drafts/Export"] = new("/Staff/Drafts/{moderationDraft}/Export", [PortalRole.Staff]),
        ["/Staff/Drafts/Summary"] = new("/Staff/Drafts/{moderationDraft}/Summary", [PortalRole.Staff]),
        ["/Staff/ContactPoints/Index"] = new("/Staff/ContactPoints", [PortalRole.Staff]),
        ["/Staff/ContactPoints/Create"] = new("/Staff/ContactPoints/Create", [PortalRole.Staff]),
        ["/Staff/ContactPoints/Details"] = new("/Staff/ContactPoints/Details/{contactPoint}", [PortalRole.Staff]),
        ["/Staff/ContactPoints/Edit"] = new("/Staff/ContactPoints/Edit/{contactPoint}", [PortalRole.Staff]),
        ["/FilingReview/Index"] = new("/FilingReview", Everyone),
        ["/FilingReview/Submit"] = new("/FilingReview/Submit", Everyone),
        ["/FilingReview/Receipt"] = new("/FilingReview/Receipt", Everyone),
        ["/FilingReview/Lookup"] = new("/FilingReview/Lookup", Everyone),
        // ── Issue 14 (wt/staff): staff pages that manage a draft for comment ──
        ["/Staff/Drafts/Index"] = new("/Staff/Drafts?phase=Prepared", [PortalRole.Staff]),
        ["/Staff/Drafts/Create"] = new("/Staff/Drafts/Create?recordId={staffDraftRecord}&readingId={staffDraftReading}", [PortalRole.Staff]),
        ["/Staff/Drafts/Details"] = new("/Staff/Drafts/{staffDraft}", [PortalRole.Staff]),
        ["/Staff/Drafts/Edit"] = new("/Staff/Drafts/Edit/{staffDraft}", [PortalRole.Staff]),
        // ── Issue 14 (wt/public): the public pages of open drafts (list, draft, comment form, receipt, lookup) ──
        ["/Drafts/Index"] = new("/Drafts", Everyone),
        ["/Drafts/Details"] = new("/Drafts/{publicDraft}", Everyone),
        ["/Drafts/Comment"] = new("/Drafts/{publicDraft}/Comment?article=第二条", Everyone),
        ["/Drafts/Receipt"] = new("/Drafts/Receipt", Everyone),
        ["/Drafts/Lookup"] = new("/Drafts/Lookup", Everyone),
        // ── Issue 15 (wt/word): the suggestion paperwork in Word; each page answers with the .docx itself ──
        // The notice of the sample unit's batch (the unit suggestion was assigned on {assignedOn}); the matrix unit has
        // nothing given to it that day, so its own notice is not found.
        ["/Staff/Suggestions/Notice"] = new("/Staff/Suggestions/Notice?unitId={unit}&on={assignedOn}", [PortalRole.Staff]),
        ["/Unit/Suggestions/Notice"] = new("/Unit/Suggestions/Notice?on={assignedOn}", [PortalRole.HandlingUnit])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.HandlingUnit] = HttpStatusCode.NotFound },
        },
        // The sample unit suggestion is another unit's: the matrix unit gets 404 for its reply template.
        ["/Unit/Suggestions/ReplyTemplate"] = new("/Unit/Suggestions/{unitSuggestion}/ReplyTemplate", [PortalRole.HandlingUnit])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.HandlingUnit] = HttpStatusCode.NotFound },
        },
        // ── Issue 15 (wt/paper): the opinion form, print views, the handling report and its public page ──
        ["/Staff/Suggestions/OpinionForm"] = new("/Staff/Suggestions/{staffSuggestion}/OpinionForm", [PortalRole.Staff]),
        // The published sample suggestion is other deputies': the matrix deputy gets 404 for its form and its print view.
        ["/Deputy/Suggestions/OpinionForm"] = new("/Deputy/Suggestions/{publishedSuggestion}/OpinionForm", [PortalRole.Deputy])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.Deputy] = HttpStatusCode.NotFound },
        },
        ["/Staff/Suggestions/Print"] = new("/Staff/Suggestions/{staffSuggestion}/Print", [PortalRole.Staff]),
        ["/Deputy/Suggestions/Print"] = new("/Deputy/Suggestions/{publishedSuggestion}/Print", [PortalRole.Deputy])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.Deputy] = HttpStatusCode.NotFound },
        },
        // The sample unit suggestion is another unit's: the matrix unit gets 404 for its print view.
        ["/Unit/Suggestions/Print"] = new("/Unit/Suggestions/{unitSuggestion}/Print", [PortalRole.HandlingUnit])
        {
            StatusFor = new Dictionary<string, HttpStatusCode> { [PortalRole.HandlingUnit] = HttpStatusCode.NotFound },
        },
        ["/Staff/Suggestions/HandlingReport"] = new("/Staff/Suggestions/HandlingReport?sessionId={session}", [PortalRole.Staff]),
        ["/Suggestions/HandlingReports"] = new("/Suggestions/HandlingReports", Everyone),
        ["/Suggestions/HandlingReportFile"] = new("/Suggestions/HandlingReports/{handlingReport}", Everyone),
        // ── Issue 16 (wt/notices): 通知公告, public pages and the staff pages that write them ──
        ["/Notices/Index"] = new("/Notices?p=1", Everyone),
        // Issue 18: the open data page (the API itself is anonymous JSON, tested in OpenData/).
        ["/Developers/Index"] = new("/Developers", Everyone),
        ["/Notices/Details"] = new("/Notices/{notice}", Everyone),
        ["/Notices/File"] = new("/Notices/{notice}/Files/{noticeFile}", Everyone),
        ["/Notices/Feed"] = new("/Notices/Feed", Everyone),
        // ── Issue 18 (wt/feeds): Atom feeds of the drafts published for comment, the reception notices and the published replies ──
        ["/Drafts/Feed"] = new("/Drafts/Feed", Everyone),
        ["/Stations/Feed"] = new("/Stations/Feed", Everyone),
        ["/Suggestions/Feed"] = new("/Suggestions/Feed", Everyone),
        ["/Staff/Notices/Index"] = new("/Staff/Notices?state=Published", [PortalRole.Staff]),
        ["/Staff/Notices/Edit"] = new("/Staff/Notices/Edit/{notice}", [PortalRole.Staff]),
        ["/Staff/Notices/Details"] = new("/Staff/Notices/Details/{notice}", [PortalRole.Staff]),
        ["/Staff/Notices/File"] = new("/Staff/Notices/File/{notice}/{noticeFile}", [PortalRole.Staff]),
        // ── Reference data (Staff or Admin) ──
        ["/Reference/Index"] = new("/Reference", StaffOrAdmin),
        ["/Reference/Terms/Index"] = new("/Reference/Terms", StaffOrAdmin),
        ["/Reference/Terms/Edit"] = new("/Reference/Terms/Edit/{term}", StaffOrAdmin),
        ["/Reference/Sessions/Index"] = new("/Reference/Sessions", StaffOrAdmin),
        ["/Reference/Sessions/Edit"] = new("/Reference/Sessions/Edit/{session}", StaffOrAdmin),
        ["/Reference/Meetings/Index"] = new("/Reference/Meetings", StaffOrAdmin),
        ["/Reference/Meetings/Edit"] = new("/Reference/Meetings/Edit/{meeting}", StaffOrAdmin),
        ["/Reference/Committees/Index"] = new("/Reference/Committees", StaffOrAdmin),
        ["/Reference/Committees/Edit"] = new("/Reference/Committees/Edit/{committee}", StaffOrAdmin),
        ["/Reference/Units/Index"] = new("/Reference/Units", StaffOrAdmin),
        ["/Reference/Units/Edit"] = new("/Reference/Units/Edit/{unit}", StaffOrAdmin),
        ["/Reference/Areas/Index"] = new("/Reference/Areas", StaffOrAdmin),
        ["/Reference/Areas/Edit"] = new("/Reference/Areas/Edit/{area}", StaffOrAdmin),
        ["/Reference/Categories/Index"] = new("/Reference/Categories", StaffOrAdmin),
        ["/Reference/Categories/Edit"] = new("/Reference/Categories/Edit/{category}", StaffOrAdmin),
        ["/Reference/Calendar/Index"] = new("/Reference/Calendar", StaffOrAdmin),
        ["/Reference/Calendar/Edit"] = new("/Reference/Calendar/Edit/{calendarDay}", StaffOrAdmin),
        // ── Administration (Admin) ──
        ["/Admin/Index"] = new("/Admin", [PortalRole.Admin]),
        ["/Admin/Users/Index"] = new("/Admin/Users", [PortalRole.Admin]),
        ["/Admin/Users/Create"] = new("/Admin/Users/Create", [PortalRole.Admin]),
        ["/Admin/Users/Edit"] = new("/Admin/Users/Edit/{user}", [PortalRole.Admin]),
        ["/Admin/Users/ResetPassword"] = new("/Admin/Users/ResetPassword/{user}", [PortalRole.Admin]),
        // ── Audit (Auditor) ──
        ["/Audit/Index"] = new("/Audit", [PortalRole.Auditor]),
        ["/Audit/History"] = new("/Audit/History?type=AppUser&key={user}", [PortalRole.Auditor]),
    };

    /// <summary>
    /// GET handlers that answer on their own (file downloads), requested like the pages: a label (page and
    /// handler) → the URL and who may use it. Not keys of <see cref="Matrix"/>, which names pages only.
    /// </summary>
    public static IReadOnlyDictionary<string, PageRule> HandlerUrls { get; } = new Dictionary<string, PageRule>
    {
        // ── Issue 4: staff suggestion import template ──
        ["/Staff/Suggestions/Import?handler=Template"] = new("/Staff/Suggestions/Import?handler=Template", [PortalRole.Staff]),
        // ── Issue 15 part C (wt/ledger): the commitments ledger's Excel export ──
        ["/Staff/Suggestions/Commitments?handler=Export"] = new("/Staff/Suggestions/Commitments?handler=Export", [PortalRole.Staff]),
        // ── Issue 15 (wt/paper): the handling report's draft in Word ──
        ["/Staff/Suggestions/HandlingReport?handler=Draft"] = new("/Staff/Suggestions/HandlingReport?handler=Draft&sessionId={session}", [PortalRole.Staff]),
    };

    public sealed record PageRule(string Url, IReadOnlyCollection<string> Allowed)
    {
        /// <summary>What an allowed user gets; 200 unless the page is a redirect by design.</summary>
        public HttpStatusCode AllowedStatus { get; init; } = HttpStatusCode.OK;

        /// <summary>Overrides <see cref="AllowedStatus"/> for signed-in users (the login page sends them on).</summary>
        public HttpStatusCode? SignedInStatus { get; init; }

        /// <summary>Per-role overrides, e.g. 404 for a deputy when the sample row belongs to someone else.</summary>
        public IReadOnlyDictionary<string, HttpStatusCode>? StatusFor { get; init; }

        public HttpStatusCode Expected(string role)
        {
            if (StatusFor is not null && StatusFor.TryGetValue(role, out var status)) return status;
            if (Allowed.Contains(role)) return role == Anonymous ? AllowedStatus : SignedInStatus ?? AllowedStatus;
            return role == Anonymous ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden;
        }
    }

    /// <summary>One row of each kind of record, so pages that take an id have something to show.</summary>
    internal async Task<Dictionary<string, string>> SampleIdsAsync()
    {
        var term = await Data.TermAsync();
        var ids = new Dictionary<string, string>
        {
            ["term"] = term.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["session"] = (await Data.SessionAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["meeting"] = (await Data.MeetingAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["committee"] = (await Data.CommitteeAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["category"] = (await Data.CategoryAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["area"] = (await Data.DistrictAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["unit"] = (await Data.UnitAsync("示例市教育局")).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["calendarDay"] = (await DbAsync(db => Task.FromResult(db.CalendarDays.OrderBy(d => d.Date).First().Id))).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["user"] = (await CreateUserAsync("sample-user", [PortalRole.Staff])).Id,
        };
        // Issue 3: a municipal deputy with a public profile, a station in a sub-district, a reception held there.
        var deputyPublic = await Data.MunicipalDeputyAsync("周建华", "16901");
        var subdistrict = await Data.SubdistrictAsync(int.Parse(ids["area"], System.Globalization.CultureInfo.InvariantCulture), "矩阵街道");
        var station = await Data.StationAsync(subdistrict.Id, "矩阵街道人大代表联络站", (deputyPublic.Id, Domain.Stations.StationRole.Head));
        var reception = await Data.ReceptionAsync(station.Id, new DateOnly(2026, 2, 2), [deputyPublic.Id], new TestData.VisitorIssue("张来访", "13700001111", "路灯不亮"));
        ids["deputyPublic"] = deputyPublic.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["station"] = station.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["reception"] = reception.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 3 (staff registry): a delegation, a deputy group, a performance event of the public deputy.
        ids["delegation"] = (await Data.DelegationAsync("矩阵区代表团")).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["group"] = (await Data.RegistryGroupAsync("矩阵代表小组")).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["event"] = (await Data.PerformanceEventAsync(Domain.Deputies.PerformanceEventKind.Training, new DateOnly(2026, 2, 10), deputyPublic.Id)).Id
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 4 (unit desk): a suggestion with an attachment, assigned to the sample unit and accepted there.
        var unitSuggestion = await UnitDeskSampleAsync(int.Parse(ids["unit"], System.Globalization.CultureInfo.InvariantCulture), deputyPublic.Id);
        ids["unitSuggestion"] = unitSuggestion.Suggestion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["unitSuggestionFile"] = unitSuggestion.File.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 15 (wt/word): the day the unit suggestion was assigned, the batch of the 交办通知.
        ids["assignedOn"] = Domain.Common.ChinaTime.Today(App.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // Issue 4 (deputy suggestions, public disclosure): a suggestion of the public deputy with a publishable reply and its letter.
        var published = await PublishedSampleAsync(int.Parse(ids["unit"], System.Globalization.CultureInfo.InvariantCulture), deputyPublic.Id);
        ids["publishedSuggestion"] = published.Suggestion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["publishedSuggestionFile"] = published.File.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 4 (staff register/details): a registered suggestion of the public deputy with a scan, and a theme.
        var staffSample = await StaffSuggestionSampleAsync(ids, deputyPublic.Id);
        ids["staffSuggestion"] = staffSample.Suggestion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["staffSuggestionFile"] = staffSample.File.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["theme"] = staffSample.Theme.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 15 (wt/paper): the session's handling report, published.
        ids["handlingReport"] = (await DbAsync(async db =>
        {
            var file = Domain.Common.StoredFile.Accept("办理情况报告.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray(), "矩阵工作人员", App.Clock.GetUtcNow());
            db.StoredFiles.Add(file);
            var release = Domain.Suggestions.HandlingReportRelease.Publish(int.Parse(ids["session"], System.Globalization.CultureInfo.InvariantCulture),
                "关于代表建议办理情况的报告", file, Domain.Common.Actor.Staff("矩阵工作人员"), App.Clock.GetUtcNow());
            db.HandlingReportReleases.Add(release);
            await db.SaveChangesAsync();
            return release.Id;
        })).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 11: a published proposal of the public deputy and nine co-signers, registered by staff.
        ids["publishedProposal"] = (await PublishedProposalAsync(int.Parse(ids["session"], System.Globalization.CultureInfo.InvariantCulture), deputyPublic.Id))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 11 (staff proposals): a registered proposal of the government with a scan, the session's deadline set.
        var staffProposal = await StaffProposalSampleAsync(int.Parse(ids["session"], System.Globalization.CultureInfo.InvariantCulture));
        ids["staffProposal"] = staffProposal.Proposal.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["staffProposalFile"] = staffProposal.File.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 12 (supervision pages of bodies, deputies, the public): a published 2024 plan with a planned topic the public
        // deputy takes part in, citing the published suggestion.
        var steps = new SupervisionSteps(App);
        var supervisionPlan = await steps.PlanAsync(2024);
        var publicTopic = await steps.TopicAsync(supervisionPlan, int.Parse(ids["unit"], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(ids["committee"], System.Globalization.CultureInfo.InvariantCulture), "矩阵测试监督议题",
            deputies: [deputyPublic.Id], suggestions: [published.Suggestion]);
        await steps.AdoptAsync(supervisionPlan);
        ids["publicTopic"] = publicTopic.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["publicTopicYear"] = "2024";
        // Issue 12 (staff supervision pages): a draft plan of 2026 with one topic for the sample unit and committee.
        var supervision = await StaffSupervisionSampleAsync(ids);
        ids["staffSupervisionPlan"] = supervision.Plan.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["staffSupervisionTopic"] = supervision.Topic.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Legislation (staff): a draft annual plan of 2026, and a record read once at the sample meeting.
        var legislation = await LegislationSampleAsync();
        ids["legislationPlan"] = legislation.Plan.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["legislationRecord"] = legislation.Record.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["legislationReading"] = legislation.Reading.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 13 (filing review): a filing registered today and a review request from the public.
        ids["staffFiling"] = await ServiceAsync<Web.Data.Queries.FilingReviewStore, string>(async store =>
            (await store.RegisterAsync(new Domain.Legislation.FilingDraft(Domain.Legislation.FilingBody.Government, Domain.Legislation.NormativeDocumentKind.GovernmentRule,
                "矩阵测试备案文件", "示政规〔2026〕99号", new DateOnly(2026, 2, 20), null), Domain.Common.Actor.Staff("测试工作人员"), default)).Value
                .ToString(System.Globalization.CultureInfo.InvariantCulture));
        ids["reviewRequest"] = await ServiceAsync<Web.Data.Queries.FilingReviewStore, string>(async store =>
        {
            var code = (await store.SubmitRequestAsync(new Domain.Legislation.ReviewRequestDraft("矩阵测试备案文件", null, "矩阵测试的审查建议理由，足够长。", null, "13900001111"), default)).Value;
            return (await store.Requests.Where(r => r.ReceiptCode == code).Select(r => r.Id).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        // Issue 14 (wt/public): a draft open for comment, three articles, for the public draft pages.
        ids["publicDraft"] = (await new DraftSteps(App).OpenDraftAsync(articles: 3)).DraftId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 5: a published work report.
        var report = await DbAsync(db => Pages.Staff.Reports.ReportSamples.CreateAsync(db, 2027, Pages.Staff.Reports.ReportSamples.Clean(2027), true, App.Clock.GetUtcNow()));
        ids["report"] = report.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["reportYear"] = "2027";
        // Issue 13 (the public regulation library): a published regulation, amended once.
        ids["regulation"] = (await DbAsync(async db =>
        {
            var staff = new Actor(PortalRole.Staff, "矩阵");
            var now = App.Clock.GetUtcNow();
            var text = Domain.Legislation.StatuteDetector.Detect("示例市矩阵条例\n第一章　总则\n第一条　为了测试，制定本条例。\n第二条　本条例自公布之日起施行。").Text;
            var regulation = Domain.Legislation.Regulation.Create(Domain.Legislation.LegislativeField.UrbanRural,
                new Domain.Legislation.RegulationVersionDraft("示例市矩阵条例", Domain.Legislation.LegislationKind.Enact, "矩阵公告第1号", null, null, new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 1), null), text, null, staff, now);
            regulation.Publish(staff, now);
            regulation.AddVersion(new Domain.Legislation.RegulationVersionDraft("示例市矩阵条例", Domain.Legislation.LegislationKind.Amend, "矩阵公告第2号", null, null, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 1), null), text, null, staff, now);
            regulation.Publish(staff, now);
            db.Regulations.Add(regulation);
            await db.SaveChangesAsync();
            return regulation.Id;
        })).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 13 (staff regulation library): a regulation entered by staff, its first version not yet published.
        ids["staffRegulation"] = (await ServiceAsync<Web.Data.Queries.RegulationStore, int>(async store => (await store.CreateAsync(
            Domain.Legislation.LegislativeField.Ecology,
            new Domain.Legislation.RegulationVersionDraft("示例市矩阵测试条例", Domain.Legislation.LegislationKind.Enact, "矩阵测试公告第1号", null, null,
                new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1), null),
            Domain.Legislation.StatuteDetector.Detect("示例市矩阵测试条例\n第一条　为了测试，制定本条例。").Text, null,
            Domain.Common.Actor.Staff("测试工作人员"), default)).Value)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 13 (wt/text): a published regulation with a published amendment, for the comparison page.
        ids["compareRegulation"] = (await DbAsync(db => Pages.Regulations.CompareTests.RegulationAsync(db, App.Clock.GetUtcNow())))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 14 (wt/staff): a draft for comment prepared (not published) from a reading of its own record.
        var staffDraft = await new DraftSteps(App).OpenDraftAsync(publish: false, title: "矩阵测试征求意见稿");
        ids["staffDraft"] = staffDraft.DraftId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["staffDraftRecord"] = staffDraft.RecordId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["staffDraftReading"] = staffDraft.ReadingId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 14 (wt/moderation): an open draft with an online comment and a contact point's comment.
        var drafts = new DraftSteps(App);
        var moderationDraft = await drafts.OpenDraftAsync();
        var contactPoint = await drafts.ContactPointAsync();
        await drafts.CommentAsync(moderationDraft.DraftId);
        await drafts.PointCommentAsync(moderationDraft.DraftId, contactPoint);
        ids["moderationDraft"] = moderationDraft.DraftId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["contactPoint"] = contactPoint.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Issue 16 (wt/notices): a published notice with a PDF attached.
        var notice = await new NoticeSteps(App).NoticeAsync(attach: true);
        ids["notice"] = notice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["noticeFile"] = notice.FileId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ids;
    }

    private async Task<int> PublishedProposalAsync(int sessionId, int leadId)
    {
        await DbAsync(async db =>
        {
            db.Sessions.Single(s => s.Id == sessionId).SetProposalRules(App.Clock.GetUtcNow().AddDays(3), Domain.Proposals.ProposalContext.DefaultNumberPattern);
            await db.SaveChangesAsync();
        });
        var coSigners = new List<int>();
        for (var i = 0; i < 9; i++) coSigners.Add((await Data.DeputyAsync($"矩阵代表{i}", $"1695{i}")).Id);
        var draft = new Domain.Proposals.ProposalDraft(sessionId, Domain.Proposals.ProposerKind.Deputies, leadId, coSigners, null, null,
            "关于制定示例市养老服务条例的议案", "案据。", "方案。");
        var staff = Domain.Common.Actor.Staff("测试工作人员");
        return await ServiceAsync<Web.Data.Queries.ProposalStore, int>(async store =>
        {
            var registered = (await store.RegisterAsync(draft, staff, default)).Value!;
            var published = await store.ActAsync(store.All, registered.Id, registered.Version, (p, now) => p.Publish(staff, now), default);
            return published.Value;
        });
    }

    private async Task<(int Suggestion, int File)> UnitDeskSampleAsync(int unitId, int deputyId)
    {
        // The sample session, category, unit and public deputy (plain LINQ, as for the calendar day above).
        var world = await DbAsync(db => Task.FromResult(new TestData.SuggestionWorld(
            db.Sessions.OrderBy(s => s.Id).First(), db.SuggestionCategories.OrderBy(c => c.Id).First(),
            db.Deputies.Single(d => d.Id == deputyId), db.Deputies.Single(d => d.Id == deputyId),
            db.HandlingUnits.Single(u => u.Id == unitId), db.HandlingUnits.Single(u => u.Id == unitId),
            db.Committees.OrderBy(c => c.Id).First())));
        var suggestion = await Data.SuggestionAsync(world, "关于矩阵测试承办单位页面的建议", withCoSigner: false);
        await Data.AssignedSuggestionAsync(suggestion.Id, unitId);
        var fileId = await DbAsync(async db =>
        {
            var file = Domain.Common.StoredFile.Accept("建议原件.pdf", "%PDF-1.4 matrix"u8.ToArray(), "测试工作人员", App.Clock.GetUtcNow());
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
        await Data.ActAsync(suggestion.Id, (s, _, now) => s.AddAttachment(fileId, "建议原件.pdf", Domain.Common.Actor.Staff("测试工作人员"), now));
        return (suggestion.Id, fileId);
    }

    private async Task<(int Suggestion, int File)> PublishedSampleAsync(int unitId, int deputyId)
    {
        var world = await DbAsync(db => Task.FromResult(new TestData.SuggestionWorld(
            db.Sessions.OrderBy(s => s.Id).First(), db.SuggestionCategories.OrderBy(c => c.Id).First(),
            db.Deputies.Single(d => d.Id == deputyId), db.Deputies.Single(d => d.Id == deputyId),
            db.HandlingUnits.Single(u => u.Id == unitId), db.HandlingUnits.Single(u => u.Id == unitId),
            db.Committees.OrderBy(c => c.Id).First())));
        var suggestion = await Data.SuggestionAsync(world, "关于矩阵测试建议公开页面的建议", withCoSigner: false);
        await Data.AssignedSuggestionAsync(suggestion.Id, unitId);
        var letter = await DbAsync(async db =>
        {
            var file = Domain.Common.StoredFile.Accept("答复函.pdf", "%PDF-1.4 matrix letter"u8.ToArray(), "测试承办人", App.Clock.GetUtcNow());
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
        var today = Domain.Common.ChinaTime.Today(App.Clock.GetUtcNow());
        await Data.ActAsync(suggestion.Id, (s, rules, now) =>
            s.Reply(TestData.ReplyA(today, letter), Domain.Common.Actor.Unit(unitId, "测试承办人"), now, rules));
        // Staff approve a reply before the public sees it.
        await Data.ActAsync(suggestion.Id, (s, _, now) =>
            s.ReviewReply(s.Assignments.SelectMany(a => a.Replies).Single().Id, publish: true, Domain.Common.Actor.Staff("测试工作人员"), now));
        return (suggestion.Id, letter);
    }

    private async Task<(int Suggestion, int File, int Theme)> StaffSuggestionSampleAsync(Dictionary<string, string> ids, int deputyId)
    {
        var draft = new Domain.Suggestions.SuggestionDraft(Domain.Suggestions.SuggestionSource.DuringSession,
            int.Parse(ids["session"], System.Globalization.CultureInfo.InvariantCulture), 2026, deputyId, [],
            "关于矩阵测试登记页面的建议", "建议内容。", int.Parse(ids["category"], System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 1, 12));
        var registered = await ServiceAsync<Web.Data.Queries.SuggestionRegistrar, Domain.Suggestions.Suggestion>(async registrar =>
            (await registrar.RegisterAsync([draft], Domain.Common.Actor.Staff("测试工作人员"),
                [new("建议扫描件.pdf", "%PDF-1.4 matrix scan"u8.ToArray())], null, default)).Value![0]);
        var theme = await DbAsync(async db =>
        {
            var created = Domain.Suggestions.SuggestionTheme.Create("矩阵打捆主题", 2026, null);
            db.SuggestionThemes.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });
        return (registered.Id, registered.Attachments[0].FileId, theme);
    }

    private async Task<(int Proposal, int File)> StaffProposalSampleAsync(int sessionId)
    {
        await DbAsync(async db =>
        {
            var session = await db.Sessions.SingleAsync(x => x.Id == sessionId);
            session.SetProposalRules(App.Clock.GetUtcNow().AddDays(7), session.ProposalNumberPattern);
            await db.SaveChangesAsync();
        });
        var draft = new Domain.Proposals.ProposalDraft(sessionId, Domain.Proposals.ProposerKind.Government, null, [], null, null,
            "关于矩阵测试议案页面的议案", "案据。", "方案。");
        var registered = await ServiceAsync<Web.Data.Queries.ProposalStore, Domain.Proposals.Proposal>(async store =>
            (await store.RegisterAsync(draft, [new("议案扫描件.pdf", "%PDF-1.4 matrix proposal"u8.ToArray())], Domain.Common.Actor.Staff("测试工作人员"), default)).Value!);
        return (registered.Id, registered.Attachments[0].FileId);
    }

    private async Task<(int Plan, int Record, int Reading)> LegislationSampleAsync()
    {
        var staff = Domain.Common.Actor.Staff("测试工作人员");
        // A meeting already held on the test clock's day (2026-03-02): a reading's date is its meeting's.
        var meeting = await DbAsync(async db =>
        {
            var held = Domain.Reference.StandingCommitteeMeeting.Create(await db.Terms.Select(t => t.Id).FirstAsync(), 28, new DateOnly(2026, 2, 10));
            db.StandingCommitteeMeetings.Add(held);
            await db.SaveChangesAsync();
            return held.Id;
        });
        return await ServiceAsync<Web.Data.Queries.LegislationStore, (int, int, int)>(async store =>
        {
            var plan = (await store.CreatePlanAsync(new Domain.Legislation.LegislationPlanDraft(Domain.Legislation.LegislationPlanKind.Annual, 2026, "矩阵测试立法计划", null), staff, default)).Value;
            var record = (await store.CreateRecordAsync(new Domain.Legislation.LegislationRecordDraft("矩阵测试条例", Domain.Legislation.LegislationKind.Enact,
                Domain.Legislation.LegislativeField.UrbanRural, null, null, "市司法局", null, null, null), staff, default)).Value;
            var version = await store.Records.AsNoTracking().Where(r => r.Id == record).Select(r => r.Version).SingleAsync();
            var text = Domain.Legislation.StatuteDetector.Detect("第一条 为了测试，制定本条例。\n第二条 本条例自公布之日起施行。").Text;
            await store.RecordReadingAsync(record, version, new Domain.Legislation.ReadingDraft(Domain.Legislation.ReadingStage.First, meeting, null, null), text, staff, default);
            var reading = await store.Records.AsNoTracking().Where(r => r.Id == record).SelectMany(r => r.Readings).Select(x => x.Id).FirstOrDefaultAsync();
            return (plan, record, reading);
        });
    }

    private async Task<(int Plan, int Topic)> StaffSupervisionSampleAsync(Dictionary<string, string> ids)
    {
        var staff = Domain.Common.Actor.Staff("测试工作人员");
        return await ServiceAsync<Web.Data.Queries.SupervisionStore, (int, int)>(async store =>
        {
            var plan = (await store.CreatePlanAsync(new Domain.Supervision.SupervisionPlanDraft(2026, "矩阵测试监督工作计划", null), staff, default)).Value;
            var draft = new Domain.Supervision.SupervisionTopicDraft("关于矩阵测试专项工作情况的报告", Domain.Supervision.SupervisionForm.SpecialWorkReport,
                int.Parse(ids["unit"], System.Globalization.CultureInfo.InvariantCulture), int.Parse(ids["committee"], System.Globalization.CultureInfo.InvariantCulture),
                null, 6, null, null, [], [], []);
            var topic = (await store.CreateTopicAsync(plan, draft, staff, default)).Value;
            return (plan, topic);
        });
    }

    [Theory]
    [MemberData(nameof(RoleNames))]
    public async Task Every_page_answers_each_role_as_the_matrix_says(string role)
    {
        var ids = await SampleIdsAsync();
        using var client = role == Anonymous ? AnonymousClient() : await ClientForRoleAsync(role);
        var failures = new List<string>();
        foreach (var (page, rule) in Matrix.Concat(HandlerUrls))
        {
            var url = ids.Aggregate(rule.Url, (current, id) => current.Replace("{" + id.Key + "}", id.Value, StringComparison.Ordinal));
            using var response = await client.GetAsync(url);
            var expected = rule.Expected(role);
            if (response.StatusCode != expected)
            {
                failures.Add($"{page} ({url}) as {role}: expected {(int)expected}, got {(int)response.StatusCode}");
                continue;
            }
            if (expected == HttpStatusCode.Redirect && role == Anonymous && !rule.Allowed.Contains(role)
                && response.Headers.Location?.AbsolutePath != "/Account/Login")
            {
                failures.Add($"{page} as {role}: expected a redirect to the login page, got {response.Headers.Location}");
            }
        }
        failures.Should().BeEmpty();
    }

    /// <summary>
    /// Links are made from page names (asp-page, Url.Page), so a renamed or removed page must not leave a link that
    /// goes nowhere: asp-page with an unknown page renders href="", Url.Page renders no href at all. Every page the
    /// matrix lets this role read is opened, and every link, form and image on it must name an address that some
    /// endpoint answers (static files aside).
    /// </summary>
    [Theory]
    [MemberData(nameof(RoleNames))]
    public async Task Every_link_and_form_on_each_page_leads_to_an_address_the_app_answers(string role)
    {
        var ids = await SampleIdsAsync();
        using var client = role == Anonymous ? AnonymousClient() : await ClientForRoleAsync(role);
        var routes = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText!.TrimStart('/')), new RouteValueDictionary(e.RoutePattern.Defaults)))
            .ToList();
        var failures = new List<string>();
        var visited = 0;
        foreach (var (page, rule) in Matrix.Where(r => r.Value.Expected(role) == HttpStatusCode.OK))
        {
            var url = ids.Aggregate(rule.Url, (current, id) => current.Replace("{" + id.Key + "}", id.Value, StringComparison.Ordinal));
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var document = await PortalClient.ParseAsync(response);
            visited++;
            foreach (var element in document.QuerySelectorAll("a, form, img, link[rel=alternate]"))
            {
                var attribute = element.LocalName switch { "form" => "action", "img" => "src", _ => "href" };
                var value = element.GetAttribute(attribute);
                var shown = element.OuterHtml.Length > 120 ? element.OuterHtml[..120] + "…" : element.OuterHtml;
                if (value is null)
                {
                    // A form without an action posts back to its own page; anything else must say where it goes.
                    if (element.LocalName != "form") failures.Add($"{page} as {role}: no {attribute} on {shown}");
                    continue;
                }
                if (value.Length == 0)
                {
                    failures.Add($"{page} as {role}: empty {attribute} on {shown}");
                    continue;
                }
                var target = new Uri(new Uri(document.Url), value);
                if (target.Host != new Uri(document.Url).Host || StaticFolders.Any(f => target.AbsolutePath.StartsWith(f, StringComparison.Ordinal))) continue;
                var path = new PathString(Uri.UnescapeDataString(target.AbsolutePath));
                if (!routes.Any(r => r.TryMatch(path, new RouteValueDictionary())))
                {
                    failures.Add($"{page} as {role}: {attribute}=\"{value}\" matches no page");
                }
            }
        }
        visited.Should().BePositive();
        // Joined, so the message names every broken link, not only the first.
        string.Join(Environment.NewLine, failures).Should().BeEmpty();
    }

    /// <summary>wwwroot: served as files, not pages.</summary>
    private static readonly string[] StaticFolders = ["/css/", "/js/", "/lib/", "/favicon.svg"];

    public static TheoryData<string> RoleNames() => new(Roles);
}
