#!/usr/bin/env python3
"""Writes the JSON benchmark's document: about 10 MB of records such as a web API returns (names, numbers,
floats, Booleans, nulls, nested objects and arrays, a few escapes and non-ASCII letters), the same bytes on
every run.

    python3 bp/bench/json_doc.py OUT.json [MEGABYTES]
"""
import json
import random
import sys

out = sys.argv[1]
target = int(float(sys.argv[2] if len(sys.argv) > 2 else 10) * 1_000_000)
rng = random.Random(13)
words = ["alpha", "beta", "gamma", "delta", "Zoë", "naïve", "quote\"d", "tab\there", "line\nbreak", "plain"]
records = []
size = 2
while size < target:
    n = len(records)
    rec = {
        "id": n + 1,
        "name": f"Customer {n + 1} {rng.choice(words)}",
        "email": f"user{n}@example.com",
        "balance": round(rng.uniform(-1e5, 1e5), 2),
        "ratio": rng.random(),
        "active": rng.random() < 0.5,
        "manager": None if rng.random() < 0.3 else rng.randrange(1, 1000),
        "tags": [rng.choice(words) for _ in range(rng.randrange(0, 5))],
        "address": {"street": f"{rng.randrange(1, 999)} High St", "town": rng.choice(words),
                    "postcode": f"LS{rng.randrange(1, 30)} {rng.randrange(1, 9)}AB"},
        "orders": [{"no": rng.randrange(1, 10**6), "qty": rng.randrange(1, 50), "price": rng.randrange(1, 100000) / 100}
                   for _ in range(rng.randrange(0, 4))],
    }
    text = json.dumps(rec, ensure_ascii=False, separators=(",", ":"))
    size += len(text.encode()) + 1
    records.append(rec)
with open(out, "w", encoding="utf-8") as f:
    json.dump({"count": len(records), "records": records}, f, ensure_ascii=False, separators=(",", ":"))
