using System.Runtime.InteropServices;

namespace Rasid.Cli;

/// <summary>
/// SIGINT (Ctrl-C) and SIGTERM as a cancellation: the command finishes its current write and returns, instead of the
/// runtime ending the process mid-write. For commands that poll the network (feeds poll, watch).
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public StopSignal()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    }

    public CancellationToken Token => _stop.Token;

    public bool Requested => _stop.IsCancellationRequested;

    private void Stop(PosixSignalContext signal)
    {
        signal.Cancel = true; // ours to end: after the current write
        _stop.Cancel();
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _stop.Dispose();
    }
}
