using System.CommandLine;
using Serverless.Functions.Auth;
using Serverless.Tracking;

namespace Serverless.LocalHost;

/// <summary>"token": mints a development token signed by the local key (accepted only in Development).</summary>
public static class TokenCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var role = new Option<string>("--role") { Description = "leader, office, agency or operator.", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var agency = new Option<string?>("--agency") { Description = "Agency code (required with --role agency), e.g. SXD." };
        var subject = new Option<string?>("--subject") { Description = "Who the token is for (recorded in task history)." };
        var hours = new Option<int>("--hours") { Description = "Lifetime in hours.", DefaultValueFactory = _ => 8 };

        var command = new Command("token", "Prints a development bearer token for a role (Development environment only).")
        {
            role, agency, subject, hours,
        };
        command.SetAction(parse =>
        {
            var chosenRole = parse.GetValue(role)!;
            var code = parse.GetValue(agency);
            if (chosenRole == Roles.Agency)
            {
                var directory = AgencyDirectory.Load(Path.Combine(AppContext.BaseDirectory, "agencies.json"));
                if (code is null || !directory.Contains(code))
                {
                    Console.Error.WriteLine($"--role agency needs --agency with a code from agencies.json ({string.Join(", ", directory.All.Select(a => a.Code))}).");
                    return 2;
                }
            }
            else
            {
                code = null;
            }

            var key = DevelopmentSigningKey.LoadOrCreate(Environment.GetEnvironmentVariable("Auth__DevelopmentKeyFile") ?? DevelopmentSigningKey.DefaultPath());
            var audience = Environment.GetEnvironmentVariable("Auth__Audience") ?? AuthOptions.DevelopmentAudience;
            var name = parse.GetValue(subject) ?? (code is null ? $"dev-{chosenRole}" : $"dev-{code.ToLowerInvariant()}");
            Console.WriteLine(DevelopmentTokens.Mint(key, audience, chosenRole, code, name, DateTimeOffset.UtcNow, TimeSpan.FromHours(parse.GetValue(hours))));
            return 0;
        });
        return command;
    }
}
