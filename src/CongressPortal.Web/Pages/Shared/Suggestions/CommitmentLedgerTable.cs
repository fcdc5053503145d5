using CongressPortal.Web.Data.Queries;

namespace CongressPortal.Web.Pages.Shared.Suggestions;

/// <summary>What <c>_CommitmentLedger</c> shows: the ledger's rows, linked to the staff or the public page of each suggestion.</summary>
public sealed record CommitmentLedgerTable(IReadOnlyList<CommitmentLedgerRow> Rows, bool ForStaff);
