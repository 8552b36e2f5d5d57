using System.Diagnostics;
using System.Globalization;
using BackOffice.Collections.Domain.Conduct.Screening;

namespace BackOffice.Collections.Bench;

/// <summary>
/// The language screen's speed: every note of the dev corpus (both languages, abusive and acceptable) screened
/// over and over for a few seconds on one thread, after a warm-up; prints notes per second.
/// </summary>
internal static class ScreenBench
{
    public static void Run(string corpusFolder, TimeSpan duration)
    {
        var notes = Directory.GetFiles(corpusFolder)
            .SelectMany(File.ReadAllLines)
            .Select(line => line.Contains('\t', StringComparison.Ordinal) ? line[(line.IndexOf('\t', StringComparison.Ordinal) + 1)..] : line)
            .Where(line => line.Length > 0)
            .ToList();
        var lists = new ScreeningLists();
        var flagged = notes.Count(note => LanguageScreen.Check(note, lists).Count > 0);

        var screened = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            foreach (var note in notes)
            {
                LanguageScreen.Check(note, lists);
            }

            screened += notes.Count;
        }

        clock.Stop();
        var perSecond = screened / clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{notes.Count} notes ({flagged} flagged), mean {notes.Average(n => n.Length):F0} characters: {screened} screened in {clock.Elapsed.TotalSeconds:F1} s, "
            + $"{perSecond:F0} notes/s, {1_000_000 / perSecond:F0} µs a note, one thread"));
    }
}
