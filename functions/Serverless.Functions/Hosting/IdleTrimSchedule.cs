namespace Serverless.Functions.Hosting;

/// <summary>
/// Decides, from the process's allocation count read once per tick, when an instance has gone quiet long enough to
/// give its garbage back to the system. The GC collects in step with allocations: a quiet process allocates too little
/// to start a full collection, so the state of every grain Orleans deactivated stays in the heap, and the process's
/// memory stays at its busiest, until work comes back. One full collection after the grains are gone returns it.
/// </summary>
/// <param name="busyBytesPerTick">A tick that allocated at least this much was busy (requests, imports, a sweep with work).</param>
/// <param name="quietTicksBeforeTrim">
/// Quiet ticks in a row before the trim: long enough for Orleans to deactivate the grains of the last busy tick
/// (their collection age, plus the collector's own period), so the trim finds their state already garbage.
/// </param>
public sealed class IdleTrimSchedule(long busyBytesPerTick, int quietTicksBeforeTrim)
{
    private long? lastAllocated;
    private int quietTicks;
    // Start-up counts as work: an instance that starts and stays quiet still holds its start-up garbage.
    private bool busySinceTrim = true;

    /// <summary>Ticks in a row that allocated less than the busy threshold.</summary>
    public int QuietTicks => quietTicks;

    /// <summary>Takes the process's total allocated bytes at this tick; true when the trim is due now (once per quiet spell).</summary>
    public bool Observe(long totalAllocatedBytes)
    {
        if (lastAllocated is not { } last)
        {
            lastAllocated = totalAllocatedBytes; // the first reading only sets the baseline
            return false;
        }
        lastAllocated = totalAllocatedBytes;
        if (totalAllocatedBytes - last >= busyBytesPerTick)
        {
            busySinceTrim = true;
            quietTicks = 0;
            return false;
        }
        quietTicks++;
        if (!busySinceTrim || quietTicks < quietTicksBeforeTrim) return false;
        busySinceTrim = false;
        return true;
    }
}
