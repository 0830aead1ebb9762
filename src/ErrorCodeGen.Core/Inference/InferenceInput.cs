namespace ErrorCodeGen.Inference;

/// <summary>What the inference rules read about one code: its words and the heading it is described under.</summary>
/// <param name="Code">The numeric code.</param>
/// <param name="Meaning">The meaning (plain text).</param>
/// <param name="Advice">Recommendation, solutions and notes of the code, joined (plain text).</param>
/// <param name="CategoryTitle">The title of the category heading, or null.</param>
public readonly record struct InferenceInput(int Code, string Meaning, string Advice, string? CategoryTitle)
{
    internal bool MeaningHas(params string[] phrases) => Contains(Meaning, phrases);

    internal bool CategoryHas(params string[] phrases) => CategoryTitle is not null && Contains(CategoryTitle, phrases);

    private static bool Contains(string text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.IndexOf(phrase, System.StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
