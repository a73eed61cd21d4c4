namespace Serverless.Functions.Http;

/// <summary>A directive, the ids of its tasks and each task as imported.</summary>
/// <remarks>The tasks as imported let the clerk's page show what an import created in one request, even when a
/// directive sent to a group made hundreds of tasks; their live state (status, moved deadlines) is in GET /api/tasks/{id}.</remarks>
public sealed record DirectiveView(int Number, string Text, IReadOnlyList<string> TaskIds, IReadOnlyList<ImportedTaskView> Tasks);
