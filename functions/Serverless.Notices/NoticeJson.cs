using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Notices;

/// <summary>How a <see cref="ParsedNotice"/> is written as JSON: camelCase, ISO dates, lower-case roles and kinds, Vietnamese left readable.</summary>
public static class NoticeJson
{
    /// <summary>Serializer options for <see cref="ParsedNotice"/> (indented; the relaxed encoder keeps Vietnamese letters unescaped).</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
