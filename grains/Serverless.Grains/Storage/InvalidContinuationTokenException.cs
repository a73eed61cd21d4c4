namespace Serverless.Grains.Storage;

/// <summary>A continuation token that no list of ours issued.</summary>
public sealed class InvalidContinuationTokenException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidContinuationTokenException()
        : base("The continuation token is not one this list issued.")
    {
    }

    /// <summary>Creates the exception with the parse error behind it.</summary>
    public InvalidContinuationTokenException(Exception? inner)
        : base("The continuation token is not one this list issued.", inner)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidContinuationTokenException(string message, Exception? inner)
        : base(message, inner)
    {
    }
}
