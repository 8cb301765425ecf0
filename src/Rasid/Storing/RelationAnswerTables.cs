using System.Data.Common;

namespace Rasid.Storing;

/// <summary>A story as relating last saved it: its rank (largest first) and its record as JSON.</summary>
public sealed record StoryAnswerRow(string Id, string Kind, int Rank, string Json);

/// <summary>What lists show of an article without reading its text.</summary>
public sealed record ArticleHeader(string Id, string Source, string? Title, string? Outlet, string? Published);

/// <summary>
/// The answers relating last made, kept so that claims and stories are read, not made again, by every process that
/// asks (a fresh CLI command or web process would otherwise restore every article's relation state: 7–11 s at 100k
/// articles). They are current while the store's change count and the relating code and extractors are those they
/// were made for (<see cref="Generation"/>). Also the change count itself, raised in the transaction of every batch
/// that adds or changes an article. The SQL is the same in SQLite and PostgreSQL (as <see cref="FeedTables"/>'s);
/// each store's migrations create the tables.
/// </summary>
internal sealed class RelationAnswerTables(DbConnection connection)
{
    /// <summary>Raised by a batch that added or changed articles, inside its transaction (so a reader sees it with the articles).</summary>
    public const string CountChange = "UPDATE article_changes SET changes = changes + 1 WHERE id = 1";

    public long Changes()
    {
        using var command = Command(null, "SELECT changes FROM article_changes WHERE id = 1");
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    public string? Generation() => Answer("generation");

    public string? Claims() => Answer("claims");

    /// <summary>Replaces every saved answer in one transaction.</summary>
    public void Save(string generation, string claims, IReadOnlyList<StoryAnswerRow> stories)
    {
        using var transaction = connection.BeginTransaction();
        Execute(transaction, "DELETE FROM relation_answers");
        Execute(transaction, "DELETE FROM story_answers");
        using (var answer = Command(transaction, "INSERT INTO relation_answers (name, value) VALUES (@name, @value)"))
        {
            var name = Add(answer, "@name");
            var value = Add(answer, "@value");
            foreach (var (n, v) in new[] { ("generation", generation), ("claims", claims) })
            {
                (name.Value, value.Value) = (n, v);
                answer.ExecuteNonQuery();
            }
        }

        using (var insert = Command(transaction, "INSERT INTO story_answers (id, kind, rank, story) VALUES (@id, @kind, @rank, @story)"))
        {
            var id = Add(insert, "@id");
            var kind = Add(insert, "@kind");
            var rank = insert.CreateParameter();
            rank.ParameterName = "@rank";
            rank.DbType = System.Data.DbType.Int32;
            insert.Parameters.Add(rank);
            var story = Add(insert, "@story");
            foreach (var row in stories)
            {
                (id.Value, kind.Value, rank.Value, story.Value) = (row.Id, row.Kind, row.Rank, row.Json);
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    /// <summary>Saved stories of a kind (any when null), largest first, at most <paramref name="limit"/>, and how many there are.</summary>
    public (IReadOnlyList<string> Stories, int Total) Stories(string? kind, int limit)
    {
        string where = kind is null ? "" : "WHERE kind = @kind";
        using var count = Command(null, $"SELECT count(*) FROM story_answers {where}");
        using var page = Command(null, $"SELECT story FROM story_answers {where} ORDER BY rank LIMIT @limit");
        if (kind is not null)
        {
            Add(count, "@kind").Value = kind;
            Add(page, "@kind").Value = kind;
        }

        var limitParameter = page.CreateParameter();
        limitParameter.ParameterName = "@limit";
        limitParameter.DbType = System.Data.DbType.Int32;
        limitParameter.Value = limit;
        page.Parameters.Add(limitParameter);
        int total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var stories = new List<string>();
        using var reader = page.ExecuteReader();
        while (reader.Read())
        {
            stories.Add(reader.GetString(0));
        }

        return (stories, total);
    }

    public string? Story(string id)
    {
        using var command = Command(null, "SELECT story FROM story_answers WHERE id = @id");
        Add(command, "@id").Value = id;
        return command.ExecuteScalar() as string;
    }

    /// <summary>The headers of the articles named, by id (ids not stored are left out).</summary>
    public IReadOnlyDictionary<string, ArticleHeader> Headers(IEnumerable<string> ids)
    {
        var headers = new Dictionary<string, ArticleHeader>(StringComparer.Ordinal);
        using var command = Command(null, "SELECT id, source, title, outlet, published FROM articles WHERE id = @id");
        var id = Add(command, "@id");
        foreach (string wanted in ids)
        {
            if (headers.ContainsKey(wanted))
            {
                continue;
            }

            id.Value = wanted;
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                headers[wanted] = new ArticleHeader(reader.GetString(0), reader.GetString(1), Text(2), Text(3), Text(4));
            }
        }

        return headers;
    }

    private string? Answer(string name)
    {
        using var command = Command(null, "SELECT value FROM relation_answers WHERE name = @name");
        Add(command, "@name").Value = name;
        return command.ExecuteScalar() as string;
    }

    private DbCommand Command(DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private void Execute(DbTransaction transaction, string sql)
    {
        using var command = Command(transaction, sql);
        command.ExecuteNonQuery();
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = System.Data.DbType.String;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
