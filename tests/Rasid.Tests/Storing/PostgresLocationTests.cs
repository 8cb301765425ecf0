using Rasid.Storing;

namespace Rasid.Tests.Storing;

public sealed class PostgresLocationTests
{
    [Theory]
    [InlineData("postgres://db.example.org/news", true)]
    [InlineData("postgresql://u@h/news", true)]
    [InlineData("Host=127.0.0.1;Port=55432;Username=postgres", true)]
    [InlineData("rasid.db", false)]
    [InlineData("/data/host=1/rasid.db", false)]
    public void Locations_choose_their_store(string location, bool postgres) =>
        Assert.Equal(postgres, PostgresLocation.IsPostgres(location));

    [Fact]
    public void A_url_becomes_a_connection_string_with_every_part()
    {
        var b = PostgresLocation.ToConnectionString("postgres://rasid:p%40ss@db.example.org:6543/news?sslmode=require");
        Assert.Equal("db.example.org", b.Host);
        Assert.Equal(6543, b.Port);
        Assert.Equal("rasid", b.Username);
        Assert.Equal("p@ss", b.Password);
        Assert.Equal("news", b.Database);
        Assert.Equal(Npgsql.SslMode.Require, b.SslMode);
        Assert.DoesNotContain("p@ss", PostgresLocation.Describe(b), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_location_is_a_store_error() =>
        Assert.Throws<StoreException>(() => PostgresLocation.ToConnectionString("Host=x;NoSuchKeyword=1"));
}
