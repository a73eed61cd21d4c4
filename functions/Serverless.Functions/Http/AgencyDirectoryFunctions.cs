using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Agencies;
using Serverless.Functions.Auth;
using Serverless.Grains.Storage;
using Serverless.Tracking;

namespace Serverless.Functions.Http;

/// <summary>The office manages the agency directory: agencies, their aliases, groups, bulk lists; every change audited.</summary>
public sealed class AgencyDirectoryFunctions(ApiGate gate, AgencyDirectoryService service, AgencyDirectoryStore store)
{
    /// <summary>Largest list accepted (CSV or .xlsx).</summary>
    public const int MaxListBytes = 2 * 1024 * 1024;

    /// <summary>The media type of an .xlsx body; anything else is read as UTF-8 CSV.</summary>
    public const string ExcelMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Office = [Roles.Office];

    /// <summary>Adds an agency. Office only.</summary>
    [Function("CreateAgency")]
    public Task<IActionResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agencies")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, Office, async caller =>
        {
            var body = await RequestBodyReader.ReadJsonAsync<AgencyBody>(request, cancellationToken);
            if (body.Problem is not null) return body.Problem;
            var result = await service.ChangeAsync(file => DirectoryEdits.Create(file, body.Value!), caller.ToActor(), 201, cancellationToken);
            return Answer(result, body.Value!.Code);
        });

    /// <summary>Renames an agency or changes its kind, supervisor or aliases. Office only.</summary>
    [Function("UpdateAgency")]
    public Task<IActionResult> UpdateAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "agencies/{code}")] HttpRequest request, string code, CancellationToken cancellationToken) =>
        gate.RunAsync(request, Office, async caller =>
        {
            var body = await RequestBodyReader.ReadJsonAsync<AgencyBody>(request, cancellationToken);
            if (body.Problem is not null) return body.Problem;
            return Answer(await service.ChangeAsync(file => DirectoryEdits.Update(file, code, body.Value!), caller.ToActor(), 200, cancellationToken), code);
        });

    /// <summary>Retires an agency (its tasks and history stay; it gets no new task). Agencies are never deleted. Office only.</summary>
    [Function("RetireAgency")]
    public Task<IActionResult> RetireAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agencies/{code}/retire")] HttpRequest request, string code, CancellationToken cancellationToken) =>
        gate.RunAsync(request, Office, async caller =>
        {
            var body = await RequestBodyReader.ReadJsonAsync<RetireBody>(request, cancellationToken, allowEmpty: true);
            if (body.Problem is not null) return body.Problem;
            return Answer(await service.ChangeAsync(file => DirectoryEdits.Retire(file, code, body.Value ?? new RetireBody()), caller.ToActor(), 200, cancellationToken), code);
        });

    /// <summary>Remembers another name for an agency (the next draft matches it). Office only.</summary>
    [Function("AddAgencyAlias")]
    public Task<IActionResult> AddAliasAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agencies/{code}/aliases")] HttpRequest request, string code, CancellationToken cancellationToken) =>
        gate.RunAsync(request, Office, async caller =>
        {
            var body = await RequestBodyReader.ReadJsonAsync<AliasBody>(request, cancellationToken);
            if (body.Problem is not null) return body.Problem;
            return Answer(await service.ChangeAsync(file => DirectoryEdits.AddAlias(file, code, body.Value!), caller.ToActor(), 200, cancellationToken), code);
        });

    /// <summary>Forgets a name of an agency (<c>?alias=</c>). Office only.</summary>
    [Function("RemoveAgencyAlias")]
    public Task<IActionResult> RemoveAliasAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "agencies/{code}/aliases")] HttpRequest request, string code, CancellationToken cancellationToken) =>
        gate.RunAsync(request, Office, async caller =>
            Answer(await service.ChangeAsync(file => DirectoryEdits.RemoveAlias(file, code, request.Query["alias"].ToString()), caller.ToActor(), 200, cancellationToken), code));

    /// <summary>Creates or updates agencies from a CSV or Excel list; any bad row refuses the whole list. Office only.</summary>
    [Function("ImportAgencies")]
    public Task<IActionResult> ImportAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agencies/import")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, Office, async caller =>
        {
            var read = await RequestBodyReader.ReadListAsync(request, MaxListBytes, ExcelMediaType, cancellationToken);
            if (read.Problem is not null) return read.Problem;
            var list = read.Value!;

            var imported = 0;
            var result = await service.ChangeAsync(file =>
            {
                var edit = AgencyListImport.Read(file, list.Bytes, list.Excel);
                imported = edit.Agencies.Count;
                return edit;
            }, caller.ToActor(), 200, cancellationToken);
            return result.Stored
                ? ApiResults.Json(new { imported, agencies = result.Directory.Agencies.Count() })
                : ApiResults.Problem(result.Status, "Danh sách cơ quan không hợp lệ", "Không có cơ quan nào được lưu.", result.Errors);
        });

    /// <summary>Adds a group. Office only.</summary>
    [Function("CreateAgencyGroup")]
    public Task<IActionResult> CreateGroupAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agency-groups")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, Office, async caller =>
        {
            var body = await RequestBodyReader.ReadJsonAsync<GroupBody>(request, cancellationToken);
            if (body.Problem is not null) return body.Problem;
            return AnswerGroup(await service.ChangeAsync(file => DirectoryEdits.SaveGroup(file, null, body.Value!), caller.ToActor(), 201, cancellationToken), body.Value!.Code);
        });

    /// <summary>Changes a group's name, kinds, members, aliases or retires it. Office only.</summary>
    [Function("UpdateAgencyGroup")]
    public Task<IActionResult> UpdateGroupAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "agency-groups/{code}")] HttpRequest request, string code, CancellationToken cancellationToken) =>
        gate.RunAsync(request, Office, async caller =>
        {
            var body = await RequestBodyReader.ReadJsonAsync<GroupBody>(request, cancellationToken);
            if (body.Problem is not null) return body.Problem;
            return AnswerGroup(await service.ChangeAsync(file => DirectoryEdits.SaveGroup(file, code, body.Value!), caller.ToActor(), 200, cancellationToken), code);
        });

    /// <summary>The groups with their members. Every role.</summary>
    [Function("ListAgencyGroups")]
    public Task<IActionResult> ListGroupsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agency-groups")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office, Roles.Agency, Roles.Operator], async _ =>
        {
            await service.RefreshAsync(cancellationToken);
            var directory = service.Current;
            return ApiResults.Json(new { items = directory.Groups.OrderBy(g => g.Code, StringComparer.Ordinal).Select(g => GroupView(directory, g)).ToList() });
        });

    /// <summary>Who changed the directory, when and what, newest first, paged. Office and leaders.</summary>
    [Function("ListDirectoryAudit")]
    public Task<IActionResult> AuditAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agencies/audit")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office], async _ =>
        {
            var (pageSize, token, problem) = Paging.Read(request);
            if (problem is not null) return problem;
            try
            {
                var page = await store.ReadAuditAsync(pageSize, token, cancellationToken);
                return ApiResults.Json(new { items = page.Items, continuationToken = Paging.Encode(page.ContinuationToken) });
            }
            catch (Azure.RequestFailedException e) when (e.Status == 400)
            {
                return Paging.InvalidToken();
            }
        });

    /// <summary>An agency as the API shows it.</summary>
    public static object AgencyView(Agency agency) => new
    {
        code = agency.Code,
        name = agency.Name,
        supervisor = agency.Supervisor,
        kind = agency.KindOrDefault,
        kindLabel = AgencyKinds.Labels[agency.KindOrDefault],
        aliases = agency.AliasList,
        retired = agency.Retired,
    };

    private static object GroupView(AgencyDirectorySnapshot directory, AgencyGroup group) => new
    {
        code = group.Code,
        name = group.Name,
        kinds = group.KindList,
        members = group.MemberList,
        aliases = group.AliasList,
        retired = group.Retired,
        expandsTo = directory.MembersOf(group.Code),
    };

    private static IActionResult Answer(DirectoryChangeResult result, string? code) =>
        !result.Stored
            ? ApiResults.Problem(result.Status, "Không thay đổi được danh bạ", "Danh bạ không thay đổi.", result.Errors)
            : ApiResults.Json(AgencyView(result.Directory.Get(code!)), result.Status);

    private static IActionResult AnswerGroup(DirectoryChangeResult result, string? code) =>
        !result.Stored
            ? ApiResults.Problem(result.Status, "Không thay đổi được danh bạ", "Danh bạ không thay đổi.", result.Errors)
            : ApiResults.Json(GroupView(result.Directory, result.Directory.FindGroup(code!)!), result.Status);
}
