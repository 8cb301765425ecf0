using System.Text.RegularExpressions;
using Rasid.Analysis;

namespace Rasid.Cleaning;

public enum RuleKind
{
    Drop,
    Attribution,
    Credit,
    Byline,
    AiDisclosure,

    /// <summary>Boilerplate run on at a line's start (a share bar glued to the first paragraph): cut, the rest kept.</summary>
    Lead,
}

/// <summary>One line rule from Resources/boilerplate-rules.txt.</summary>
public sealed record BoilerplateRule(RuleKind Kind, string Reason, Regex Pattern);

/// <summary>The rule set, loaded once from its data file (see the file's header for the format).</summary>
public sealed class BoilerplateRules
{
    private BoilerplateRules(IReadOnlyList<BoilerplateRule> rules)
    {
        Rules = rules;
        LineRules = rules.Where(r => r.Kind is RuleKind.Drop or RuleKind.Attribution or RuleKind.AiDisclosure).ToArray();
        Bylines = rules.Where(r => r.Kind == RuleKind.Byline).ToArray();
        Credits = rules.Where(r => r.Kind == RuleKind.Credit).ToArray();
        LeadRules = rules.Where(r => r.Kind == RuleKind.Lead).ToArray();
    }

    public static BoilerplateRules Default { get; } = Parse(RasidResources.ReadLines("boilerplate-rules.txt"));

    public IReadOnlyList<BoilerplateRule> Rules { get; }

    public static BoilerplateRules Parse(IEnumerable<string> lines)
    {
        var rules = new List<BoilerplateRule>();
        foreach (string line in lines)
        {
            string[] parts = line.Split('\t', 3);
            if (parts.Length != 3)
            {
                throw new FormatException($"boilerplate rule needs kind, reason and pattern separated by tabs: {line}");
            }

            var kind = parts[0] switch
            {
                "drop" => RuleKind.Drop,
                "attribution" => RuleKind.Attribution,
                "credit" => RuleKind.Credit,
                "byline" => RuleKind.Byline,
                "ai" => RuleKind.AiDisclosure,
                "lead" => RuleKind.Lead,
                _ => throw new FormatException($"unknown boilerplate rule kind '{parts[0]}'"),
            };
            rules.Add(new BoilerplateRule(kind, parts[1], new Regex(NormalizeLetters(parts[2]), RegexOptions.CultureInvariant | RegexOptions.Compiled)));
        }

        return new BoilerplateRules(rules);
    }

    /// <summary>Folds the Arabic letters of a pattern as the text is folded, leaving ASCII regex syntax alone.</summary>
    internal static string NormalizeLetters(string pattern)
    {
        var chars = new System.Text.StringBuilder(pattern.Length);
        foreach (char c in pattern)
        {
            if (c < 0x80)
            {
                chars.Append(c);
                continue;
            }

            char m = ArabicNormalizer.FoldChar(c);
            if (m != '\0')
            {
                chars.Append(m);
            }
        }

        return chars.ToString();
    }

    /// <summary>Rules that decide a whole line wherever it stands: drop, attribution, AI disclosure, in file order.</summary>
    public IReadOnlyList<BoilerplateRule> LineRules { get; }

    public IReadOnlyList<BoilerplateRule> Bylines { get; }

    public IReadOnlyList<BoilerplateRule> Credits { get; }

    /// <summary>Rules for boilerplate at a line's start that the line's own text follows: the match is cut.</summary>
    public IReadOnlyList<BoilerplateRule> LeadRules { get; }
}
