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

    /// <summary>One clear line on standard error.</summary>
    public void Fail(string message) => Error.WriteLine("rasid: " + message);
}
