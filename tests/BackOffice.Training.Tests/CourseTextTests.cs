using BackOffice.Training.Domain;

namespace BackOffice.Training.Tests;

public sealed class CourseTextTests
{
    [Fact]
    public void Lessons_split_on_headings_and_pair_english_with_chinese()
    {
        var (lessons, problem) = CourseText.ParseLessons(
            "# Hours\nNot after **22:00**.\n\n# Words\n- no threats", "# 时间\n22:00 后不得联系。\n# 用语\n- 不得威胁");

        Assert.Null(problem);
        Assert.Equal(2, lessons.Count);
        Assert.Equal(("Hours", "时间"), (lessons[0].TitleEn, lessons[0].TitleZh));
        Assert.Equal("Not after **22:00**.", lessons[0].BodyEn);
        Assert.Equal("- 不得威胁", lessons[1].BodyZh);
    }

    [Fact]
    public void Lessons_in_the_two_languages_must_match_in_number()
    {
        Assert.Contains("must match", CourseText.ParseLessons("# A\n# B", "# 甲").Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Questions_are_read_with_their_correct_options_and_multiple_choice_when_several()
    {
        var (questions, problem) = CourseText.ParseQuestions(
            "Q: Call at 22:30? | 22:30 可以致电吗?\n- Yes\n+ No\n\nQ: Banned? | 禁止?\n+ Threats\n- Rights notice\n+ Insults");

        Assert.Null(problem);
        Assert.Equal(2, questions.Count);
        Assert.Equal([1], questions[0].Correct);
        Assert.Equal("22:30 可以致电吗?", questions[0].TextZh);
        Assert.True(questions[1].IsMultipleChoice);
        Assert.Equal([0, 2], questions[1].Correct);
    }

    [Fact]
    public void Options_carry_their_chinese_words_after_a_bar_and_read_in_english_without_them()
    {
        var question = CourseText.ParseQuestions("Q: Call at 22:30? | 22:30 可以致电吗?\n- Yes | 是\n+ No").Questions.Single();

        Assert.Equal(["Yes", "No"], question.Options);
        Assert.Equal(["是", "No"], question.Choices.Select(c => c.Chinese));
        Assert.Equal(["Yes", "No"], question.Choices.Select(c => c.En));
    }

    [Theory]
    [InlineData("Q: Only one? | 一个?\n+ Yes", "at least two options")]
    [InlineData("Q: None right? | 没有?\n- A\n- B", "needs a correct option")]
    [InlineData("+ Orphan", "before any")]
    [InlineData("", "at least one question")]
    public void A_malformed_bank_says_what_is_wrong(string text, string problem)
    {
        Assert.Contains(problem, CourseText.ParseQuestions(text).Problem, StringComparison.Ordinal);
    }
}
