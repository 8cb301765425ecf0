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

    /// <summary>The known names (shipped and the user's) whose spellings search and analysis cross scripts with.</summary>
    public Gazetteer Gazetteer => extractors.Gazetteer;
    private IArticleStore? _store;
    private NewsQueries? _queries;
    private long _changesWhenMade = -1;
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

    private readonly System.Collections.Concurrent.ConcurrentBag<IArticleStore> _searchStores = [];
    private readonly SemaphoreSlim _searchSlots = new(SearchConnections, SearchConnections);

    /// <summary>How many searches run at once, each on a connection of its own (SQLite and PostgreSQL both read in parallel).</summary>
    private static readonly int SearchConnections = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>
    /// A search that needs no relations (no "has conflicting claims" facet) runs on a pooled connection of its
    /// own, beside other searches and whatever question holds the main one: searches are what many people ask at once.
    /// </summary>
    public async Task<SearchAnswer> Search(SearchFilter filter, CancellationToken cancel)
    {
        if (filter.InConflict)
        {
            return await Ask(q => q.Search(filter), cancel);
        }

        await _searchSlots.WaitAsync(cancel);
        var store = _searchStores.TryTake(out var pooled) ? pooled : openStore();
        try
        {
            return new NewsQueries(store, extractors).Search(filter);
        }
        finally
        {
            _searchStores.Add(store);
            _searchSlots.Release();
        }
    }

    /// <summary>Forgets the relations made so far (after an ingest through this server).</summary>
    public void Invalidate() => _changesWhenMade = -1;

    private NewsQueries Current()
    {
        _store ??= openStore();
        if (_queries is null || _changesWhenMade < 0 || DateTime.UtcNow - _checked > CheckEvery)
        {
            long articles = _store.ArticleChanges(); // raised by every added or changed article, unlike the count
            _checked = DateTime.UtcNow;
            if (_queries is null || articles != _changesWhenMade)
            {
                _queries = new NewsQueries(_store, extractors);
                _changesWhenMade = articles;
            }
        }

        return _queries;
    }

    public void Dispose()
    {
        (_store as IDisposable)?.Dispose();
        foreach (var store in _searchStores)
        {
            (store as IDisposable)?.Dispose();
        }

        _turn.Dispose();
        _searchSlots.Dispose();
    }
}
