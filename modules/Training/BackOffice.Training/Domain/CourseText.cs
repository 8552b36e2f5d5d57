namespace BackOffice.Training.Domain;

/// <summary>
/// The plain-text form trainers write courses in. Lessons: Markdown, one lesson per "# Title" heading, the
/// English and Chinese texts with the same number of lessons. Questions: a block per question —
/// <c>Q: English | 中文</c>, then options (<c>+ Yes | 是</c>), "+ " for a correct one and "- " for a wrong one.
/// </summary>
internal static class CourseText
{
    public static (IReadOnlyList<Lesson> Lessons, string? Problem) ParseLessons(string? english, string? chinese)
    {
        var en = Split(english);
        var zh = Split(chinese);
        if (en.Count == 0)
        {
            return ([], "Write at least one lesson, starting with a \"# Title\" line.");
        }

        if (en.Count != zh.Count)
        {
            return ([], $"The English text has {en.Count} lessons and the Chinese text {zh.Count}; they must match.");
        }

        return ([.. en.Zip(zh, (e, z) => new Lesson(e.Title, z.Title, e.Body, z.Body))], null);
    }

    public static (IReadOnlyList<Question> Questions, string? Problem) ParseQuestions(string? text)
    {
        var questions = new List<Question>();
        string? en = null, zh = null;
        var options = new List<string>();
        var optionsZh = new List<string>();
        var correct = new List<int>();

        string? Flush()
        {
            if (en is null)
            {
                return null;
            }

            if (options.Count < 2)
            {
                return $"Question {questions.Count + 1} needs at least two options.";
            }

            if (correct.Count == 0)
            {
                return $"Question {questions.Count + 1} needs a correct option (a line starting with \"+ \").";
            }

            questions.Add(new Question(questions.Count + 1, en, zh ?? en, [.. options], [.. correct], [.. optionsZh]));
            (en, zh) = (null, null);
            options.Clear();
            optionsZh.Clear();
            correct.Clear();
            return null;
        }

        foreach (var raw in (text ?? "").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("Q:", StringComparison.Ordinal))
            {
                if (Flush() is { } problem)
                {
                    return ([], problem);
                }

                var parts = line[2..].Split('|', 2, StringSplitOptions.TrimEntries);
                (en, zh) = (parts[0], parts.Length > 1 ? parts[1] : null);
            }
            else if (line.StartsWith("+ ", StringComparison.Ordinal) || line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (en is null)
                {
                    return ([], "An option comes before any \"Q:\" line.");
                }

                if (line[0] == '+')
                {
                    correct.Add(options.Count);
                }

                var words = line[2..].Split('|', 2, StringSplitOptions.TrimEntries);
                options.Add(words[0]);
                optionsZh.Add(words.Length > 1 ? words[1] : "");
            }
        }

        return Flush() is { } last ? ([], last) : (questions.Count == 0 ? ([], "Write at least one question.") : (questions, null));
    }

    private static List<(string Title, string Body)> Split(string? markdown)
    {
        var lessons = new List<(string Title, string Body)>();
        foreach (var line in (markdown ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                lessons.Add((line[2..].Trim(), ""));
            }
            else if (lessons.Count > 0)
            {
                lessons[^1] = (lessons[^1].Title, lessons[^1].Body + line + "\n");
            }
        }

        return [.. lessons.Select(l => (l.Title, l.Body.Trim()))];
    }
}
