using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Rasid.Cleaning;
using Rasid.Pipeline;
using Rasid.Searching;

namespace Rasid.Storing;

/// <summary>
/// The server store: PostgreSQL through Npgsql, for teams and for several ingest processes at once.
/// PostgreSQL's own Arabic text search keeps the و prefix and has no stop words, so the tsvector is
/// written from Rasid's own analyzed terms (the same ones SQLite's FTS5 indexes): title terms weighted A,
/// body terms B, name keys C, root keys D. Each batch is one transaction whose rows are written in source order, so two
/// processes writing overlapping batches take their row locks in the same order and cannot deadlock.
/// </summary>
public sealed class PostgresArticleStore : IArticleStore, IKeepsFeeds
{
    /// <summary>Schema migrations, in order; rasid_schema records the last one a database ran.</summary>
    private static readonly string[][] Migrations =
    [
        [
            """
            CREATE TABLE articles (
                seq bigserial PRIMARY KEY,
                id text NOT NULL,
                source text NOT NULL UNIQUE,
                content_hash text NOT NULL,
                title text,
                authors jsonb NOT NULL,
                published text,
                via jsonb NOT NULL,
                ai_disclosure boolean NOT NULL,
                language text,
                outlet text,
                text text COMPRESSION lz4 NOT NULL,
                removed jsonb NOT NULL,
                terms tsvector COMPRESSION lz4 NOT NULL,
                term_count integer NOT NULL
            )
            """,
            // A larger pending list lets GIN merge new entries in bigger, cheaper runs during ingest (measured: the
            // index is most of the server's work); searches read the pending list too, and autovacuum empties it.
            // The id is derived from the source, so the source alone is the unique key: a second unique index would be
            // checked outside ON CONFLICT's arbiter and make two processes inserting one new article fail instead of wait.
            "CREATE INDEX articles_id ON articles (id)",
            "CREATE INDEX articles_terms ON articles USING GIN (terms) WITH (gin_pending_list_limit = 32768)",
        ],
        [
            // Extraction runs at ingest; its facts are kept per article, for the content and extractors that made them.
            "CREATE TABLE article_facts (article_id text PRIMARY KEY, content_hash text NOT NULL, fingerprint text NOT NULL, facts text COMPRESSION lz4 NOT NULL)",
        ],
        [
            // Relating is incremental: what the index keeps of each related article, and the links found, in order.
            "CREATE TABLE relation_state (seq bigserial PRIMARY KEY, article_id text NOT NULL UNIQUE, content_hash text NOT NULL, version text NOT NULL, stories bytea NOT NULL, claims bytea NOT NULL)",
            "CREATE TABLE relation_links (seq bigserial PRIMARY KEY, link text COMPRESSION lz4 NOT NULL)",
        ],
        [
            // Following feeds (see FeedTables, whose SQL both stores share): times as ISO text and flags as integers, as in SQLite.
            """
            CREATE TABLE feeds (
                id bigserial PRIMARY KEY, url text NOT NULL UNIQUE, name text NOT NULL, added text NOT NULL,
                interval_seconds bigint NOT NULL, next_poll text NOT NULL, etag text, last_modified text, content_hash text,
                last_poll text, last_status bigint, last_error text, last_new bigint NOT NULL DEFAULT 0, total_new bigint NOT NULL DEFAULT 0,
                failures bigint NOT NULL DEFAULT 0, total_failures bigint NOT NULL DEFAULT 0, retry_after text, disabled bigint NOT NULL DEFAULT 0
            )
            """,
            "CREATE TABLE feed_items (url text PRIMARY KEY, feed_id bigint NOT NULL, article_id text, text_hash text, summary_only bigint NOT NULL, seen text NOT NULL)",
            "CREATE INDEX feed_items_text ON feed_items (text_hash)",
            "CREATE INDEX feed_items_feed ON feed_items (feed_id)",
            // A feed item whose article is stored already under another address is found by its content.
            "CREATE INDEX articles_content_hash ON articles (content_hash)",
            "CREATE TABLE alerts (seq bigserial PRIMARY KEY, key text NOT NULL UNIQUE, kind text NOT NULL, line text NOT NULL, body text NOT NULL, created text NOT NULL, sent text, attempts bigint NOT NULL DEFAULT 0, last_error text)",
        ],
        [
            // Index terms version 2 (IndexTerms.Version): root keys weighted D, and every article's terms made again.
            RebuildTerms,
        ],
        [
            // Work for `rasid worker` processes (see PostgresJobQueue): one row per source, its document as read.
            PostgresJobQueue.CreateTable,
            PostgresJobQueue.CreateWaitingIndex,
        ],
        [
            // Answers relating made, read by later processes while current (see RelationAnswerTables), and the change count that says so.
            "CREATE TABLE IF NOT EXISTS article_changes (id integer PRIMARY KEY CHECK (id = 1), changes bigint NOT NULL)",
            "INSERT INTO article_changes (id, changes) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
            "CREATE TABLE IF NOT EXISTS relation_answers (name text PRIMARY KEY, value text COMPRESSION lz4 NOT NULL)",
            "CREATE TABLE IF NOT EXISTS story_answers (id text PRIMARY KEY, kind text NOT NULL, rank integer NOT NULL, story text COMPRESSION lz4 NOT NULL)",
            "CREATE INDEX IF NOT EXISTS story_answers_rank ON story_answers (rank)",
        ],
    ];

    /// <summary>
    /// A migration step that is not SQL: every stored article's title and text analyzed again into its tsvector and
    /// term count (after a change of the analysis, <see cref="IndexTerms.Version"/>), inside the migration's transaction.
    /// </summary>
    private const string RebuildTerms = "-- rasid: analyze every article again into its terms";

    private const int RebuildPage = 500;


    private const int DeadlockRetries = 5;

    private readonly NpgsqlConnection _connection;
    private readonly string _location;
    private readonly RelationAnswerTables _answers;

    private PostgresArticleStore(NpgsqlConnection connection, string location)
    {
        _connection = connection;
        _location = location;
        Feeds = new FeedTables(connection, "PostgreSQL");
        _answers = new RelationAnswerTables(connection);
    }

    public IFeedStore Feeds { get; }

    /// <summary>The store's connection, for the job queue whose writes share the store's transactions.</summary>
    internal NpgsqlConnection Connection => _connection;

    public static int LatestSchemaVersion => Migrations.Length;

    /// <summary>Opens (and migrates) the database a postgres:// URL or an Npgsql connection string names.</summary>
    public static PostgresArticleStore Open(string location)
    {
        var builder = PostgresLocation.ToConnectionString(location);
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            Migrate(connection);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            connection.Dispose();
            throw new StoreException($"cannot open PostgreSQL database {PostgresLocation.Describe(builder)}: {OneLine(e)}");
        }

        return new PostgresArticleStore(connection, PostgresLocation.Describe(builder));
    }

    /// <summary>Runs the migrations a database lacks; an advisory lock makes concurrent first uses wait for one another.</summary>
    private static void Migrate(NpgsqlConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, "SELECT pg_advisory_xact_lock(7261736964)", transaction); // "rasid" in hex: one lock for all Rasid migrations
        Execute(connection, "CREATE TABLE IF NOT EXISTS rasid_schema (version integer NOT NULL)", transaction);
        using var read = new NpgsqlCommand("SELECT max(version) FROM rasid_schema", connection, transaction);
        int version = read.ExecuteScalar() is int v ? v : 0;
        if (version > Migrations.Length)
        {
            throw new StoreException($"database schema version {version} is newer than this rasid understands ({Migrations.Length})");
        }

        for (int next = version; next < Migrations.Length; next++)
        {
            foreach (string sql in Migrations[next])
            {
                if (string.Equals(sql, RebuildTerms, StringComparison.Ordinal))
                {
                    IndexAgain(connection, transaction);
                    continue;
                }

                Execute(connection, sql, transaction);
            }

            Execute(connection, $"INSERT INTO rasid_schema (version) VALUES ({next + 1})", transaction);
        }

        transaction.Commit();
    }

    /// <summary>Page by page in seq order (a reader holds the connection, so each page is read whole, then written).</summary>
    private static void IndexAgain(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        long after = 0;
        while (true)
        {
            var page = new List<(long Seq, IndexTerms Terms)>(RebuildPage);
            using (var read = new NpgsqlCommand("SELECT seq, title, text FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2", connection, transaction))
            {
                read.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
                read.Parameters.Add(new NpgsqlParameter<int> { TypedValue = RebuildPage });
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    page.Add((reader.GetInt64(0), RasidPipeline.Index(reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2))));
                }
            }

            if (page.Count == 0)
            {
                return;
            }

            using var updates = new NpgsqlBatch(connection, transaction);
            foreach (var (seq, terms) in page)
            {
                var (vector, termCount) = TsVector(terms);
                var update = new NpgsqlBatchCommand("UPDATE articles SET terms = $1::tsvector, term_count = $2 WHERE seq = $3");
                update.Parameters.Add(Text(vector));
                update.Parameters.Add(new NpgsqlParameter<int> { TypedValue = termCount });
                update.Parameters.Add(new NpgsqlParameter<long> { TypedValue = seq });
                updates.BatchCommands.Add(update);
            }

            updates.ExecuteNonQuery();
            after = page[^1].Seq;
        }
    }

    public IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<ProcessedArticle> batch) => SaveBatch(_ => batch);

    /// <summary>
    /// Saves the batch <paramref name="choose"/> returns, called first inside the transaction (a worker marks its jobs
    /// done there and saves the articles of the jobs it still holds): the articles and the record that they were
    /// stored commit together. Outcomes are in the order of the batch chosen.
    /// </summary>
    internal IReadOnlyList<SaveOutcome> SaveBatch(Func<NpgsqlTransaction, IReadOnlyList<ProcessedArticle>> choose)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return TrySaveBatch(choose);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure && attempt < DeadlockRetries)
            {
                // Row locks are taken in source order, so this should not happen; if another client causes it, the batch is simply retried.
            }
        }
    }

    private IReadOnlyList<SaveOutcome> TrySaveBatch(Func<NpgsqlTransaction, IReadOnlyList<ProcessedArticle>> choose)
    {
        using var transaction = _connection.BeginTransaction();
        var batch = choose(transaction);

        // Written in source order (so concurrent writers lock rows in one order), reported in the caller's order.
        var order = Enumerable.Range(0, batch.Count).OrderBy(i => batch[i].Source, StringComparer.Ordinal).ToArray();
        using var upserts = new NpgsqlBatch(_connection, transaction);
        foreach (int i in order)
        {
            var processed = batch[i];
            var a = processed.Article;

            // Unchanged rows return nothing (the WHERE skips the update); xmax = 0 tells a fresh insert from an update.
            var command = new NpgsqlBatchCommand(
                """
                INSERT INTO articles (id, source, content_hash, title, authors, published, via, ai_disclosure, language, outlet, text, removed, terms, term_count)
                VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb, $8, $9, $10, $11, $12::jsonb, $13::tsvector, $14)
                ON CONFLICT (source) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title, authors = excluded.authors,
                    published = excluded.published, via = excluded.via, ai_disclosure = excluded.ai_disclosure, language = excluded.language,
                    outlet = excluded.outlet, text = excluded.text, removed = excluded.removed, terms = excluded.terms, term_count = excluded.term_count
                WHERE articles.content_hash <> excluded.content_hash
                RETURNING (xmax = 0)
                """);
            command.Parameters.Add(Text(processed.Id));
            command.Parameters.Add(Text(processed.Source));
            command.Parameters.Add(Text(processed.ContentHash));
            command.Parameters.Add(Text(a.Title));
            command.Parameters.Add(Text(ArticleJson.ToJson(a.Authors)));
            command.Parameters.Add(Text(a.Published));
            command.Parameters.Add(Text(ArticleJson.ToJson(a.Via)));
            command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = a.AiDisclosure });
            command.Parameters.Add(Text(a.Language));
            command.Parameters.Add(Text(a.Outlet));
            command.Parameters.Add(Text(a.Text));
            command.Parameters.Add(Text(ArticleJson.ToJson(a.Removed)));
            var (vector, termCount) = TsVector(processed.Terms);
            command.Parameters.Add(Text(vector));
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = termCount });
            upserts.BatchCommands.Add(command);
        }

        // Facts after every article, also in source order; an unchanged article's facts are rewritten only if other extractors made them.
        foreach (int i in order)
        {
            if (batch[i].Facts is not { } facts)
            {
                continue;
            }

            var command = new NpgsqlBatchCommand(
                """
                INSERT INTO article_facts (article_id, content_hash, fingerprint, facts) VALUES ($1, $2, $3, $4)
                ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, fingerprint = excluded.fingerprint, facts = excluded.facts
                WHERE article_facts.content_hash <> excluded.content_hash OR article_facts.fingerprint <> excluded.fingerprint
                """);
            command.Parameters.Add(Text(batch[i].Id));
            command.Parameters.Add(Text(batch[i].ContentHash));
            command.Parameters.Add(Text(facts.Fingerprint));
            command.Parameters.Add(Text(facts.Json));
            upserts.BatchCommands.Add(command);
        }

        var outcomes = new SaveOutcome[batch.Count];
        if (upserts.BatchCommands.Count > 0)
        {
            using var reader = upserts.ExecuteReader();
            foreach (int i in order)
            {
                outcomes[i] = reader.Read() ? (reader.GetBoolean(0) ? SaveOutcome.Added : SaveOutcome.Updated) : SaveOutcome.Unchanged;
                reader.NextResult();
            }
        }

        // Last, so that concurrent writers hold the one row it locks only while they commit.
        if (outcomes.Any(o => o != SaveOutcome.Unchanged))
        {
            using var count = new NpgsqlCommand(RelationAnswerTables.CountChange, _connection, transaction);
            count.ExecuteNonQuery();
        }

        transaction.Commit();
        return outcomes;
    }

    internal static NpgsqlParameter Text(string? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    /// <summary>
    /// The tsvector in PostgreSQL's literal syntax ('term':1A,2A ...), written from Rasid's terms as they are:
    /// to_tsvector would re-parse them and split 12% or 13-15 apart.
    /// </summary>
    internal static (string Vector, int TermCount) TsVector(IndexTerms terms)
    {
        int count = 0;
        var positions = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        int position = 0;
        void Add(string column, char weight)
        {
            foreach (var term in column.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // PostgreSQL caps positions at 16383; later words keep the last position, which ranking tolerates.
                count++;
                position = Math.Min(position + 1, 16383);
                if (!positions.TryGetValue(term, out var list))
                {
                    positions[term] = list = new StringBuilder();
                }
                else
                {
                    list.Append(',');
                }

                list.Append(position.ToString(CultureInfo.InvariantCulture)).Append(weight);
            }
        }

        Add(terms.Title, 'A');
        Add(terms.Body, 'B');
        Add(terms.Names, 'C');
        Add(terms.Roots, 'D');
        var text = new StringBuilder();
        foreach (var (term, list) in positions)
        {
            text.Append(Lexeme(term)).Append(':').Append(list).Append(' ');
        }

        return (text.ToString(), count);
    }

    /// <summary>A quoted lexeme for tsvector and tsquery input: quotes doubled, backslashes escaped.</summary>
    private static string Lexeme(string term) => "'" + term.Replace("\\", "\\\\").Replace("'", "''") + "'";

    private const string ArticleColumns = "a.id, a.source, a.content_hash, a.title, a.authors::text, a.published, a.via::text, a.ai_disclosure, a.text, a.removed::text, a.language, a.outlet";

    public StoredArticle? Find(string idOrSource)
    {
        using var exact = Command($"SELECT {ArticleColumns} FROM articles a WHERE a.id = $1 OR a.source = $1 LIMIT 1");
        exact.Parameters.Add(Text(idOrSource));
        var found = ReadArticles(exact).FirstOrDefault();
        if (found is not null)
        {
            return found;
        }

        // A file name alone ("000_e93befbd4ff437d6.txt") finds the file stored under its path.
        using var byName = Command($"SELECT {ArticleColumns} FROM articles a WHERE a.source LIKE '%' || $1 ESCAPE '\\' LIMIT 2");
        byName.Parameters.Add(Text("/" + EscapeLike(idOrSource)));
        var candidates = ReadArticles(byName).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    /// <summary>
    /// How many times a lexeme occurs in the weight classes a ts_rank weight array selects ({D, C, B, A}), read
    /// back from ts_rank itself. For one lexeme, ts_rank with weight 1 on the classes counted and 0 on the later
    /// ones is (1/1² + 1/2² + … + 1/n²) / (π²/6), since title (A) positions come before body (B), names (C) and
    /// roots (D); 1 / (π²/6 − that sum) lies between n and n + 1. Counting this way runs in ts_rank's C code:
    /// unnesting every matching article's tsvector in SQL took a second for a word half the corpus holds. Exact up
    /// to about a hundred occurrences of one word in one field (ts_rank works in single precision); a tsvector
    /// keeps at most 256 positions of a word.
    /// </summary>
    private static string Occurrences(string weights) =>
        $"floor(1.0 / greatest(1.64493406685 - ts_rank('{weights}'::float4[], c.terms, p.q, 0)::float8 * 1.64493406685, 1e-9))";

    /// <summary>A constant as SQL writes it, whatever the culture.</summary>
    private static string Sql(double value) => value.ToString("0.0###", CultureInfo.InvariantCulture);

    /// <summary>A phrase's weight classes in the tsvector (title A, body B, names C, roots D), as a tsquery writes them after the lexeme.</summary>
    private static string ClassesOf(TermColumns columns) =>
        string.Concat(SearchRanking.Columns.Select((c, i) => (c, i)).Where(x => columns.HasFlag(x.c)).Select(x => "ABCD"[x.i]));

    /// <summary>A phrase's weight for one column: the column's, when the phrase looks in it, else 0.</summary>
    private static double[] WeightsIn(IReadOnlyList<QueryPhrase> phrases, int column) =>
        [.. phrases.Select(p => p.Columns.HasFlag(SearchRanking.Columns[column]) ? SearchRanking.Weights[column] : 0)];

    /// <summary>
    /// Ranks exactly as SQLite's FTS5 bm25 does with <see cref="SearchRanking"/>'s weights, so both stores put the same
    /// articles first: each phrase of the <see cref="SearchPlan"/> is a lexeme in some weight classes; its frequency in
    /// an article is its hits in each class (read from the tsvector) times the column's weight, its idf comes from the
    /// number of articles holding it in those classes (counted through the GIN index), and the length normalization
    /// uses the article's term count against the average. ts_rank has no idf and would not agree.
    /// </summary>
    private static string TsQuery(SearchPlan plan) =>
        string.Join(plan.MatchAll ? " & " : " | ", plan.Words.Select(word =>
            "(" + string.Join(" | ", word.Select(p => Lexeme(p.Text) + ":" + ClassesOf(p.Columns))) + ")"));

    public IReadOnlyList<string> NewestMatching(SearchQuery query, int limit)
    {
        var plan = SearchPlan.For(query, matchAll: true);
        var ids = new List<string>();
        if (plan.Words.Count == 0)
        {
            return ids;
        }

        using var command = Command("SELECT id FROM articles WHERE terms @@ $1::tsquery ORDER BY published IS NULL, published COLLATE \"C\" DESC, source COLLATE \"C\" LIMIT $2");
        command.Parameters.Add(Text(TsQuery(plan)));
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public IReadOnlySet<string> Matching(SearchQuery query)
    {
        var plan = SearchPlan.For(query, matchAll: true);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (plan.Words.Count == 0)
        {
            return ids;
        }

        using var command = Command("SELECT id FROM articles WHERE terms @@ $1::tsquery");
        command.Parameters.Add(Text(TsQuery(plan)));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public IReadOnlyList<StoreHit> Search(SearchQuery query, bool matchAll, int limit)
    {
        var plan = SearchPlan.For(query, matchAll);
        if (plan.Words.Count == 0)
        {
            return [];
        }

        var phrases = plan.Phrases.ToList();
        long total;
        double averageLength;
        using (var count = Command("SELECT count(*), coalesce(avg(term_count), 0)::float8 FROM articles"))
        using (var sizes = count.ExecuteReader())
        {
            sizes.Read();
            total = sizes.GetInt64(0);
            averageLength = Math.Max(sizes.GetDouble(1), 1);
        }

        var idf = new double[phrases.Count];
        for (int i = 0; i < phrases.Count; i++)
        {
            using var frequency = Command("SELECT count(*) FROM articles WHERE terms @@ $1::tsquery");
            frequency.Parameters.Add(Text(Lexeme(phrases[i].Text) + ":" + ClassesOf(phrases[i].Columns)));
            long holding = (long)frequency.ExecuteScalar()!;
            double value = Math.Log((total - holding + 0.5) / (holding + 0.5));
            idf[i] = value <= 0 ? 1e-6 : value; // FTS5's floor for words in more than half the articles
        }

        // Hits per class are differences of cumulative counts (A, A+B, A+B+C, all); only those a phrase's classes need are read.
        string match = TsQuery(plan);
        using var command = Command(
            $"""
            WITH phrase AS (
                SELECT wa, wb, wc, wd, idf, query::tsquery AS q
                FROM unnest($4::float8[], $5::float8[], $6::float8[], $7::float8[], $8::float8[], $9::text[]) AS p(wa, wb, wc, wd, idf, query)),
            candidate AS (SELECT seq, terms, term_count FROM articles WHERE terms @@ $1::tsquery),
            counted AS (
                SELECT c.seq, c.term_count, p.idf, p.wa, p.wb, p.wc, p.wd,
                    CASE WHEN p.wa > 0 OR p.wb > 0 THEN {Occurrences("{0,0,0,1}")} ELSE 0 END AS a,
                    CASE WHEN p.wb > 0 OR p.wc > 0 THEN {Occurrences("{0,0,1,1}")} ELSE 0 END AS ab,
                    CASE WHEN p.wc > 0 OR p.wd > 0 THEN {Occurrences("{0,1,1,1}")} ELSE 0 END AS abc,
                    CASE WHEN p.wd > 0 THEN {Occurrences("{1,1,1,1}")} ELSE 0 END AS abcd
                FROM candidate c CROSS JOIN phrase p),
            weighted AS (
                SELECT seq, term_count, idf, wa * a + wb * (ab - a) + wc * (abc - ab) + wd * (abcd - abc) AS tf
                FROM counted),
            scored AS (
                SELECT seq, sum(idf * tf * {Sql(SearchRanking.K1 + 1)} / (tf + {Sql(SearchRanking.K1)} * ({Sql(1 - SearchRanking.B)} + {Sql(SearchRanking.B)} * term_count / $2))) AS score
                FROM weighted WHERE tf > 0
                GROUP BY seq)
            SELECT {ArticleColumns}, s.score
            FROM scored s JOIN articles a ON a.seq = s.seq
            ORDER BY s.score DESC, a.source
            LIMIT $3
            """);
        command.Parameters.Add(Text(match));
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = averageLength });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        for (int column = 0; column < SearchRanking.Columns.Count; column++)
        {
            command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = WeightsIn(phrases, column) });
        }

        command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = idf });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. phrases.Select(p => Lexeme(p.Text))] });

        var hits = new List<StoreHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new StoreHit(ReadArticle(reader), reader.GetDouble(12)));
        }

        return hits;
    }

    public IEnumerable<StoredArticle> Articles()
    {
        // A separate connection, so that a caller may use the store while it walks the articles.
        using var connection = new NpgsqlConnection(_connection.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"SELECT {ArticleColumns} FROM articles a ORDER BY a.source", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadArticle(reader);
        }
    }

    public IEnumerable<(StoredArticle Article, StoredFacts? Facts)> ArticlesWithFacts()
    {
        using var connection = new NpgsqlConnection(_connection.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            $"SELECT {ArticleColumns}, f.fingerprint, f.facts FROM articles a LEFT JOIN article_facts f ON f.article_id = a.id AND f.content_hash = a.content_hash ORDER BY a.source",
            connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (ReadArticle(reader), reader.IsDBNull(12) ? null : new StoredFacts(reader.GetString(12), reader.GetString(13)));
        }
    }

    public StoredFacts? FactsOf(string articleId)
    {
        using var command = Command(
            "SELECT f.fingerprint, f.facts FROM article_facts f JOIN articles a ON a.id = f.article_id AND a.content_hash = f.content_hash WHERE f.article_id = $1");
        command.Parameters.Add(Text(articleId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredFacts(reader.GetString(0), reader.GetString(1)) : null;
    }

    public IEnumerable<RelationRow> RelationRows()
    {
        // A separate connection, so that the store stays usable while the rows are walked.
        using var connection = new NpgsqlConnection(_connection.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(RelationStateRows.SelectRows, connection);
        foreach (var row in RelationStateRows.ReadAll(command))
        {
            yield return row;
        }
    }

    public IReadOnlyList<string> RelationLinks()
    {
        using var command = Command(RelationStateRows.SelectLinks);
        return RelationStateRows.ReadLinks(command);
    }

    public IEnumerable<(StoredArticle Article, StoredFacts? Facts)> ArticlesToRelate()
    {
        using var connection = new NpgsqlConnection(_connection.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            $"""
            SELECT {ArticleColumns}, f.fingerprint, f.facts FROM articles a
            LEFT JOIN article_facts f ON f.article_id = a.id AND f.content_hash = a.content_hash
            WHERE NOT EXISTS (SELECT 1 FROM relation_state r WHERE r.article_id = a.id)
            ORDER BY a.source
            """,
            connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (ReadArticle(reader), reader.IsDBNull(12) ? null : new StoredFacts(reader.GetString(12), reader.GetString(13)));
        }
    }

    public void SaveRelations(IReadOnlyList<RelationRow> rows, IReadOnlyList<string> links)
    {
        using var transaction = _connection.BeginTransaction();
        using var batch = new NpgsqlBatch(_connection, transaction);
        foreach (var row in rows)
        {
            var command = new NpgsqlBatchCommand(
                "INSERT INTO relation_state (article_id, content_hash, version, stories, claims) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (article_id) DO NOTHING");
            command.Parameters.Add(Text(row.ArticleId));
            command.Parameters.Add(Text(row.ContentHash));
            command.Parameters.Add(Text(row.Version));
            command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = row.Stories });
            command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = row.Claims });
            batch.BatchCommands.Add(command);
        }

        foreach (string link in links)
        {
            var command = new NpgsqlBatchCommand("INSERT INTO relation_links (link) VALUES ($1)");
            command.Parameters.Add(Text(link));
            batch.BatchCommands.Add(command);
        }

        if (batch.BatchCommands.Count > 0)
        {
            batch.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>
    /// A session advisory lock on the relation state: relating reads the state, adds to it and appends links, so two
    /// processes relating at once (workers, the web, a CLI command) would relate the same articles twice. The second
    /// waits, then finds the first one's state and relates only what is left.
    /// </summary>
    public IDisposable? LockRelations(bool wait = true)
    {
        using (var command = Command(wait ? $"SELECT pg_advisory_lock({RelatingLock})" : $"SELECT pg_try_advisory_lock({RelatingLock})"))
        {
            if (command.ExecuteScalar() is false)
            {
                return null;
            }
        }

        return new Releaser(() =>
        {
            try
            {
                using var command = Command($"SELECT pg_advisory_unlock({RelatingLock})");
                command.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and with it the session's lock; the failure that broke it is the one to report.
            }
        });
    }

    /// <summary>The relating lock's key: the migrations' (the bytes of "rasid") plus one.</summary>
    private const long RelatingLock = 7261736965;

    public void ResetRelations()
    {
        using var transaction = _connection.BeginTransaction();
        using var command = new NpgsqlCommand("DELETE FROM relation_state; DELETE FROM relation_links; DELETE FROM relation_answers; DELETE FROM story_answers", _connection, transaction);
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    public long ArticleChanges() => _answers.Changes();

    public string? AnswersGeneration() => _answers.Generation();

    public string? SavedClaims() => _answers.Claims();

    public (IReadOnlyList<string> Stories, int Total) SavedStories(string? kind, int limit) => _answers.Stories(kind, limit);

    public string? SavedStory(string id) => _answers.Story(id);

    public void SaveAnswers(string generation, string claims, IReadOnlyList<StoryAnswerRow> stories) => _answers.Save(generation, claims, stories);

    public IReadOnlyDictionary<string, ArticleHeader> Headers(IEnumerable<string> ids) => _answers.Headers(ids);

    public StoreStats Stats()
    {
        using var command = Command(
            """
            SELECT count(*), coalesce(sum(length(text)), 0)::bigint, count(title), count(published),
                   count(*) FILTER (WHERE ai_disclosure), count(DISTINCT outlet)
            FROM articles
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreStats(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), LatestSchemaVersion, _location);
    }

    private static IEnumerable<StoredArticle> ReadArticles(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadArticle(reader);
        }
    }

    private static StoredArticle ReadArticle(NpgsqlDataReader r) => ArticleRows.Read(r);

    private NpgsqlCommand Command(string sql) => new(sql, _connection);

    private static void Execute(NpgsqlConnection connection, string sql, NpgsqlTransaction transaction)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    private static string OneLine(Exception e) => e.Message.ReplaceLineEndings(" ");

    public void Dispose() => _connection.Dispose();
}

/// <summary>Reads the PostgreSQL locations a user may give: postgres:// URLs and Npgsql connection strings.</summary>
public static partial class PostgresLocation
{
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || ConnectionStringHost().IsMatch(location);

    /// <summary>A Host= or Server= keyword at the start or after a ';', so that a file path holding "host=" stays a path.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(^|;)\s*(Host|Server)\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ConnectionStringHost();

    /// <summary>postgres://user:password@host:port/database?sslmode=require becomes Npgsql's key=value form.</summary>
    public static NpgsqlConnectionStringBuilder ToConnectionString(string location)
    {
        try
        {
            if (!location.Contains("://", StringComparison.Ordinal))
            {
                return new NpgsqlConnectionStringBuilder(location);
            }

            var uri = new Uri(location);
            var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
            if (!uri.IsDefaultPort && uri.Port > 0)
            {
                builder.Port = uri.Port;
            }

            if (uri.UserInfo.Length > 0)
            {
                string[] user = uri.UserInfo.Split(':', 2);
                builder.Username = Uri.UnescapeDataString(user[0]);
                if (user.Length == 2)
                {
                    builder.Password = Uri.UnescapeDataString(user[1]);
                }
            }

            string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
            if (database.Length > 0)
            {
                builder.Database = database;
            }

            foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] kv = pair.Split('=', 2);
                string key = Uri.UnescapeDataString(kv[0]);
                string value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
                builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
            }

            return builder;
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new StoreException($"not a PostgreSQL URL or connection string: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>Where the store is, for people: never the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
}
