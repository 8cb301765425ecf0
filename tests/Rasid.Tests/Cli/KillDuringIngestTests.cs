using System.Text.Json;
using Microsoft.Data.Sqlite;
using Rasid.Storing;

namespace Rasid.Tests.Cli;

/// <summary>kill -9 in the middle of an ingest, then the same command again: every article exactly once.</summary>
public sealed class KillDuringIngestTests
{
    private const int Articles = 6000;

    [Fact]
    public void Killed_ingest_rerun_stores_every_article_exactly_once()
    {
        using var temp = new TestData.TempFolder();
        string feed = temp.File("feed.jsonl");
        WriteFeed(feed);
        string db = temp.File("kill.db");

        using (var process = CliRunner.Start("--db", db, "ingest", feed, "--quiet"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && Count(db) == 0 && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(10);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true); // SIGKILL: no cleanup runs
            }

            process.WaitForExit();
        }

        long afterKill = Count(db);
        Assert.InRange(afterKill, 0, Articles);

        using (var rerun = CliRunner.Start("--db", db, "ingest", feed, "--quiet"))
        {
            string output = rerun.StandardOutput.ReadToEnd();
            rerun.WaitForExit();
            Assert.True(rerun.ExitCode == 0, output + rerun.StandardError.ReadToEnd());
        }

        using var store = SqliteArticleStore.Open(db);
        Assert.Equal(Articles, store.Stats().Articles);
        Assert.Equal(Articles, store.Articles().Select(a => a.Source).Distinct().Count());
    }

    private static long Count(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // not created yet
        }
    }

    private static void WriteFeed(string path)
    {
        string[] subjects = ["الحكومة", "الوزارة", "الشركة", "البنك المركزي", "الهيئة", "المجلس"];
        string[] verbs = ["أعلنت", "أكدت", "نفت", "كشفت", "درست", "رفضت"];
        using var writer = new StreamWriter(path);
        for (int i = 0; i < Articles; i++)
        {
            string text = $"{verbs[i % 6]} {subjects[i / 6 % 6]} اليوم خطة رقم {i} لتطوير قطاع النقل في المنطقة خلال السنوات المقبلة، بكلفة تبلغ {i * 7 % 1000} مليون دولار وفق البيان الرسمي الصادر عنها.";
            writer.WriteLine(JsonSerializer.Serialize(new { url = $"https://example.org/news/{i}", title = $"خبر رقم {i}", content = text }));
        }
    }
}
