#!/usr/bin/env python3
"""The python3 side of the JSON benchmark: json.loads and json.dumps of the document, timed as json.b
times JPARSE() and JBUILD(): the best of RUNS runs of each, in milliseconds, reading the file untimed.

    python3 bp/bench/json_py.py DOC.json [RUNS]
"""
import json
import sys
import time

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
with open(path, encoding="utf-8") as f:
    text = f.read()
best_parse = best_build = float("inf")
for _ in range(runs):
    t0 = time.perf_counter()
    doc = json.loads(text)
    t1 = time.perf_counter()
    out = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    t2 = time.perf_counter()
    best_parse = min(best_parse, (t1 - t0) * 1000)
    best_build = min(best_build, (t2 - t1) * 1000)
print(f"parse {best_parse:.0f} build {best_build:.0f} records {doc['count']} bytes {len(out.encode())}")
