namespace Rasid.Storing;

/// <summary>A lock's release as a disposable: runs once, however often disposed.</summary>
internal sealed class Releaser(Action release) : IDisposable
{
    private Action? _release = release;

    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
}
