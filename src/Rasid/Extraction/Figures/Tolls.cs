namespace Rasid.Extraction.Figures;

/// <summary>
/// The counts of an event: its dead, its injured, its arrested. They belong to the event, not to whoever reports,
/// attacks or rescues (extraction binds them to no actor), are compared under the event's place (claims), and say
/// which incident a report counts (stories).
/// </summary>
public static class Tolls
{
    public static bool Counts(string? metric) => metric is "deaths" or "injuries" or "casualties" or "arrests";

    /// <summary>
    /// A count that belongs to the event it is told of, as a toll does: a toll, or what a counted noun names when no
    /// trigger does (101 طفل freed, 151 عقارا expropriated, أربعة أدوار of the burning building). Not an actor's.
    /// </summary>
    public static bool OfAnEvent(string? metric) => Counts(metric) || CountedInPassing(metric);

    /// <summary>A count a noun names with no toll around it (a building's floors, a squad's players): an event's, but no toll.</summary>
    public static bool CountedInPassing(string? metric) => metric is not null && !Counts(metric) && FigureVocabulary.Default.CountedMeasures.Contains(metric);
}
