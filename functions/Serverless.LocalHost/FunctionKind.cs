namespace Serverless.LocalHost;

/// <summary>The trigger of a function.</summary>
public enum FunctionKind
{
    /// <summary>[HttpTrigger].</summary>
    Http = 0,
    /// <summary>[TimerTrigger].</summary>
    Timer = 1,
}
