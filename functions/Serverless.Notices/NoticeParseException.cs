namespace Serverless.Notices;

/// <summary>The text cannot be read as a notice; <see cref="Exception.Message"/> is Vietnamese and safe to show a clerk.</summary>
public sealed class NoticeParseException : Exception
{
    /// <summary>Creates the error for the request field that is wrong.</summary>
    public NoticeParseException(string message, string field = "text")
        : base(message) => Field = field;

    public NoticeParseException()
        : this("Không đọc được thông báo.")
    {
    }

    public NoticeParseException(string message, Exception innerException)
        : base(message, innerException) => Field = "text";

    /// <summary>The request field the error is about ("text").</summary>
    public string Field { get; } = "text";
}
