using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorCodeGen.Benchmarks;

/// <summary>Runs the generator, edits an unrelated tree, runs again with step tracking, and reads every tracked step's reasons.</summary>
internal static class IncrementalCheck
{
    private const string Unrelated = "namespace Consumer { internal static class Placeholder { public static int Value() => 1; } }";
    private const string UnrelatedEdited = "namespace Consumer { internal static class Placeholder { public static int Value() => 2; } }";

    public sealed record Reasons(IReadOnlyList<(string Step, IncrementalStepRunReason Reason)> Steps)
    {
        /// <summary>
        /// Every step is Cached or Unchanged, except the driver's own <c>Compilation</c> input node: that one is the
        /// edited compilation itself, so it is Modified by definition (what counts is that nothing downstream of it
        /// changes, e.g. the generator's Features step is Unchanged).
        /// </summary>
        public bool AllCachedOrUnchanged => Steps.Count > 0 && Steps.All(s =>
            s.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged || s.Step == "Compilation");

        public override string ToString() => string.Join(", ", Steps.GroupBy(s => s.Step).Select(g => g.Key + ": " + string.Join("/", g.Select(s => s.Reason).Distinct())));
    }

    public static (GeneratorDriver Warm, Compilation Edited, Reasons Reasons) Prepare(string spec)
    {
        var compilation = GeneratorHost.Compilation(Unrelated, "namespace Consumer { internal static class Other { } }");
        var driver = GeneratorHost.RunChecked(GeneratorHost.CreateDriver(spec, trackSteps: true), compilation);
        var oldTree = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(oldTree, CSharpSyntaxTree.ParseText(UnrelatedEdited, GeneratorHost.ParseOptions, path: oldTree.FilePath));
        var rerun = driver.RunGenerators(edited);
        var steps = new List<(string, IncrementalStepRunReason)>();
        foreach (var result in rerun.GetRunResult().Results)
        {
            foreach (var pair in result.TrackedSteps)
            {
                foreach (var step in pair.Value)
                {
                    foreach (var output in step.Outputs)
                    {
                        steps.Add((pair.Key, output.Reason));
                    }
                }
            }

            foreach (var pair in result.TrackedOutputSteps)
            {
                foreach (var step in pair.Value)
                {
                    foreach (var output in step.Outputs)
                    {
                        steps.Add((pair.Key, output.Reason));
                    }
                }
            }
        }

        // The warm driver measured by the benchmark: the same state, without step tracking.
        var warm = GeneratorHost.RunChecked(GeneratorHost.CreateDriver(spec), compilation);
        return (warm, edited, new Reasons(steps));
    }
}
