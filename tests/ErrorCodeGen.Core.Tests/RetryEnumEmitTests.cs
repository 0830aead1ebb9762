using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Model;
using Xunit;

namespace ErrorCodeGen.Core.Tests;

/// <summary>The generated retry enum is the model's <see cref="RetryClassification"/>: the same members, values and summaries.</summary>
public class RetryEnumEmitTests
{
    [Fact]
    public void Generated_retry_enum_has_the_model_members_values_and_summaries_in_order()
    {
        var source = CatalogEmitter.Emit(ReferenceSpec.Catalog, new CatalogEmitOptions("Acme"));
        var generated = EnumBody(source, "ErrorCodeRetryClassification");

        var expected = Enum.GetValues<RetryClassification>()
            .SelectMany(value => new[]
            {
                "/// <summary>" + ModelSummary(value) + "</summary>",
                value + " = " + ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture) + ",",
            })
            .ToArray();
        Assert.Equal(expected, generated);
    }

    [Fact]
    public void Every_model_member_has_a_generated_summary()
    {
        foreach (var value in Enum.GetValues<RetryClassification>())
        {
            Assert.False(string.IsNullOrEmpty(CatalogEmitter.RetrySummary(value)), value.ToString());
        }
    }

    /// <summary>The lines of enum <paramref name="name"/>'s body, trimmed.</summary>
    private static string[] EnumBody(string source, string name)
    {
        var lines = source.Split('\n').Select(x => x.Trim()).ToArray();
        var start = Array.FindIndex(lines, x => x.EndsWith(" enum " + name, StringComparison.Ordinal));
        Assert.True(start >= 0, "no enum " + name);
        Assert.Equal("{", lines[start + 1]);
        var end = Array.IndexOf(lines, "}", start + 2);
        return lines[(start + 2)..end];
    }

    /// <summary>The summary of a member in the Core assembly's XML documentation, whitespace collapsed.</summary>
    private static string ModelSummary(RetryClassification value)
    {
        var docs = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "ErrorCodeGen.Core.xml"));
        var member = docs.Descendants("member").Single(x => (string?)x.Attribute("name") == "F:ErrorCodeGen.Model.RetryClassification." + value);
        return Regex.Replace(member.Element("summary")!.Value, @"\s+", " ").Trim();
    }
}
