namespace Serverless.Notices;

/// <summary>What a token of a notice is.</summary>
internal enum TokenKind
{
    Word,
    Comma,
    Semicolon,
    Colon,
    Period,
    OpenParen,
    CloseParen,
    LineBreak,
    Dash,
    Other,
}
