using Serverless.Benchmarks;

return args is ["parser", ..] ? ParserBenchmark.Run(args[1..]) : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: Serverless.Benchmarks parser [iterations]");
    return 2;
}
