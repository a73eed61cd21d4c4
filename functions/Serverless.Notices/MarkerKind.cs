namespace Serverless.Notices;

/// <summary>How a paragraph of a notice is numbered.</summary>
internal enum MarkerKind
{
    None,
    Roman,
    Arabic,
    SubArabic,
    Letter,
    Bullet,
}
