using System.CommandLine;

namespace Rasid.Cli;

/// <summary>Options several commands share, with errors that name the option in words a user reads (not a .NET type name).</summary>
internal static class CliOptions
{
    /// <summary>--limit: a whole number of one or more.</summary>
    public static Option<int> Limit(string description, int byDefault) => WholeNumber("--limit", description, byDefault);

    /// <summary>Lets <paramref name="option"/> take only <paramref name="values"/>; anything else is an error listing them.</summary>
    public static Option<string?> OneOf(this Option<string?> option, IReadOnlyList<string> values)
    {
        option.Validators.Add(result =>
        {
            string? asked = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (asked is not null && !values.Contains(asked, StringComparer.Ordinal))
            {
                result.AddError($"{option.Name} must be one of: {string.Join(", ", values)} (not '{asked}')");
            }
        });
        return option;
    }

    public static Option<int> WholeNumber(string name, string description, int byDefault, params string[] aliases)
    {
        var option = new Option<int>(name, aliases)
        {
            Description = description,
            DefaultValueFactory = _ => byDefault,
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value) && value >= 1)
                {
                    return value;
                }

                result.AddError($"{name} must be a whole number of 1 or more, not '{text}'");
                return byDefault;
            },
        };
        return option;
    }

    /// <summary>A length of time in seconds (decimals allowed), at least <paramref name="least"/>.</summary>
    public static Option<double> Seconds(string name, string description, double byDefault, double least)
    {
        return new Option<double>(name)
        {
            Description = description,
            DefaultValueFactory = _ => byDefault,
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (double.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out double value) && value >= least)
                {
                    return value;
                }

                result.AddError($"{name} must be a number of seconds of {least.ToString(System.Globalization.CultureInfo.InvariantCulture)} or more, not '{text}'");
                return byDefault;
            },
        };
    }
}
