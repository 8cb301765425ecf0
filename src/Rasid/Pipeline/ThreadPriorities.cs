using System.Runtime.InteropServices;

namespace Rasid.Pipeline;

/// <summary>Scheduling priority for threads that should yield the processor to others of the same process.</summary>
internal static partial class ThreadPriorities
{
    /// <summary>
    /// How far below normal on Linux (nice values run from -20 to 19, a step about 1.25 times less processor time
    /// when threads compete). Ingesting SaudiNewsNet with extraction on two cores, workers at 0, 5, 10 and 19:
    /// 54.8 / 52.5 s, 48.0 / 49.1 s, 44.5 / 46.8 s, 51.2 / 51.8 s (alternating runs); at 19 the workers lost the
    /// processor to the collector's and compiler's threads as well.
    /// </summary>
    public const int LinuxNice = 10;

    /// <summary>Lowers the calling thread's priority; where the system refuses, the thread keeps the one it had.</summary>
    public static void LowerCurrentThread()
    {
        if (OperatingSystem.IsLinux())
        {
            // .NET does not map Thread.Priority to anything on Linux (dotnet/runtime#91165): the normal scheduler
            // weighs threads by their nice value, which Linux keeps per thread; "who" 0 is the calling thread.
            // Raising it needs no privilege.
            _ = SetPriority(PriorityOfProcess, 0, LinuxNice);
        }
        else
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        }
    }

    /// <summary>The calling thread's nice value on Linux (/proc/thread-self/stat, field 19); null elsewhere.</summary>
    public static int? CurrentLinuxNice()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        string stat = File.ReadAllText("/proc/thread-self/stat");
        // The command name, field 2, is in parentheses and may hold spaces: count fields after its closing one.
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], System.Globalization.CultureInfo.InvariantCulture);
    }

    private const int PriorityOfProcess = 0; // PRIO_PROCESS

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriority(int which, int who, int priority);
}
