namespace Serverless.Notices;

/// <summary>A word or punctuation mark of a text; an abbreviation yields one token per word it stands for, all over the same span.</summary>
/// <param name="Start">Offset of the first character in the source text.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Key">Comparison key (lower case, new-style tones); punctuation keeps its character.</param>
/// <param name="Kind">Word or which punctuation.</param>
/// <param name="Capitalized">True when the source word starts with a capital (or is an abbreviation).</param>
internal readonly record struct Token(int Start, int End, string Key, TokenKind Kind, bool Capitalized)
{
    /// <summary>True for marks that end a clause: . ; : ( ) and line breaks.</summary>
    public bool IsHardBoundary => Kind is TokenKind.Period or TokenKind.Semicolon or TokenKind.Colon
        or TokenKind.OpenParen or TokenKind.CloseParen or TokenKind.LineBreak;
}
