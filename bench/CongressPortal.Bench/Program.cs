using CongressPortal.Bench;

// Benchmarks run by hand (bench/run.sh), never as tests. See docs/benchmarks.md for the figures.
//   generate <count>   load the demo city, then <count> suggestions over five years with replies, ratings and history
//   measure            p50/p95 of the staff list, Chinese search, a year's statistics and a 500-row import
//   reports [connections] [seconds] [rounds]
//                      the cached public report page against a minimal endpoint returning the same bytes
//   legislation [fill] [count] [rounds] [connections] [seconds]
//                      <count> regulations × 3 versions, then the library search, a cached regulation page and a
//                      version comparison over HTTP (with fill: only load the data and time the library query)
//   drafts [fill] [connections] [seconds] [rounds]
//                      an open draft of 150 articles with 50,000 comments, then the cached draft page against a minimal
//                      endpoint, comment submission under load and the staff moderation list by article (with fill: only
//                      load the data)
//   proposals          replays each session's 交办 on the demo city: how often the unit chosen was the first proposal
//   api [limit] [polls] the open data API on the 1,000,000-suggestion database: index build, a full crawl following next,
//                      and empty modified_since polls
var command = args.FirstOrDefault() ?? "help";
var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Portal")
    ?? throw new InvalidOperationException("Set ConnectionStrings__Portal to the benchmark database (bench/run.sh does).");
switch (command)
{
    case "generate":
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        await SuggestionGenerator.RunAsync(connectionString, count);
        break;
    case "measure":
        await SuggestionBenchmarks.RunAsync(connectionString, args.Skip(1).ToArray());
        break;
    case "reports":
        await ReportPageBenchmark.RunAsync(connectionString, args.Skip(1).ToArray());
        break;
    case "public":
        await PublicPagesBenchmark.RunAsync(connectionString, args.Skip(1).ToArray());
        break;
    case "legislation":
        await LegislationBenchmark.RunAsync(connectionString, args.Skip(1).ToArray());
        break;
    case "drafts":
        await DraftBenchmark.RunAsync(connectionString, args.Skip(1).ToArray());
        break;
    case "proposals":
        await ProposalReplayBenchmark.RunAsync(connectionString);
        break;
    case "api":
        await OpenDataBenchmark.RunAsync(connectionString, args.Skip(1).ToArray());
        break;
    default:
        Console.WriteLine("usage: CongressPortal.Bench generate [count] | measure [rounds] | reports [connections] [seconds] [rounds] | public [connections] [seconds] [rounds] [only] | legislation [fill] [count] [rounds] [connections] [seconds] | drafts [fill] [connections] [seconds] [rounds] | proposals | api [limit] [polls]");
        break;
}
