using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Rasid.Cleaning;
using Rasid.Pipeline;
using Rasid.Searching;

namespace Rasid.Storing;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, versioned migrations, and an FTS5 table over the
/// analyzed terms (FTS5's own tokenizer would split words at harakat and fold nothing, so Rasid's
/// analysis produces the terms and FTS5 only splits them at spaces). Several processes may write one
/// file: each batch is one IMMEDIATE transaction, and a busy timeout makes writers wait their turn.
/// </summary>
public sealed class SqliteArticleStore : IArticleStore, IKeepsFeeds
{
    private const string FtsTokenizer = "unicode61 remove_diacritics 0 tokenchars '.%-'";

    private const string TermsTokenizer = "ascii tokenchars '.%-'";

    /// <summary>Schema migrations, in order; a database records the last one it ran in user_version.</summary>
    private static readonly string[][] Migrations =
    [
        [
            """
            CREATE TABLE articles (
                id TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL UNIQUE,
                content_hash TEXT NOT NULL,
                title TEXT,
                authors TEXT NOT NULL,
                published TEXT,
                via TEXT NOT NULL,
                ai_disclosure INTEGER NOT NULL,
                language TEXT,
                outlet TEXT,
                text TEXT NOT NULL,
                removed TEXT NOT NULL
            )
            """,
            $"CREATE VIRTUAL TABLE article_terms USING fts5(title, body, names, tokenize = \"{FtsTokenizer}\")",
        ],
        [
            // Extraction runs at ingest; its facts are kept per article, for the content and extractors that made them.
            "CREATE TABLE article_facts (article_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, fingerprint TEXT NOT NULL, facts TEXT NOT NULL)",
        ],
        [
            // Relating is incremental: what the index keeps of each related article, and the links found, in order.
            "CREATE TABLE relation_state (seq INTEGER PRIMARY KEY AUTOINCREMENT, article_id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, version TEXT NOT NULL, stories BLOB NOT NULL, claims BLOB NOT NULL)",
            "CREATE TABLE relation_links (seq INTEGER PRIMARY KEY AUTOINCREMENT, link TEXT NOT NULL)",
        ],
        [
            // Following feeds (see FeedTables, whose SQL both stores share): each feed's poll state, the items feeds brought, alerts.
            """
            CREATE TABLE feeds (
                id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL UNIQUE, name TEXT NOT NULL, added TEXT NOT NULL,
                interval_seconds INTEGER NOT NULL, next_poll TEXT NOT NULL, etag TEXT, last_modified TEXT, content_hash TEXT,
                last_poll TEXT, last_status INTEGER, last_error TEXT, last_new INTEGER NOT NULL DEFAULT 0, total_new INTEGER NOT NULL DEFAULT 0,
                failures INTEGER NOT NULL DEFAULT 0, total_failures INTEGER NOT NULL DEFAULT 0, retry_after TEXT, disabled INTEGER NOT NULL DEFAULT 0
            )
            """,
            "CREATE TABLE feed_items (url TEXT PRIMARY KEY, feed_id INTEGER NOT NULL, article_id TEXT, text_hash TEXT, summary_only INTEGER NOT NULL, seen TEXT NOT NULL)",
            "CREATE INDEX feed_items_text ON feed_items (text_hash)",
            "CREATE INDEX feed_items_feed ON feed_items (feed_id)",
            // A feed item whose article is stored already under another address is found by its content.
            "CREATE INDEX articles_content_hash ON articles (content_hash)",
            "CREATE TABLE alerts (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, line TEXT NOT NULL, body TEXT NOT NULL, created TEXT NOT NULL, sent TEXT, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)",
        ],
        [
            // Index terms version 2 (IndexTerms.Version): a fourth column of root keys, and every article's terms made again.
            "DROP TABLE article_terms",
            $"CREATE VIRTUAL TABLE article_terms USING fts5(title, body, names, roots, content = '', contentless_delete = 1, tokenize = \"{TermsTokenizer}\")",
            RebuildTerms,
        ],
        [
            // Answers relating made, read by later processes while current (see RelationAnswerTables), and the change count that says so.
            "CREATE TABLE IF NOT EXISTS article_changes (id INTEGER PRIMARY KEY CHECK (id = 1), changes INTEGER NOT NULL)",
            "INSERT INTO article_changes (id, changes) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
            "CREATE TABLE IF NOT EXISTS relation_answers (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS story_answers (id TEXT PRIMARY KEY, kind TEXT NOT NULL, rank INTEGER NOT NULL, story TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS story_answers_rank ON story_answers (rank)",
        ],
    ];

    /// <summary>
    /// A migration step that is not SQL: every stored article's title and text analyzed again into article_terms
    /// (after a change of the analysis, <see cref="IndexTerms.Version"/>), inside the migration's transaction.
    /// </summary>
    private const string RebuildTerms = "-- rasid: analyze every article again into article_terms";

    private readonly SqliteConnection _connection;
    private readonly string _path;
    private readonly RelationAnswerTables _answers;

    private SqliteArticleStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        _path = path;
        Feeds = new FeedTables(connection, "database");
        _answers = new RelationAnswerTables(connection);
    }

    public IFeedStore Feeds { get; }

    public static int LatestSchemaVersion => Migrations.Length;

    public static SqliteArticleStore Open(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new StoreException($"folder for the database does not exist: {folder}");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 60 };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 60000");
            Execute(connection, "PRAGMA journal_mode = WAL");
            Execute(connection, "PRAGMA synchronous = NORMAL");
            Migrate(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"cannot open database {path}: {e.Message}");
        }

        return new SqliteArticleStore(connection, path);
    }

    private static void Migrate(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        int version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version", transaction), CultureInfo.InvariantCulture);
        if (version > Migrations.Length)
        {
            throw new StoreException($"database schema version {version} is newer than this rasid understands ({Migrations.Length})");
        }

        for (int v = version; v < Migrations.Length; v++)
        {
            foreach (string sql in Migrations[v])
            {
                if (string.Equals(sql, RebuildTerms, StringComparison.Ordinal))
                {
                    IndexAgain(connection, transaction);
                    continue;
                }

                Execute(connection, sql, transaction);
            }
        }

        Execute(connection, $"PRAGMA user_version = {Migrations.Length}", transaction);
        transaction.Commit();
    }

    private static void IndexAgain(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO article_terms (rowid, title, body, names, roots) VALUES ($rowid, $title, $body, $names, $roots)";
        var rowid = insert.Parameters.Add("$rowid", SqliteType.Integer);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var names = insert.Parameters.Add("$names", SqliteType.Text);
        var roots = insert.Parameters.Add("$roots", SqliteType.Text);
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT rowid, title, text FROM articles";
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            var terms = RasidPipeline.Index(reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2));
            rowid.Value = reader.GetInt64(0);
            title.Value = terms.Title;
            body.Value = terms.Body;
            names.Value = terms.Names;
            roots.Value = terms.Roots;
            insert.ExecuteNonQuery();
        }
    }

    public IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<ProcessedArticle> batch)
    {
        var outcomes = new List<SaveOutcome>(batch.Count);
        using var transaction = _connection.BeginTransaction(deferred: false);
        using var find = Command(
            "SELECT a.rowid, a.content_hash, f.fingerprint FROM articles a LEFT JOIN article_facts f ON f.article_id = a.id AND f.content_hash = a.content_hash WHERE a.source = $source",
            transaction);
        var findSource = find.Parameters.Add("$source", SqliteType.Text);

        // One upsert for new and changed articles; its parameters are declared once and only their values change per row.
        using var upsert = Command(
            """
            INSERT INTO articles (id, source, content_hash, title, authors, published, via, ai_disclosure, language, outlet, text, removed)
            VALUES ($id, $source, $hash, $title, $authors, $published, $via, $ai, $language, $outlet, $text, $removed)
            ON CONFLICT (source) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title, authors = excluded.authors,
                published = excluded.published, via = excluded.via, ai_disclosure = excluded.ai_disclosure, language = excluded.language,
                outlet = excluded.outlet, text = excluded.text, removed = excluded.removed
            RETURNING rowid
            """,
            transaction);
        var columns = new[] { "$id", "$source", "$hash", "$title", "$authors", "$published", "$via", "$ai", "$language", "$outlet", "$text", "$removed" }
            .ToDictionary(name => name, name => upsert.Parameters.Add(name, SqliteType.Text), StringComparer.Ordinal);
        columns["$ai"].SqliteType = SqliteType.Integer;

        using var deleteTerms = Command("DELETE FROM article_terms WHERE rowid = $rowid", transaction);
        var deleteRowid = deleteTerms.Parameters.Add("$rowid", SqliteType.Integer);
        using var insertTerms = Command("INSERT INTO article_terms (rowid, title, body, names, roots) VALUES ($rowid, $title, $body, $names, $roots)", transaction);
        var termsRowid = insertTerms.Parameters.Add("$rowid", SqliteType.Integer);
        var termsTitle = insertTerms.Parameters.Add("$title", SqliteType.Text);
        var termsBody = insertTerms.Parameters.Add("$body", SqliteType.Text);
        var termsNames = insertTerms.Parameters.Add("$names", SqliteType.Text);
        var termsRoots = insertTerms.Parameters.Add("$roots", SqliteType.Text);

        using var upsertFacts = Command(
            """
            INSERT INTO article_facts (article_id, content_hash, fingerprint, facts) VALUES ($id, $hash, $fingerprint, $facts)
            ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, fingerprint = excluded.fingerprint, facts = excluded.facts
            """,
            transaction);
        var factsId = upsertFacts.Parameters.Add("$id", SqliteType.Text);
        var factsHash = upsertFacts.Parameters.Add("$hash", SqliteType.Text);
        var factsFingerprint = upsertFacts.Parameters.Add("$fingerprint", SqliteType.Text);
        var factsJson = upsertFacts.Parameters.Add("$facts", SqliteType.Text);
        void SaveFacts(ProcessedArticle processed, ExtractedFacts facts)
        {
            factsId.Value = processed.Id;
            factsHash.Value = processed.ContentHash;
            factsFingerprint.Value = facts.Fingerprint;
            factsJson.Value = facts.Json;
            upsertFacts.ExecuteNonQuery();
        }

        foreach (var processed in batch)
        {
            findSource.Value = processed.Source;
            bool stored;
            using (var reader = find.ExecuteReader())
            {
                stored = reader.Read();
                if (stored && string.Equals(reader.GetString(1), processed.ContentHash, StringComparison.Ordinal))
                {
                    // Same article; its facts are refreshed only if other extractors made them (a newer rasid, another gazetteer).
                    string? fingerprint = reader.IsDBNull(2) ? null : reader.GetString(2);
                    if (processed.Facts is { } facts && !string.Equals(fingerprint, facts.Fingerprint, StringComparison.Ordinal))
                    {
                        reader.Close();
                        SaveFacts(processed, facts);
                    }

                    outcomes.Add(SaveOutcome.Unchanged);
                    continue;
                }
            }

            var a = processed.Article;
            columns["$id"].Value = processed.Id;
            columns["$source"].Value = processed.Source;
            columns["$hash"].Value = processed.ContentHash;
            columns["$title"].Value = (object?)a.Title ?? DBNull.Value;
            columns["$authors"].Value = ArticleJson.ToJson(a.Authors);
            columns["$published"].Value = (object?)a.Published ?? DBNull.Value;
            columns["$via"].Value = ArticleJson.ToJson(a.Via);
            columns["$ai"].Value = a.AiDisclosure ? 1 : 0;
            columns["$language"].Value = (object?)a.Language ?? DBNull.Value;
            columns["$outlet"].Value = (object?)a.Outlet ?? DBNull.Value;
            columns["$text"].Value = a.Text;
            columns["$removed"].Value = ArticleJson.ToJson(a.Removed);
            long rowid = (long)upsert.ExecuteScalar()!;

            if (stored)
            {
                deleteRowid.Value = rowid;
                deleteTerms.ExecuteNonQuery();
            }

            termsRowid.Value = rowid;
            termsTitle.Value = processed.Terms.Title;
            termsBody.Value = processed.Terms.Body;
            termsNames.Value = processed.Terms.Names;
            termsRoots.Value = processed.Terms.Roots;
            insertTerms.ExecuteNonQuery();
            if (processed.Facts is { } extracted)
            {
                SaveFacts(processed, extracted);
            }

            outcomes.Add(stored ? SaveOutcome.Updated : SaveOutcome.Added);
        }

        if (outcomes.Any(o => o != SaveOutcome.Unchanged))
        {
            Execute(_connection, RelationAnswerTables.CountChange, transaction);
        }

        transaction.Commit();
        return outcomes;
    }

    private const string ArticleColumns = "a.id, a.source, a.content_hash, a.title, a.authors, a.published, a.via, a.ai_disclosure, a.text, a.removed, a.language, a.outlet";

    public StoredArticle? Find(string idOrSource)
    {
        using var exact = Command($"SELECT {ArticleColumns} FROM articles a WHERE a.id = $key OR a.source = $key LIMIT 1");
        exact.Parameters.AddWithValue("$key", idOrSource);
        var found = ReadArticles(exact).FirstOrDefault();
        if (found is not null)
        {
            return found;
        }

        // A file name alone ("000_e93befbd4ff437d6.txt") finds the file stored under its path.
        using var byName = Command($"SELECT {ArticleColumns} FROM articles a WHERE a.source LIKE '%' || $name ESCAPE '\\' LIMIT 2");
        byName.Parameters.AddWithValue("$name", "/" + EscapeLike(idOrSource));
        var candidates = ReadArticles(byName).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    public IReadOnlyList<StoreHit> Search(SearchQuery query, bool matchAll, int limit)
    {
        var plan = SearchPlan.For(query, matchAll);
        if (plan.Words.Count == 0)
        {
            return [];
        }

        string match = Match(plan);
        string bm25 = "bm25(article_terms, " + string.Join(", ", SearchRanking.Weights.Select(w => w.ToString("0.0##", CultureInfo.InvariantCulture))) + ")";
        using var command = Command(
            $"""
            SELECT {ArticleColumns}, -{bm25} AS score
            FROM article_terms JOIN articles a ON a.rowid = article_terms.rowid
            WHERE article_terms MATCH $match
            ORDER BY {bm25}, a.source
            LIMIT $limit
            """);
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        var hits = new List<StoreHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new StoreHit(ReadArticle(reader), reader.GetDouble(12)));
        }

        return hits;
    }

    // Each phrase filtered to its column (FTS5 counts its hits and its idf there); the weights are bm25's per column.
    private static string Match(SearchPlan plan) =>
        string.Join(plan.MatchAll ? " AND " : " OR ", plan.Words.Select(word =>
            "(" + string.Join(" OR ", word.Select(p => $"{{{ColumnsOf(p.Columns)}}} : {Quote(p.Text)}")) + ")"));

    public IReadOnlyList<string> NewestMatching(SearchQuery query, int limit)
    {
        var plan = SearchPlan.For(query, matchAll: true);
        var ids = new List<string>();
        if (plan.Words.Count == 0)
        {
            return ids;
        }

        using var command = Command(
            """
            SELECT a.id FROM article_terms JOIN articles a ON a.rowid = article_terms.rowid WHERE article_terms MATCH $match
            ORDER BY a.published IS NULL, a.published DESC, a.source LIMIT $limit
            """);
        command.Parameters.AddWithValue("$match", Match(plan));
        command.Parameters.AddWithValue("$limit", limit);
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

        using var command = Command("SELECT a.id FROM article_terms JOIN articles a ON a.rowid = article_terms.rowid WHERE article_terms MATCH $match");
        command.Parameters.AddWithValue("$match", Match(plan));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static readonly string[] ColumnNames = ["title", "body", "names", "roots"];

    /// <summary>The article_terms columns a phrase is looked for in, for an FTS5 column filter ({title body roots}).</summary>
    private static string ColumnsOf(TermColumns columns) =>
        string.Join(' ', SearchRanking.Columns.Select((c, i) => (c, i)).Where(x => columns.HasFlag(x.c)).Select(x => ColumnNames[x.i]));

    /// <summary>An FTS5 string literal; analyzed terms hold no quotes, but doubling them keeps that an invariant of this method.</summary>
    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"") + "\"";

    public IEnumerable<StoredArticle> Articles()
    {
        using var command = Command($"SELECT {ArticleColumns} FROM articles a ORDER BY a.source");
        foreach (var article in ReadArticles(command))
        {
            yield return article;
        }
    }

    public IEnumerable<(StoredArticle Article, StoredFacts? Facts)> ArticlesWithFacts()
    {
        using var command = Command(
            $"SELECT {ArticleColumns}, f.fingerprint, f.facts FROM articles a LEFT JOIN article_facts f ON f.article_id = a.id AND f.content_hash = a.content_hash ORDER BY a.source");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (ReadArticle(reader), reader.IsDBNull(12) ? null : new StoredFacts(reader.GetString(12), reader.GetString(13)));
        }
    }

    public StoredFacts? FactsOf(string articleId)
    {
        using var command = Command(
            "SELECT f.fingerprint, f.facts FROM article_facts f JOIN articles a ON a.id = f.article_id AND a.content_hash = f.content_hash WHERE f.article_id = $id");
        command.Parameters.AddWithValue("$id", articleId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredFacts(reader.GetString(0), reader.GetString(1)) : null;
    }

    public IEnumerable<RelationRow> RelationRows()
    {
        using var command = Command(RelationStateRows.SelectRows);
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
        using var command = Command(
            $"""
            SELECT {ArticleColumns}, f.fingerprint, f.facts FROM articles a
            LEFT JOIN article_facts f ON f.article_id = a.id AND f.content_hash = a.content_hash
            WHERE NOT EXISTS (SELECT 1 FROM relation_state r WHERE r.article_id = a.id)
            ORDER BY a.source
            """);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (ReadArticle(reader), reader.IsDBNull(12) ? null : new StoredFacts(reader.GetString(12), reader.GetString(13)));
        }
    }

    public void SaveRelations(IReadOnlyList<RelationRow> rows, IReadOnlyList<string> links)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        using var insert = Command(
            "INSERT INTO relation_state (article_id, content_hash, version, stories, claims) VALUES ($id, $hash, $version, $stories, $claims) ON CONFLICT (article_id) DO NOTHING",
            transaction);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var hash = insert.Parameters.Add("$hash", SqliteType.Text);
        var version = insert.Parameters.Add("$version", SqliteType.Text);
        var stories = insert.Parameters.Add("$stories", SqliteType.Blob);
        var claims = insert.Parameters.Add("$claims", SqliteType.Blob);
        foreach (var row in rows)
        {
            id.Value = row.ArticleId;
            hash.Value = row.ContentHash;
            version.Value = row.Version;
            stories.Value = row.Stories;
            claims.Value = row.Claims;
            insert.ExecuteNonQuery();
        }

        using var link = Command("INSERT INTO relation_links (link) VALUES ($link)", transaction);
        var text = link.Parameters.Add("$link", SqliteType.Text);
        foreach (string l in links)
        {
            text.Value = l;
            link.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>
    /// A lock on a file beside the database (its name plus ".relating"), held open without sharing: SQLite has no
    /// session locks, and `rasid serve` and a CLI command relating one file at once would append the same links twice.
    /// </summary>
    public IDisposable? LockRelations(bool wait = true)
    {
        string path = RelatingLockPath(_path);
        while (true)
        {
            try
            {
                var held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new Releaser(held.Dispose);
            }
            catch (IOException) when (wait)
            {
                Thread.Sleep(50); // another process relates; it releases the file when done
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>The relating lock's file (see <see cref="LockRelations"/>).</summary>
    public static string RelatingLockPath(string databasePath) => databasePath + ".relating";

    public void ResetRelations()
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        Execute(_connection, "DELETE FROM relation_state", transaction);
        Execute(_connection, "DELETE FROM relation_links", transaction);
        Execute(_connection, "DELETE FROM relation_answers", transaction);
        Execute(_connection, "DELETE FROM story_answers", transaction);
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
            SELECT count(*), coalesce(sum(length(text)), 0), count(title), count(published), coalesce(sum(ai_disclosure), 0), count(DISTINCT outlet)
            FROM articles
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreStats(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), LatestSchemaVersion, _path);
    }

    private static IEnumerable<StoredArticle> ReadArticles(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadArticle(reader);
        }
    }

    private static StoredArticle ReadArticle(SqliteDataReader r) => ArticleRows.Read(r);

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command.ExecuteScalar();
    }

    public void Dispose() => _connection.Dispose();
}
