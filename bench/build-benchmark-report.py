"""Reads the `-p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary` build logs of bench/build-benchmark.sh and
prints ErrorCodeGen's own time (generator + analyzers, as the compiler reports them) against the Csc task's time.

    python3 build-benchmark-report.py true:LOG... false:LOG...     (true/false: UseSharedCompilation of that build)
"""
import re
import statistics
import sys


def seconds(text):
    return 0.0 if text.startswith("<") else float(text)


def parse(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    found = {}
    for kind in ("analyzer", "generator"):
        m = re.search(rf"Total {kind} execution time: ([0-9.]+) seconds\.(.*?)(?:\n\s*\n\s*\n|Total (?:analyzer|generator) execution time|\Z)", text, re.S)
        if not m:
            sys.exit(f"{path}: no 'Total {kind} execution time' (was the build run with -p:ReportAnalyzer=true -v:detailed?)")
        found[kind] = float(m.group(1))
        own = re.search(r"^\s+([<0-9.]+)\s+[<0-9]+\s+ErrorCodeGen\.\w+, Version=", m.group(2), re.M)
        found["ecg_" + kind] = seconds(own.group(1)) if own else 0.0
    csc = re.search(r"^\s+([0-9]+) ms\s+Csc\s+\d+ calls", text, re.M)
    if not csc:
        sys.exit(f"{path}: no Csc line in the task performance summary (-clp:PerformanceSummary)")
    found["csc"] = int(csc.group(1)) / 1000.0
    return found


runs = {}
for arg in sys.argv[1:]:
    shared, path = arg.split(":", 1)
    runs.setdefault(shared, []).append(parse(path))

print()
counts = sorted({len(v) for v in runs.values()})
print("#### Own time as the compiler reports it (`-p:ReportAnalyzer=true`), medians of "
      + " / ".join(str(c) for c in counts) + " build" + ("s" if counts[-1] > 1 else "") + " per mode")
print()
print("| Compiler | `Csc` task (s) | All analyzers (s) | All generators (s) | ErrorCodeGen generator (s) | ErrorCodeGen analyzers (s) | ErrorCodeGen own (s) | Own / Csc | Goal ≤ 2 % |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
for shared, logs in runs.items():
    med = {k: statistics.median(log[k] for log in logs) for k in logs[0]}
    own = statistics.median(log["ecg_generator"] + log["ecg_analyzer"] for log in logs)
    share = statistics.median((log["ecg_generator"] + log["ecg_analyzer"]) / log["csc"] for log in logs) * 100
    name = "warm server (UseSharedCompilation=true)" if shared == "true" else "cold (UseSharedCompilation=false)"
    print(f"| {name} | {med['csc']:.2f} | {med['analyzer']:.3f} | {med['generator']:.3f} | {med['ecg_generator']:.3f} | "
          f"{med['ecg_analyzer']:.3f} | {own:.3f} | {share:.2f} % | {'met' if share <= 2 else '**not met**'} |")
print()
print("Per build (Csc s / ErrorCodeGen generator s / analyzers s): " + "; ".join(
    f"{'warm' if shared == 'true' else 'cold'} " + ", ".join(f"{l['csc']:.2f}/{l['ecg_generator']:.3f}/{l['ecg_analyzer']:.3f}" for l in logs)
    for shared, logs in runs.items()))
