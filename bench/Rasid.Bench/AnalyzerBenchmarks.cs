using System.Text;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Rasid.Analysis;

namespace Rasid.Bench;

/// <summary>
/// Rasid's analysis chain (tokenize, normalize, stop words, light stem, name key) against Lucene.Net's
/// ArabicAnalyzer (tokenize, lower-case, stop words, normalize, light10 stem) on the same Arabic text.
/// Both consume every term without building strings per token.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private IReadOnlyList<string> _texts = [];
    private ArabicAnalyzer _lucene = null!;
    private readonly StringBuilder _terms = new();
    private readonly StringBuilder _names = new();
    private readonly StringBuilder _roots = new();

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchCorpus.Texts(megabytes: 4);
        _lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
    }

    public long Bytes => _texts.Sum(t => (long)t.Length * 2);

    [Benchmark(Baseline = true)]
    public long LuceneArabicAnalyzer()
    {
        long length = 0;
        foreach (string text in _texts)
        {
            using TokenStream stream = _lucene.GetTokenStream("body", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                length += term.Length;
            }

            stream.End();
        }

        return length;
    }

    [Benchmark]
    public long RasidTermAnalyzer()
    {
        long length = 0;
        foreach (string text in _texts)
        {
            _terms.Clear();
            _names.Clear();
            _roots.Clear();
            TermAnalyzer.AppendIndexTerms(text, _terms, _names, _roots);
            length += _terms.Length;
        }

        return length;
    }
}
