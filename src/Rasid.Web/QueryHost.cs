using Rasid.Extraction;
using Rasid.Queries;
using Rasid.Storing;

namespace Rasid.Web;

/// <summary>
/// The one store and query layer a server answers from. A store connection answers one question at a time, so
/// questions are asked in turn; the relations (stories, claims) are kept between requests and made again only
/// when the store holds a different number of articles than when they were made (another process ingested).
/// </summary>
public sealed class QueryHost(Func<IArticleStore> openStore, Extractors extractors) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private IArticleStore? _store;
    private NewsQueries? _queries;
    private long _articlesWhenMade = -1;
    private DateTime _checked = DateTime.MinValue;

    /// <summary>How often the article count is looked at to see whether relations must be made again.</summary>
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(5);

    public async Task<T> Ask<T>(Func<NewsQueries, T> question, CancellationToken cancel)
    {
        await _turn.WaitAsync(cancel);
        try
        {
            return question(Current());
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Forgets the relations made so far (after an ingest through this server).</summary>
    public void Invalidate() => _articlesWhenMade = -1;

    private NewsQueries Current()
    {
        _store ??= openStore();
        if (_queries is null || _articlesWhenMade < 0 || DateTime.UtcNow - _checked > CheckEvery)
        {
            long articles = _store.Stats().Articles;
            _checked = DateTime.UtcNow;
            if (_queries is null || articles != _articlesWhenMade)
            {
                _queries = new NewsQueries(_store, extractors);
                _articlesWhenMade = articles;
            }
        }

        return _queries;
    }

    public void Dispose()
    {
        (_store as IDisposable)?.Dispose();
        _turn.Dispose();
    }
}
