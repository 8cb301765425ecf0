namespace Rasid.Extraction.Figures;

/// <summary>
/// The counts of an event: its dead, its injured, its arrested. They belong to the event, not to whoever reports,
/// attacks or rescues (extraction binds them to no actor), are compared under the event's place (claims), and say
/// which incident a report counts (stories).
/// </summary>
public static class Tolls
{
    public static bool Counts(string? metric) => metric is "deaths" or "injuries" or "arrests";
}
