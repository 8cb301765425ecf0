using System.Security.Cryptography;
using System.Text;
using Rasid.Pipeline;
using Rasid.Reading;
using Rasid.Storing;

namespace Rasid.Feeds;

/// <summary>What one poll of one feed did.</summary>
/// <param name="Feed">The feed's state after the poll, as saved.</param>
/// <param name="Added">Articles stored.</param>
/// <param name="Known">Items seen before (their address, or an article stored under it), not fetched again.</param>
/// <param name="Duplicates">Items whose text was stored already from another address.</param>
/// <param name="SummaryOnly">Of the added, those stored from the feed's summary because their page could not be fetched.</param>
/// <param name="Unchanged">The feed had not changed (304, or the same bytes as last time).</param>
/// <param name="Waiting">Not polled: the server asked to wait (Retry-After) until <see cref="FeedState.RetryAfter"/>.</param>
/// <param name="ItemProblems">One line per item that could not be stored.</param>
/// <param name="Interrupted">Stopped between items when asked to; the feed is read again next time.</param>
public sealed record PollOutcome(FeedState Feed, int Added, int Known, int Duplicates, int SummaryOnly, bool Unchanged, bool Waiting, IReadOnlyList<string> ItemProblems, bool Interrupted = false)
{
    public bool Failed => !Waiting && Feed.Failures > 0 && Feed.LastError is not null;
}

/// <summary>
/// Polls one feed: a conditional GET (validators and a hash of the body both checked), then each item not seen before
/// is fetched and cleaned exactly as `rasid ingest URL` does (<see cref="PageFetcher"/>, <see cref="RasidPipeline"/>,
/// <see cref="IArticleStore.SaveBatch"/>). When an item's page cannot be fetched its summary in the feed is stored in
/// its place, under the item's address with <see cref="SummaryMark"/> after it, so anyone reading it knows. An item is
/// stored once: an address seen before is not fetched again, and a text stored already from another address is not
/// stored again. Every request waits its turn at the host (<see cref="HostGate"/>). Cancellation is honoured between
/// writes only: an item being stored is stored, and the feed's validators are kept so that its next poll reads it all.
/// </summary>
public sealed class FeedPoller(IArticleStore store, RasidPipeline pipeline, FeedFetcher feeds, PageFetcher pages, HostGate gate, FeedOptions options, TimeProvider clock)
{
    /// <summary>Marks an article stored from a feed's summary: its source is the item's address followed by this fragment.</summary>
    public const string SummaryMark = "#feed-summary";

    private readonly IFeedStore _feeds = store.Feeds();

    public PollOutcome Poll(FeedState feed, CancellationToken cancel = default)
    {
        var now = clock.GetUtcNow();
        if (feed.RetryAfter is { } asked && asked > now)
        {
            return new PollOutcome(feed, 0, 0, 0, 0, false, true, []);
        }

        var response = gate.Run(feed.Url, () => feeds.Get(feed.Url, feed.ETag, feed.LastModified, cancel), cancel);
        now = clock.GetUtcNow();
        if (response.Failed)
        {
            return Saved(FeedSchedule.AfterFailure(feed, options, now, response.Status, response.Error!, response.RetryAfter));
        }

        if (response.NotModified)
        {
            return Saved(FeedSchedule.AfterSuccess(feed, options, now, response.Status!.Value, 0) with { ETag = response.ETag, LastModified = response.LastModified }, unchanged: true);
        }

        byte[] body = response.Body!;
        string bodyHash = Convert.ToHexStringLower(SHA256.HashData(body))[..32];
        var validated = FeedSchedule.AfterSuccess(feed, options, now, response.Status!.Value, 0) with { ETag = response.ETag, LastModified = response.LastModified, ContentHash = bodyHash };
        if (string.Equals(bodyHash, feed.ContentHash, StringComparison.Ordinal))
        {
            return Saved(validated, unchanged: true); // new validators, same bytes
        }

        ParsedFeed parsed;
        try
        {
            parsed = FeedParser.Parse(body, feed.Url);
        }
        catch (FeedFormatException e)
        {
            return Saved(FeedSchedule.AfterFailure(feed, options, now, response.Status, e.Message, null));
        }

        int added = 0, known = 0, duplicates = 0, summaries = 0, retry = 0;
        var problems = new List<string>();
        foreach (var entry in parsed.Entries)
        {
            if (cancel.IsCancellationRequested)
            {
                break;
            }

            switch (Take(feed, entry, cancel, problems))
            {
                case ItemFate.Added: added++; break;
                case ItemFate.AddedFromSummary: added++; summaries++; break;
                case ItemFate.Known: known++; break;
                case ItemFate.Duplicate: duplicates++; break;
                case ItemFate.Retry: retry++; break;
            }
        }

        if (cancel.IsCancellationRequested)
        {
            // Stopped between writes: the validators and hash stay as they were, so the next poll reads the feed again.
            var partial = FeedSchedule.AfterSuccess(feed, options, clock.GetUtcNow(), response.Status!.Value, added) with { NextPoll = clock.GetUtcNow() };
            return Saved(partial, added, known, duplicates, summaries, problems, interrupted: true);
        }

        var polled = FeedSchedule.AfterSuccess(feed, options, clock.GetUtcNow(), response.Status!.Value, added);

        // An item to take again (its page could not be fetched) keeps the old validators too: a 304 or the same bytes
        // next time would otherwise pass over it for good.
        return Saved(retry > 0 ? polled : polled with
        {
            ETag = response.ETag,
            LastModified = response.LastModified,
            ContentHash = bodyHash,
        }, added, known, duplicates, summaries, problems);
    }

    private enum ItemFate
    {
        Added,
        AddedFromSummary,
        Known,
        Duplicate,

        /// <summary>Stored nowhere and named nowhere; reported.</summary>
        Problem,

        /// <summary>Not taken now (the page could not be fetched, or the poll was stopped) and not recorded: taken again next poll.</summary>
        Retry,
    }

    private ItemFate Take(FeedState feed, FeedEntry entry, CancellationToken cancel, List<string> problems)
    {
        if (_feeds.ItemKnown(entry.Url))
        {
            return ItemFate.Known;
        }

        ReadResult read;
        try
        {
            read = gate.Run(entry.Url, () => pages.Fetch(entry.Url, cancel), cancel);
        }
        catch (OperationCanceledException)
        {
            return ItemFate.Retry; // asked to stop while waiting for the host or the page: the item is taken next time
        }

        var document = read.Document;
        bool fromSummary = false;
        if (document is null)
        {
            if (entry.Summary is null || FeedParser.SummaryText(entry.Summary) is not { Length: > 0 } summary)
            {
                problems.Add($"{entry.Url}: {read.Error}; the feed gives no summary to store instead");
                return ItemFate.Retry; // not recorded: the page is tried again next poll
            }

            document = new RawDocument(entry.Url + SummaryMark, summary, DocumentFormat.PlainText, entry.Title, entry.Author, entry.Published, feed.Name);
            fromSummary = true;
        }

        ProcessedArticle processed;
        try
        {
            processed = pipeline.Process(document);
        }
        catch (InputException e)
        {
            problems.Add($"{entry.Url}: {e.Message}");
            _feeds.RecordItem(new FeedItemRecord(entry.Url, feed.Id, null, null, fromSummary, clock.GetUtcNow()));
            return ItemFate.Problem;
        }

        string textHash = TextHash(processed.Article.Text);
        if (_feeds.TextKnown(textHash, processed.ContentHash))
        {
            _feeds.RecordItem(new FeedItemRecord(entry.Url, feed.Id, null, textHash, fromSummary, clock.GetUtcNow()));
            return ItemFate.Duplicate;
        }

        var outcome = store.SaveBatch([processed])[0];
        _feeds.RecordItem(new FeedItemRecord(entry.Url, feed.Id, processed.Id, textHash, fromSummary, clock.GetUtcNow()));
        return outcome != SaveOutcome.Added ? ItemFate.Known : fromSummary ? ItemFate.AddedFromSummary : ItemFate.Added;
    }

    /// <summary>A clean text's identity whatever its address: its words, white space aside.</summary>
    public static string TextHash(string text)
    {
        string words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(words)))[..32];
    }

    private PollOutcome Saved(FeedState state, int added = 0, int known = 0, int duplicates = 0, int summaries = 0, IReadOnlyList<string>? problems = null, bool unchanged = false, bool interrupted = false)
    {
        _feeds.SaveFeed(state);
        return new PollOutcome(state, added, known, duplicates, summaries, unchanged, false, problems ?? [], interrupted);
    }
}
