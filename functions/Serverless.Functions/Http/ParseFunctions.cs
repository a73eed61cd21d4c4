using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Auth;
using Serverless.Functions.Importing;
using Serverless.Notices;

namespace Serverless.Functions.Http;

/// <summary>The clerk's preview: a notice's plain text in, a draft out. Nothing is stored.</summary>
public sealed class ParseFunctions(ApiGate gate, NoticeParser parser, ImportDraftBuilder drafts, Agencies.AgencyDirectoryService directory)
{
    /// <summary>Largest text accepted: a long notice is a few hundred KB; the parser itself refuses more than 5 MB.</summary>
    public const int MaxTextBytes = 5 * 1024 * 1024;

    /// <summary>Parses the notice text (UTF-8 body) into directives, agencies with roles, deadlines and an import draft.</summary>
    [Function("ParseNotice")]
    public Task<IActionResult> ParseAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notices/parse")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Office], async _ =>
        {
            var text = await RequestBodyReader.ReadTextAsync(request, MaxTextBytes, cancellationToken);
            if (text.Problem is not null) return text.Problem;
            // An alias saved on another instance a moment ago must already count.
            await directory.RefreshAsync(cancellationToken);
            try
            {
                return ApiResults.Json(drafts.Build(parser.Parse(text.Value!)));
            }
            catch (NoticeParseException e)
            {
                return ApiResults.Problem(422, "Không đọc được thông báo", e.Message, new Dictionary<string, string[]> { [e.Field] = [e.Message] });
            }
        });
}
