using System.Text;
using Rasid.Cli;

Console.OutputEncoding = Encoding.UTF8;
bool interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;
return RasidApp.Run(args, new CliContext(Console.Out, Console.Error, interactive));
