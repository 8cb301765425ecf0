using Npgsql;

namespace Rasid.Tests.Storing;

/// <summary>
/// The PostgreSQL server the tests use: $RASID_TEST_POSTGRES, else the one scripts/postgres.sh starts.
/// Without a server the PostgreSQL tests are skipped with a message saying how to start one; with
/// RASID_REQUIRE_POSTGRES=1 (as .ci/run sets) they fail instead, so CI can never pass by skipping them.
/// </summary>
internal static class TestPostgres
{
    private const string DefaultServer = "Host=127.0.0.1;Port=55432;Username=postgres";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    public static string Server => Environment.GetEnvironmentVariable("RASID_TEST_POSTGRES") is { Length: > 0 } s ? s : DefaultServer;

    private static bool Required => Environment.GetEnvironmentVariable("RASID_REQUIRE_POSTGRES") == "1";

    /// <summary>Skips (or, in CI, fails) the calling test when no server answers.</summary>
    public static void Require()
    {
        if (Unavailable.Value is not { } why)
        {
            return;
        }

        string message = $"PostgreSQL is not reachable at '{Server}' ({why}); start one with scripts/postgres.sh start, or set RASID_TEST_POSTGRES";
        if (Required)
        {
            throw new InvalidOperationException(message + " (RASID_REQUIRE_POSTGRES=1: these tests must run)");
        }

        Skip.If(true, message);
    }

    /// <summary>A new empty database on the server; dropped by <see cref="Drop"/>.</summary>
    public static string CreateDatabase()
    {
        Require();
        string name = "rasid_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    public static void Drop(string connectionString)
    {
        string name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static string? Probe()
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Timeout = 3 }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return e.Message.ReplaceLineEndings(" ");
        }
    }
}
