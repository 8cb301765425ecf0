using System.Net;
using System.Text;

namespace Rasid.Alerts;

/// <summary>
/// Delivers an alert's JSON body by POST, retrying a few times with growing waits when the receiver fails or does not
/// answer (a 4xx other than 408 and 429 is the receiver refusing the body: no retry). Each request carries the alert's
/// key in an Idempotency-Key header, so a receiver can drop the copy a crash between sending and recording may cause.
/// </summary>
public sealed class AlertWebhook(HttpClient http, Uri url)
{
    public int Attempts { get; init; } = 4;

    /// <summary>The wait before retry n (1, 2, …): 2, 4, 8 s; a test records them instead of sleeping.</summary>
    public Action<int, CancellationToken> Wait { get; init; } = static (attempt, cancel) => cancel.WaitHandle.WaitOne(TimeSpan.FromSeconds(Math.Pow(2, attempt)));

    public Uri Url => url;

    /// <summary>Null when the receiver took the alert; else why not, after the last attempt.</summary>
    public string? Post(string key, string body, CancellationToken cancel = default)
    {
        string? why = null;
        for (int attempt = 1; attempt <= Attempts; attempt++)
        {
            if (attempt > 1)
            {
                Wait(attempt - 1, cancel);
                cancel.ThrowIfCancellationRequested();
            }

            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
                using var response = http.Send(request, cancel);
                if (response.IsSuccessStatusCode)
                {
                    return null;
                }

                why = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
                if ((int)response.StatusCode is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests))
                {
                    return why;
                }
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
            {
                why = Reading.PageFetcher.WhyNot(e, http.Timeout);
            }
        }

        return why;
    }
}
