namespace Rasid.Tests;

/// <summary>Paths of the bundled test data (copied beside the test assembly).</summary>
internal static class TestData
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Data");

    public static string SeedsFolder => Path.Combine(Root, "seeds");

    public static string GoldFile => Path.Combine(Root, "seeds.gold.json");

    public static string Seed(string prefix) => Directory.GetFiles(SeedsFolder, prefix + "_*.txt").Single();

    public static string Fixture(string name) => Path.Combine(Root, "fixtures", name);

    /// <summary>A fresh temporary folder, deleted with the object.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rasid-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A still-open WAL file on a slow machine: the OS cleans temp later.
            }
        }
    }
}
