using Serverless.Benchmarks;

return args switch
{
    ["parser", ..] => ParserBenchmark.Run(args[1..]),
    ["sweep", ..] => await SweepBenchmark.RunAsync(args[1..]),
    ["scale", ..] => await ScaleBenchmark.RunAsync(args[1..]),
    ["delivery", ..] => await DeliveryBenchmark.RunAsync(args[1..]),
    ["partition", ..] => await PartitionGrowthBenchmark.RunAsync(args[1..]),
    ["profile", ..] => AzuriteProfile.Run(args[1..]),
    ["failedlist", ..] => await FailedListBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Serverless.Benchmarks parser [iterations] | sweep [count] [parallelism] | scale [tasks] [due in the sweep] | delivery [count] [maxConcurrentCalls] [prefetchCount] [smtpPoolSize] | partition [rows] [rows per slice] [table rows] [table rows per slice] | profile <azurite.cpuprofile> [top] | failedlist [notifications] [per slice] [recipients]");
    return 2;
}
