using System.Globalization;
using BackOffice.Collections.Domain.Conduct.Screening;

namespace BackOffice.Collections.Tests.Screening;

/// <summary>One half of the corpus (Corpus/README.md) in one language, and how the screen does on it.</summary>
internal sealed record ScreeningCorpus(string Split, string Language, IReadOnlyList<(string Category, string Note)> Abusive, IReadOnlyList<string> Acceptable)
{
    public static ScreeningCorpus Load(string split, string language)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Screening", "Corpus", split);
        var abusive = File.ReadAllLines(Path.Combine(folder, $"{language}-abusive.tsv"))
            .Where(line => line.Contains('\t', StringComparison.Ordinal))
            .Select(line => (line[..line.IndexOf('\t', StringComparison.Ordinal)], line[(line.IndexOf('\t', StringComparison.Ordinal) + 1)..]))
            .ToList();
        var acceptable = File.ReadAllLines(Path.Combine(folder, $"{language}-acceptable.txt")).Where(line => line.Trim().Length > 0).ToList();
        return new ScreeningCorpus(split, language, abusive, acceptable);
    }

    public Figures Measure(ScreeningLists lists)
    {
        var caught = Abusive.Select(a => (a.Category, Flagged: LanguageScreen.Check(a.Note, lists).Count > 0)).ToList();
        var falseAlarms = Acceptable.Count(note => LanguageScreen.Check(note, lists).Count > 0);
        var byCategory = caught.GroupBy(c => c.Category)
            .ToDictionary(g => g.Key, g => (Caught: g.Count(c => c.Flagged), Of: g.Count()));
        return new Figures(this, caught.Count(c => c.Flagged), falseAlarms, byCategory);
    }

    internal sealed record Figures(ScreeningCorpus Corpus, int Caught, int FalseAlarms, IReadOnlyDictionary<string, (int Caught, int Of)> ByCategory)
    {
        public double Recall => (double)Caught / Corpus.Abusive.Count;

        public double Precision => Caught + FalseAlarms == 0 ? 1 : (double)Caught / (Caught + FalseAlarms);

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Corpus.Split} {Corpus.Language}: recall {Recall:F3} ({Caught}/{Corpus.Abusive.Count}), ")
            + string.Create(CultureInfo.InvariantCulture, $"precision {Precision:F3} ({FalseAlarms} false alarms in {Corpus.Acceptable.Count} acceptable notes); ")
            + "by category: " + string.Join(", ", ByCategory.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value.Caught}/{c.Value.Of}"));
    }
}
