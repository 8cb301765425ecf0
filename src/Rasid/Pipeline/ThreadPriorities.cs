using System.Runtime.InteropServices;

namespace Rasid.Pipeline;

/// <summary>Scheduling priority for threads that should yield the processor to others of the same process.</summary>
internal static partial class ThreadPriorities
{
    /// <summary>
    /// How far below normal on Linux (nice values run from -20 to 19, a step about 1.25 times less processor time
    /// when threads compete). Ingesting SaudiNewsNet with extraction on two cores, workers at nice 0, 5 and 10:
    /// 54.8 / 52.5 s, 48.0 / 49.1 s, 44.5 / 46.8 s (alternating runs); in another set at 0, 5 and 19: 52.9 / 56.8 s,
    /// 45.4 / 48.8 s, 51.2 / 51.8 s, slower again at 19, where the workers yield to every other thread of the process,
    /// the collector's and the compiler's too.
    /// </summary>
    public const int LinuxNice = 10;

    /// <summary>Lowers the calling thread's priority; where the system refuses, the thread keeps the one it had.</summary>
    public static void LowerCurrentThread()
    {
        if (OperatingSystem.IsLinux())
        {
            // .NET does not map Thread.Priority to anything on Linux (dotnet/runtime#91165): the normal scheduler
            // weighs threads by their nice value, which Linux keeps per thread; "who" 0 is the calling thread.
            // Raising a nice value (lowering the priority) needs no privilege.
            _ = SetPriority(PriorityOfProcess, 0, LinuxNice);
        }
        else
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        }
    }

    private const int PriorityOfProcess = 0; // PRIO_PROCESS

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriority(int which, int who, int priority);
}
