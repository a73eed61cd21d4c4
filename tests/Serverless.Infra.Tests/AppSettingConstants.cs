using System.Text.RegularExpressions;

namespace Serverless.Infra.Tests;

/// <summary>
/// The string constants of AppSettingNames.cs, read from the source so these tests do not depend on
/// the Function App building.
/// </summary>
internal static partial class AppSettingConstants
{
    /// <summary>
    /// Settings only local development and tests use; Azure must not get them. Every connection string is one:
    /// in Azure the app reaches its services by endpoint with managed identity.
    /// </summary>
    public static IReadOnlySet<string> LocalOnly() =>
        All().Values.Where(IsLocalOnly).ToHashSet(StringComparer.Ordinal);

    /// <summary>Constant name to setting name, for every <c>const string</c> in AppSettingNames.cs.</summary>
    public static IReadOnlyDictionary<string, string> All()
    {
        var source = File.ReadAllText(RepositoryFiles.Path(RepositoryFiles.AppSettingNamesSource));
        var constants = ConstantPattern().Matches(source).ToDictionary(match => match.Groups["name"].Value, match => match.Groups["value"].Value);
        Assert.True(constants.Count > 0, $"No 'const string' found in {RepositoryFiles.AppSettingNamesSource}: the pattern no longer matches the file.");
        return constants;
    }

    /// <summary>The settings the app reads when it runs in Azure.</summary>
    public static IReadOnlySet<string> UsedInAzure() =>
        All().Values.Where(setting => !IsLocalOnly(setting)).ToHashSet(StringComparer.Ordinal);

    private static bool IsLocalOnly(string setting) => setting.EndsWith("__ConnectionString", StringComparison.Ordinal);

    [GeneratedRegex("""const\s+string\s+(?<name>\w+)\s*=\s*"(?<value>[^"]*)"\s*;""")]
    private static partial Regex ConstantPattern();
}
