namespace Serverless.Notices;

/// <summary>A notice cut into its parts.</summary>
/// <param name="Header">Paragraphs before the first item: letterhead, title, preamble.</param>
/// <param name="Addressees">The "Kính gửi:" block's text, empty when there is none.</param>
/// <param name="Items">The top-level items.</param>
/// <param name="Closing">Paragraphs from "Trên đây là ..." / "Nơi nhận:" on.</param>
internal sealed record NoticeOutline(List<string> Header, string Addressees, List<OutlineItem> Items, List<string> Closing);
