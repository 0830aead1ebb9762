using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace ErrorCodeGen.Cli;

/// <summary>What happened to one output file.</summary>
internal enum WriteOutcome
{
    Written,
    Unchanged,
}

/// <summary>
/// Writes a set of files so that a failure never leaves a half-written one: every file is first written in full to a
/// temporary file beside its target, and only when all of them are written are they renamed into place. Files whose
/// content is already right are not touched (their timestamps stay).
/// </summary>
internal static class AtomicFiles
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes the files; on failure throws (an I/O exception) after deleting its temporary files.</summary>
    public static IReadOnlyList<(string Path, WriteOutcome Outcome)> WriteAll(IReadOnlyList<(string Path, string Content)> files)
    {
        var results = new List<(string Path, WriteOutcome Outcome)>();
        var pending = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (path, content) in files)
            {
                if (Directory.Exists(path))
                {
                    throw new IOException("'" + path + "' is a directory");
                }

                var bytes = Utf8.GetBytes(content);
                if (SameContent(path, bytes))
                {
                    results.Add((path, WriteOutcome.Unchanged));
                    continue;
                }

                var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
                Directory.CreateDirectory(directory);
                var temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + RandomSuffix() + ".tmp");
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    pending.Add((temp, path));
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk: true);
                }

                results.Add((path, WriteOutcome.Written));
            }

            for (var i = 0; i < pending.Count; i++)
            {
                File.Move(pending[i].Temp, pending[i].Target, overwrite: true);
                pending[i] = (string.Empty, pending[i].Target);
            }

            return results;
        }
        finally
        {
            foreach (var (temp, _) in pending)
            {
                if (temp.Length > 0)
                {
                    TryDelete(temp);
                }
            }
        }
    }

    /// <summary>True when <paramref name="path"/> exists and holds exactly <paramref name="bytes"/>.</summary>
    public static bool SameContent(string path, byte[] bytes)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        var info = new FileInfo(path);
        if (info.Length != bytes.Length)
        {
            return false;
        }

        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static string RandomSuffix() => Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
