using System.CommandLine;
using System.Globalization;
using Serverless.Tracking;
using Serverless.LocalHost;

var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:7071" };
var now = new Option<string?>("--now")
{
    Description = "Development only: start the product's clock at this instant (e.g. 2023-08-01T09:00+07:00, or a date = 09:00 Vietnam time) and let it run on.",
};
var seed = new Option<string?>("--seed") { Description = "Notice JSON to import when the store holds no task." };
var noTimers = new Option<bool>("--no-timers") { Description = "Do not run the timer functions." };

var root = new RootCommand("Runs the directive-tracking Function App locally, without Azure Functions Core Tools.")
{
    urls, now, seed, noTimers,
};
root.Subcommands.Add(TokenCommand.Create());
root.Subcommands.Add(ParserCommands.Parse());
root.Subcommands.Add(ParserCommands.Eval());
root.SetAction(async (parse, cancellationToken) =>
{
    var settings = new LocalHostSettings
    {
        Urls = parse.GetValue(urls)!,
        SeedFile = parse.GetValue(seed) is { } seedPath ? Path.GetFullPath(seedPath) : null,
        RunTimers = !parse.GetValue(noTimers),
        EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Development",
    };
    if (parse.GetValue(now) is { } nowText)
    {
        if (settings.EnvironmentName != "Development")
        {
            await Console.Error.WriteLineAsync("--now is only allowed in the Development environment.").ConfigureAwait(false);
            return 2;
        }
        settings.Time = new OffsetTimeProvider(ParseInstant(nowText));
    }

    var app = LocalHostApp.Build(settings);
    await app.RunAsync(cancellationToken).ConfigureAwait(false);
    return 0;
});
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);

static DateTimeOffset ParseInstant(string text) =>
    DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        ? VietnamTime.At(date, new TimeOnly(9, 0))
        : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
