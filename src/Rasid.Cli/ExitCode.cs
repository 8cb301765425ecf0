namespace Rasid.Cli;

/// <summary>The process exit codes of rasid, by name.</summary>
internal static class ExitCode
{
    public const int Success = 0;

    /// <summary>Something unexpected; the message says what.</summary>
    public const int InternalError = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Some inputs could not be read or held no article; the rest were processed.</summary>
    public const int SomeInputsFailed = 3;

    /// <summary>No input could be processed at all.</summary>
    public const int AllInputsFailed = 4;

    /// <summary>The article asked for is not in the store, or a file asked for does not exist.</summary>
    public const int NotFound = 5;

    /// <summary>The store could not be opened or written.</summary>
    public const int StoreError = 6;

    /// <summary>An evaluation scored below its floor.</summary>
    public const int BelowFloor = 7;

    /// <summary>Stopped by Ctrl-C (SIGINT) or SIGTERM before the work was done; what was written stays whole (the shell's 128 + 2).</summary>
    public const int Interrupted = 130;
}
