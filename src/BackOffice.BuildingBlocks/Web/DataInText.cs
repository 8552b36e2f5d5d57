using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace BackOffice.BuildingBlocks.Web;

/// <summary>
/// A localised sentence that carries data (a dealer's name, a user name, a policy code): the sentence is translated,
/// the data is not, and says so with translate="no" so that translation tools and the pages' language check leave it.
/// </summary>
public static class DataInText
{
    public static IHtmlContent WithData(this IStringLocalizer localizer, string name, params object?[] data)
    {
        var format = HtmlEncoder.Default.Encode(localizer[name].Value);
        var marked = data.Select(value => (object)AsIs(value).Value!).ToArray();
        return new HtmlString(string.Format(CultureInfo.CurrentCulture, format, marked));
    }

    /// <summary>
    /// A configured code (a collections queue, a delinquency bucket) in words where the module has words for it
    /// (resource "prefix:code"), otherwise as it is: an operator may configure codes the resources do not know.
    /// </summary>
    public static IHtmlContent Term(this IStringLocalizer localizer, string prefix, string code) =>
        localizer[prefix + code] is { ResourceNotFound: false } words ? new HtmlString(HtmlEncoder.Default.Encode(words.Value)) : AsIs(code);

    /// <summary>One value shown as it is, in the page's language or not.</summary>
    public static HtmlString AsIs(object? value) =>
        new($"<span translate=\"no\">{HtmlEncoder.Default.Encode(Convert.ToString(value, CultureInfo.CurrentCulture) ?? "")}</span>");
}
