namespace Rasid.Storing;

/// <summary>A store failure meant for the user: one line, no stack trace; a driver's exception, when there was one, inside.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Chooses a store from a --db value.</summary>
public static class ArticleStores
{
    public const string DefaultPath = "rasid.db";

    /// <summary>The --db value, else RASID_DB, else ./rasid.db.</summary>
    public static string Resolve(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable("RASID_DB") is { Length: > 0 } env ? env
        : DefaultPath;

    /// <summary>The files a store keeps on this machine (a SQLite file and its journals), so that ingesting a folder never reads them.</summary>
    public static IReadOnlySet<string> LocalFiles(string location)
    {
        if (IsServer(location))
        {
            return new HashSet<string>();
        }

        string full = Path.GetFullPath(location);
        return new HashSet<string>(StringComparer.Ordinal) { full, full + "-wal", full + "-shm", full + "-journal", SqliteArticleStore.RelatingLockPath(full) };
    }

    /// <summary>The location for people to read: a file path as given, a server without its password.</summary>
    public static string Describe(string location) =>
        IsServer(location) ? PostgresLocation.Describe(PostgresLocation.ToConnectionString(location)) : location;

    /// <summary>Whether a store is there to read: a SQLite file that exists, or any server location (the server says).</summary>
    public static bool Exists(string location) => IsServer(location) || File.Exists(location);

    private static bool IsServer(string location) => PostgresLocation.IsPostgres(location);

    /// <summary>
    /// A postgres:// URL or an Npgsql connection string opens the server store; anything else is a SQLite file path.
    /// Either way a driver's failure, opening or later, is a <see cref="StoreException"/> (see <see cref="GuardedStore"/>).
    /// </summary>
    public static IArticleStore Open(string location)
    {
        string engine = IsServer(location) ? "PostgreSQL" : "database";
        try
        {
            return new GuardedStore(IsServer(location) ? PostgresArticleStore.Open(location) : SqliteArticleStore.Open(location), engine);
        }
        catch (System.Data.Common.DbException e)
        {
            throw GuardedStore.Failure(engine, e);
        }
    }
}
