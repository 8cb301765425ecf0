using Rasid.Pipeline;

namespace Rasid.Storing;

/// <summary>What a copy did.</summary>
public sealed record CopySummary(int Added, int Unchanged, int Updated);

/// <summary>
/// Moves every article from one store to another (SQLite to PostgreSQL and back). Ids, sources and content
/// hashes travel as they are; index terms are recomputed by the same analysis, so the target indexes exactly
/// what an ingest would have. Copying again adds nothing: the target keeps each source once.
/// </summary>
public static class StoreCopier
{
    public static CopySummary Copy(IArticleStore from, IArticleStore to, int batchSize = 256, Action<int>? onProgress = null)
    {
        int added = 0, unchanged = 0, updated = 0;
        var batch = new List<ProcessedArticle>(batchSize);

        void Flush()
        {
            foreach (var outcome in to.SaveBatch(batch))
            {
                switch (outcome)
                {
                    case SaveOutcome.Added: added++; break;
                    case SaveOutcome.Updated: updated++; break;
                    default: unchanged++; break;
                }
            }

            batch.Clear();
            onProgress?.Invoke(added + unchanged + updated);
        }

        foreach (var stored in from.Articles())
        {
            batch.Add(new ProcessedArticle(stored.Id, stored.Source, stored.ContentHash, stored.Article, RasidPipeline.Index(stored.Article)));
            if (batch.Count == batchSize)
            {
                Flush();
            }
        }

        if (batch.Count > 0)
        {
            Flush();
        }

        return new CopySummary(added, unchanged, updated);
    }
}
