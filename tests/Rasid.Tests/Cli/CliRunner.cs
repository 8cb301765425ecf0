using System.Diagnostics;
using Rasid.Cli;

namespace Rasid.Tests.Cli;

/// <summary>Runs rasid in-process (for output and exit codes) or as a real process (for kill -9).</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = RasidApp.Run(args, new CliContext(output, error, interactive: false));
        return new Result(code, output.ToString(), error.ToString());
    }

    public static string ExecutablePath => Path.Combine(AppContext.BaseDirectory, "rasid.dll");

    /// <summary>Runs rasid as a real process with <paramref name="input"/> on its standard input, to the end.</summary>
    public static Result RunWithInput(byte[] input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ExecutablePath);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start rasid");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ExecutablePath);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start rasid");
    }
}
