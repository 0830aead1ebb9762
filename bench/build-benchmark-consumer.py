"""Writes the whole-build benchmark's consumer sources (bench/build-benchmark.sh): FILES files, nine in ten ordinary
code, one in ten handling the reference spec's error codes. Deterministic: the same files on every run.

    python3 build-benchmark-consumer.py SRC FILES                 the ordinary files (and Shared.cs)
    python3 build-benchmark-consumer.py SRC FILES GENERATED-DIR   the error-code files, with the member names of the
                                                                  catalog enum the generator wrote into GENERATED-DIR
"""
import glob
import os
import re
import sys

out, n = sys.argv[1], int(sys.argv[2])
generated = sys.argv[3] if len(sys.argv) > 3 else None
codes = []
if generated:
    for path in glob.glob(os.path.join(generated, "**", "*.cs"), recursive=True):
        text = open(path).read()
        enum = re.search(r"enum ErrorCode\b[^{]*\{(.*?)\n    \}", text, re.S)
        if enum:
            codes = [(m.group(1), int(m.group(2))) for m in re.finditer(r"^\s+(\w+) = (-?\d+),?\s*$", enum.group(1), re.M)]
    if len(codes) < 4:
        sys.exit(f"no ErrorCode enum with at least 4 members under {generated}")
if not generated:
  with open(os.path.join(out, "Shared.cs"), "w") as f:
    f.write("""namespace Consumer
{
    public sealed class Response
    {
        public int Code { get; set; }

        public string Message { get; set; } = "";
    }

    public enum Status { Draft, Pending, Active, Suspended, Closed, Archived }
}
""")


def ordinary(i):
    k = i % 4
    switch = [
        f"""            switch (item.Status)
            {{
                case Status.Draft:
                    return 1;
                case Status.Active:
                case Status.Pending:
                    return {i % 9 + 2};
                default:
                    return 0;
            }}""",
        f"""            return item.Quantity switch
            {{
                0 => 0,
                1 => {i % 5 + 1},
                < 10 => 2,
                _ => 3,
            }};""",
        f"""            switch (item.Name)
            {{
                case "alpha":
                    return 1;
                case "beta{i % 7}":
                    return 2;
                default:
                    return item.Name.Length;
            }}""",
        """            return item.Status switch
            {
                Status.Closed or Status.Archived => -1,
                _ => item.Quantity,
            };""",
    ][k]
    return f"""namespace Consumer.Area{i // 100}
{{
    public sealed record Item{i}(string Name, int Quantity, decimal Price, Status Status);

    public sealed class Service{i}
    {{
        private readonly List<Item{i}> _items = new();
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

        public int Count => _items.Count;

        public void Add(string name, int quantity, decimal price)
        {{
            ArgumentNullException.ThrowIfNull(name);
            _items.Add(new Item{i}(name, quantity, price, (Status)(quantity % 6)));
            _counts[name] = _counts.TryGetValue(name, out var count) ? count + 1 : 1;
        }}

        public decimal Total() => _items.Where(x => x.Status != Status.Closed).Sum(x => x.Price * x.Quantity);

        public IReadOnlyList<string> TopNames(int take) =>
            _items.OrderByDescending(x => x.Price).ThenBy(x => x.Name, StringComparer.Ordinal).Take(take).Select(x => x.Name).ToList();

        public string Describe()
        {{
            var builder = new System.Text.StringBuilder();
            for (var k = 0; k < _items.Count; k++)
            {{
                var item = _items[k];
                builder.Append($"{{k}}: {{item.Name}} x{{item.Quantity}} at {{item.Price:0.00}} ({{Weight(item)}})").AppendLine();
            }}

            return builder.ToString();
        }}

        public async Task<int> CountLaterAsync(CancellationToken cancellationToken)
        {{
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return _counts.Values.Sum() + {i};
        }}

        private static int Weight(Item{i} item)
        {{
{switch}
        }}
    }}
}}
"""


def error_codes(i):
    some = [codes[(i + j) % len(codes)] for j in range(4)]
    enum_cases = "".join(f"                case ErrorCode.{name}:\n                    return {code % 7 + j};\n" for j, (name, code) in enumerate(some))
    int_cases = "".join(f"                case {code}:\n                    return \"{name}\";\n" for name, code in some)
    return f"""using Acme.MarketData;

namespace Consumer.Area{i // 100}
{{
    public sealed class ErrorHandler{i}
    {{
        public int Handle(ErrorCode code)
        {{
            switch (code)
            {{
{enum_cases}                default:
                    return -1;
            }}
        }}

        public string Name(Response response)
        {{
            switch (response.Code)
            {{
{int_cases}                default:
                    return response.Message;
            }}
        }}

        public bool ShouldRetry(Response response) =>
            ErrorCodeExtensions.TryFromCode(response.Code, out var code) && code.IsRetryable();
    }}
}}
"""


for i in range(n):
    if (i % 10 == 0) == bool(generated):
        with open(os.path.join(out, f"File{i}.cs"), "w") as f:
            f.write(error_codes(i) if generated else ordinary(i))
