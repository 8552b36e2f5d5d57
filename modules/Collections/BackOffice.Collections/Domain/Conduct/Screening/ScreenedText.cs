using System.Globalization;
using System.Text;

namespace BackOffice.Collections.Domain.Conduct.Screening;

/// <summary>
/// A note or message in the one spelling the rules are written for — lower case, half-width (NFKC), simplified
/// Chinese, plain letters for common leetspeak, "p o l i c e" and "p.o.l.i.c.e" closed up, one space between words —
/// with, for every character, where it came from in what the collector wrote, so a flag quotes their own words.
/// </summary>
internal sealed class ScreenedText
{
    // The traditional characters of the words the rules look for; a full conversion table is not needed for that.
    private const string Traditional = "還錢單領導親鄰報來門殺會讓們為債貸說話裡裏這個給電號麼沒關係學戶訴傳網廠監獄難燒車處罰聯絡絕頭臉醜無賴騙廢對後負準備幫見兒媽爺孫長區樓點時間錄訊業險發貼樣動斷狀書執審脅辱罵蠢豬滾婊畜蟲違規曝圖闆壞鬧堵帶憑麼偷隊飯懂";
    private const string Simplified = "还钱单领导亲邻报来门杀会让们为债贷说话里里这个给电号么没关系学户诉传网厂监狱难烧车处罚联络绝头脸丑无赖骗废对后负准备帮见儿妈爷孙长区楼点时间录讯业险发贴样动断状书执审胁辱骂蠢猪滚婊畜虫违规曝图板坏闹堵带凭么偷队饭懂";

    private ScreenedText(string text, int[] origins, string original)
    {
        Text = text;
        Origins = origins;
        Original = original;
    }

    /// <summary>The normalised text the rules read.</summary>
    public string Text { get; }

    public string Original { get; }

    /// <summary>For each character of <see cref="Text"/>, the index of the character in <see cref="Original"/> it came from.</summary>
    private int[] Origins { get; }

    public static ScreenedText Of(string original)
    {
        var chars = new List<(char Char, int Origin)>(original.Length);
        for (var i = 0; i < original.Length; i += char.IsSurrogatePair(original, i) ? 2 : 1)
        {
            var element = char.IsSurrogatePair(original, i) ? original.Substring(i, 2) : original[i].ToString();
            foreach (var c in element.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
            {
                chars.Add((Plain(c), i));
            }
        }

        chars = Delettered(chars);
        chars = ClosedUp(chars);
        return new ScreenedText(new string([.. chars.Select(c => c.Char)]), [.. chars.Select(c => c.Origin)], original);
    }

    /// <summary>The collector's own words behind a stretch of the normalised text.</summary>
    public string Quote(int start, int length)
    {
        var from = Origins[start];
        var to = Origins[start + length - 1];
        var end = to + (char.IsHighSurrogate(Original[to]) && to + 1 < Original.Length ? 2 : 1);
        return Original[from..end].Trim();
    }

    private static char Plain(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02bc' or '`' => '\'',
        '\u3000' or '\t' or '\r' => ' ',
        _ when Traditional.IndexOf(c, StringComparison.Ordinal) is var at and >= 0 => Simplified[at],
        _ => c,
    };

    /// <summary>"k1ll", "p0lice", "f@mily", "$tupid": a digit or sign that starts a word or sits inside one stands for a letter.</summary>
    private static List<(char Char, int Origin)> Delettered(List<(char Char, int Origin)> chars)
    {
        var result = new List<(char Char, int Origin)>(chars.Count);
        for (var i = 0; i < chars.Count; i++)
        {
            var c = chars[i].Char;
            var startsOrSitsInWord = i + 1 < chars.Count && IsLatin(chars[i + 1].Char) && (i == 0 || !char.IsDigit(chars[i - 1].Char));
            var letter = !startsOrSitsInWord ? c : c switch
            {
                '0' => 'o', '1' or '!' or '|' => 'i', '3' => 'e', '4' or '@' => 'a', '5' or '$' => 's', '7' or '+' => 't',
                _ => c,
            };
            result.Add((letter, chars[i].Origin));
        }

        return result;
    }

    /// <summary>
    /// Single letters split by spaces or marks ("p o l i c e", "p.o.l.i.c.e", "k-i-l-l") are closed up; so are Chinese
    /// characters split the same way ("报 警"); any other run of spaces and marks becomes one space, or a full stop
    /// and a space when it held one, or a line break when it held one, so sentences stay apart.
    /// </summary>
    private static List<(char Char, int Origin)> ClosedUp(List<(char Char, int Origin)> chars)
    {
        var result = new List<(char Char, int Origin)>(chars.Count);
        for (var i = 0; i < chars.Count; i++)
        {
            if (!IsFiller(chars[i].Char))
            {
                result.Add(chars[i]);
                continue;
            }

            var next = i;
            while (next < chars.Count && IsFiller(chars[next].Char))
            {
                next++;
            }

            var run = chars[i..next];
            var joinsLoneLetters = LoneLetter(chars, i - 1) && LoneLetter(chars, next) && run.Count <= 2
                && (LoneLetter(chars, i - 3) || LoneLetter(chars, next + 2));
            var decimalPoint = run.Count == 1 && run[0].Char == '.' && i > 0 && next < chars.Count && char.IsDigit(chars[i - 1].Char) && char.IsDigit(chars[next].Char);
            var joinsHan = i > 0 && next < chars.Count && IsHan(chars[i - 1].Char) && IsHan(chars[next].Char) && !run.Any(f => f.Char == '\n');
            if (decimalPoint)
            {
                result.Add(run[0]);
            }
            else if (!joinsLoneLetters && !joinsHan)
            {
                var origin = run[0].Origin;
                if (run.Any(f => f.Char == '\n'))
                {
                    result.Add(('\n', origin));
                }
                else if (run.Any(f => f.Char == '.'))
                {
                    result.Add(('.', origin));
                    result.Add((' ', origin));
                }
                else
                {
                    result.Add((' ', origin));
                }
            }

            i = next - 1;
        }

        return result;
    }

    private static bool IsFiller(char c) => char.IsWhiteSpace(c) || c is '.' or '-' or '_' or '·';

    /// <summary>A letter with only spaces or marks on either side: one of a spelled-out word's letters.</summary>
    private static bool LoneLetter(List<(char Char, int Origin)> chars, int at) =>
        at >= 0 && at < chars.Count && IsLatin(chars[at].Char)
        && (at == 0 || IsFiller(chars[at - 1].Char)) && (at + 1 == chars.Count || IsFiller(chars[at + 1].Char));

    private static bool IsLatin(char c) => c is >= 'a' and <= 'z';

    private static bool IsHan(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u3400';
}
