namespace BackOffice.BrowserTests;

/// <summary>What a collector who read the lessons answers: the right options of the demo courses' questions, by course and question.</summary>
public static class ExamAnswers
{
    private static readonly Dictionary<(string Course, int Question), int[]> Right = new()
    {
        [("CONDUCT-CN", 1)] = [1],
        [("CONDUCT-CN", 2)] = [1],
        [("CONDUCT-CN", 3)] = [0, 2, 3],
        [("CONDUCT-CN", 4)] = [1],
        [("CONDUCT-CN", 5)] = [1],
        [("DEESCALATION-REMEDIAL", 1)] = [1],
        [("DEESCALATION-REMEDIAL", 2)] = [0],
        [("DEESCALATION-REMEDIAL", 3)] = [1],
        [("DEESCALATION-REMEDIAL", 4)] = [1],
    };

    public static int[] For(string course, int question) =>
        Right.TryGetValue((course, question), out var options)
            ? options
            : throw new InvalidOperationException($"No answer known for {course} question {question}.");
}
