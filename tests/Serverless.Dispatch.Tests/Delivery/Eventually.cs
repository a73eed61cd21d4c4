namespace Serverless.Dispatch.Tests.Delivery;

/// <summary>Waits, bounded, for something the worker does in the background.</summary>
public static class Eventually
{
    public static async Task WaitAsync(Func<bool> condition, string what, int seconds = 30)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out after {seconds} s waiting for: {what}");
            await Task.Delay(50);
        }
    }
}
