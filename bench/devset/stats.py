#!/usr/bin/env python3
"""Validate the PoPath development set and print per-element status counts.

Usage: python3 bench/devset/stats.py [--data /work/shared/data]
Checks: JSON parses, ids unique, every labelled item exists (and vice versa), all six labels
present with a valid value, and (when the data folder is available) every real `ref` resolves and
its title starts with `title_starts`. Exits 1 on any error. Standard library only.
"""
import csv, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ELEMENTS = ["customer_need", "business_reason", "trade_off", "expected_outcome",
            "ordering_rationale", "acceptance_criteria"]
STATUSES = ["present", "weak", "missing"]
errors = []

def check_labels(where, labels):
    if set(labels) != set(ELEMENTS):
        errors.append(f"{where}: labels must be exactly {ELEMENTS}")
    for e, v in labels.items():
        if v not in STATUSES:
            errors.append(f"{where}: {e} = {v!r}")

def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as ex:
                    errors.append(f"{name}:{n}: {ex}")
    return rows

def resolve(data, ref):
    path, key = ref.split("#", 1)
    full = os.path.join(data, path)
    if key.startswith("line:"):
        raw = open(full, "rb").read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        lines = text.split("\n")
        n = int(key[5:])
        return lines[n - 1] if 1 <= n <= len(lines) else None
    csv.field_size_limit(2**31 - 1)
    with open(full, encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("issuekey") == key:
                return row.get("title") or ""
    return None

def main():
    data = sys.argv[sys.argv.index("--data") + 1] if "--data" in sys.argv else "/work/shared/data"
    backlog = json.load(open(os.path.join(HERE, "written.popath.json"), encoding="utf-8"))
    ids = [it["id"] for it in backlog["items"]]
    if len(ids) != len(set(ids)):
        errors.append("written.popath.json: duplicate ids")
    for it in backlog["items"]:
        if not it.get("title"):
            errors.append(f"{it['id']}: no title")
    written = read_jsonl("written.labels.jsonl")
    lab_ids = [w["id"] for w in written]
    if sorted(lab_ids) != sorted(ids) or len(lab_ids) != len(set(lab_ids)):
        errors.append("written.labels.jsonl ids do not match written.popath.json ids one-to-one")
    for w in written:
        check_labels(w["id"], w["labels"])
    # structured ordering fields (DESIGN §3 rulings) must agree with the ordering label
    labels_by_id = {w["id"]: w["labels"] for w in written}
    items = backlog["items"]
    def wsjf(it):
        w = it.get("wsjf")
        return None if not w else (w["business_value"] + w["time_criticality"] + w["risk_reduction"]) / w["job_size"]
    for rank, it in enumerate(items):
        below = [wsjf(b) for b in items[rank + 1:rank + 4]]
        s = wsjf(it)
        structural = bool(it.get("due_date")) or any(l["kind"] == "blocks" for l in it.get("links", [])) or (
            s is not None and len(below) == 3 and None not in below and all(s > b for b in below))
        if structural and labels_by_id.get(it["id"], {}).get("ordering_rationale") != "present":
            errors.append(f"{it['id']}: structured ordering field present but label is not 'present'")
    real = read_jsonl("real.jsonl")
    refs = [r["ref"] for r in real]
    if len(refs) != len(set(refs)):
        errors.append("real.jsonl: duplicate refs")
    for r in real:
        check_labels(r["ref"], r["labels"])
        if os.path.isdir(data):
            title = resolve(data, r["ref"])
            if title is None:
                errors.append(f"{r['ref']}: not found")
            elif not title.startswith(r["title_starts"]):
                errors.append(f"{r['ref']}: title starts {title[:30]!r}, expected {r['title_starts']!r}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"written items: {len(written)}, real items: {len(real)}, total: {len(written) + len(real)}\n")
    print("| element | written P / W / M | real P / W / M | total P / W / M |")
    print("|---|---|---|---|")
    for e in ELEMENTS:
        cw = Counter(w["labels"][e] for w in written)
        cr = Counter(r["labels"][e] for r in real)
        fmt = lambda c: " / ".join(str(c[s]) for s in STATUSES)
        print(f"| {e} | {fmt(cw)} | {fmt(cr)} | {fmt(cw + cr)} |")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
