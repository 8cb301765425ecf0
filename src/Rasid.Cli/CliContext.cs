using Spectre.Console;

namespace Rasid.Cli;

/// <summary>Where a command writes: standard output for results, standard error for problems, and a console for tables and progress.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            Console.Profile.Width = 160;
        }
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool Interactive { get; }

    public IAnsiConsole Console { get; }

    /// <summary>The --gazetteer option every command takes (set when the command line is built).</summary>
    public System.CommandLine.Option<string?>? GazetteerOption { get; set; }

    /// <summary>The extractors for this invocation: the shipped ones, with the user's gazetteer file added when given.</summary>
    public Rasid.Extraction.Extractors Extractors(System.CommandLine.ParseResult parsed)
    {
        string? path = GazetteerOption is null ? null : parsed.GetValue(GazetteerOption);
        if (path is not null && !File.Exists(path))
        {
            throw new Rasid.Reading.InputException($"no such gazetteer file: {path}");
        }

        try
        {
            return Rasid.Extraction.Extractors.WithGazetteer(path);
        }
        catch (FormatException e)
        {
            throw new Rasid.Reading.InputException(e.Message);
        }
    }

    /// <summary>The pipeline for these extractors: the shipped one when they are the shipped ones (its model loads once).</summary>
    public static Rasid.Pipeline.RasidPipeline PipelineFor(Rasid.Extraction.Extractors extractors) =>
        ReferenceEquals(extractors, Rasid.Extraction.Extractors.Default) ? Rasid.Pipeline.RasidPipeline.Default : new Rasid.Pipeline.RasidPipelineBuilder().UseExtractors(extractors).Build();

    /// <summary>One clear line on standard error.</summary>
    public void Fail(string message) => Error.WriteLine("rasid: " + message);
}
