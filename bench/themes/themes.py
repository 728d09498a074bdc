"""PoPath themes against scikit-learn on the same texts, same k, same run.

Usage: themes.py DATA_DIR EVAL_DLL WORK_DIR [--seeds 42,7,1 | --seed S] [--sets a,b] [--skip-auto]

DATA_DIR is the shared feedback data (banking77/, clinc150/, stackoverflow/, googlenews_tweet/).
For each set it writes the texts once (JSON lines), runs scikit-learn (TfidfVectorizer + KMeans,
and the same with TruncatedSVD/LSA), runs `dotnet EVAL_DLL themes` on the same file with the same k,
and scores every labelling with the same sklearn metric functions. Every method runs once per seed (default 42, 7
and 1: one seed moves NMI by about ±0.5, as much as the gaps between the methods); the table gives the means, the
NMI of each seed, and PoPath's ratios computed on the means. Prints a Markdown table.
"""
import csv
import json
import os
import platform
import subprocess
import sys
import time

import sklearn
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import Normalizer


def load(data, name):
    if name == "banking77":
        with open(os.path.join(data, "banking77", "test.csv"), newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        return [r["text"] for r in rows], [r["category"] for r in rows]
    if name == "clinc150":
        with open(os.path.join(data, "clinc150", "data_full.json"), encoding="utf-8") as f:
            test = json.load(f)["test"]
        return [t for t, _ in test], [l for _, l in test]
    if name == "stackoverflow":
        d = os.path.join(data, "stackoverflow")
        with open(os.path.join(d, "title_StackOverflow.txt"), encoding="utf-8") as f:
            texts = [line.rstrip("\n") for line in f]
        with open(os.path.join(d, "label_StackOverflow.txt"), encoding="utf-8") as f:
            labels = [line.strip() for line in f]
        return texts, labels
    if name == "tweet":
        texts, labels = [], []
        with open(os.path.join(data, "googlenews_tweet", "Tweet.jsonl"), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    o = json.loads(line)
                    texts.append(o["text"])
                    labels.append(o["cluster"])
        return texts, labels
    raise ValueError(name)


def sklearn_run(texts, k, seed, lsa):
    cpu = time.process_time()
    start = time.perf_counter()
    x = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2).fit_transform(texts)
    if lsa:
        x = make_pipeline(TruncatedSVD(100, random_state=seed), Normalizer(copy=False)).fit_transform(x)
    pred = KMeans(n_clusters=k, n_init=3, random_state=seed).fit_predict(x)
    return pred, time.perf_counter() - start, time.process_time() - cpu


def popath_run(dll, path, k, seed, work, tag):
    out = os.path.join(work, f"{tag}.pred")
    start = time.perf_counter()
    res = subprocess.run(["dotnet", dll, "themes", "--input", path, "--k", str(k), "--seed", str(seed), "--predictions", out],
                         check=True, capture_output=True, text=True)
    wall = time.perf_counter() - start
    info = json.loads(res.stdout.strip().splitlines()[-1])
    with open(out, encoding="utf-8") as f:
        pred = [int(line) for line in f if line.strip()]
    return pred, info, wall


def score(labels, pred):
    return 100 * normalized_mutual_info_score(labels, pred), 100 * adjusted_rand_score(labels, pred)


def mean(values):
    return sum(values) / len(values)


def main():
    data, dll, work = sys.argv[1:4]
    if "--seeds" in sys.argv:
        seeds = [int(v) for v in sys.argv[sys.argv.index("--seeds") + 1].split(",")]
    elif "--seed" in sys.argv:
        seeds = [int(sys.argv[sys.argv.index("--seed") + 1])]
    else:
        seeds = [42, 7, 1]
    sets = sys.argv[sys.argv.index("--sets") + 1].split(",") if "--sets" in sys.argv else ["banking77", "clinc150", "stackoverflow", "tweet"]
    os.makedirs(work, exist_ok=True)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; python {platform.python_version()}, scikit-learn {sklearn.__version__}; "
          f"seeds {', '.join(map(str, seeds))}; load average at start {os.getloadavg()[0]:.2f}")
    print()
    print("| set | texts | k | method | NMI (mean) | NMI per seed | ARI (mean) | wall s (mean) | CPU s (mean) | NMI ratio (PoPath / sklearn) | wall ratio | CPU ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    autos = []
    for name in sets:
        texts, labels = load(data, name)
        k = len(set(labels))
        path = os.path.join(work, f"{name}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for t in texts:
                f.write(json.dumps({"text": t}) + "\n")
        runs = {}
        for seed in seeds:
            for tag, lsa in (("sklearn char_wb 2-5 + KMeans", False), ("sklearn char_wb 2-5 + LSA 100 + KMeans", True)):
                pred, secs, cpu = sklearn_run(texts, k, seed, lsa)
                runs.setdefault(tag, []).append((*score(labels, pred), secs, cpu))
            pred, info, wall = popath_run(dll, path, k, seed, work, name)
            runs.setdefault("PoPath", []).append((*score(labels, pred), info["seconds"], info["cpu_seconds"]))
        results = {tag: tuple(mean([r[i] for r in rs]) for i in range(4)) for tag, rs in runs.items()}
        for tag, (nmi, ari, secs, cpu) in results.items():
            ratio = tratio = cratio = ""
            if tag == "PoPath":
                base = [v for t, v in results.items() if t != "PoPath"]
                ratio = " / ".join(f"{nmi / b[0]:.3f}" for b in base)
                tratio = " / ".join(f"{secs / b[2]:.3f}" for b in base)
                cratio = " / ".join(f"{cpu / b[3]:.3f}" for b in base)
            per_seed = " ".join(f"{r[0]:.1f}" for r in runs[tag])
            print(f"| {name} | {len(texts)} | {k} | {tag} | {nmi:.2f} | {per_seed} | {ari:.1f} | {secs:.2f} | {cpu:.2f} | {ratio} | {tratio} | {cratio} |", flush=True)
        if "--skip-auto" not in sys.argv:
            pred, info, wall = popath_run(dll, path, "auto", seeds[0], work, name + ".auto")
            nmi, ari = score(labels, pred)
            autos.append((name, k, info["k"], nmi, ari, info["seconds"], info["cpu_seconds"]))
    if autos:
        print()
        print(f"Automatic number of themes (PoPath, seed {seeds[0]}, silhouette over 2, 3, 4, 6, 9, … on a 3,000-text sample):")
        print()
        print("| set | true k | chosen k | NMI | ARI | wall s | CPU s |")
        print("|---|---|---|---|---|---|---|")
        for name, k, chosen, nmi, ari, secs, cpu in autos:
            print(f"| {name} | {k} | {chosen} | {nmi:.1f} | {ari:.1f} | {secs:.2f} | {cpu:.2f} |")
    print()
    print("Ratios: PoPath's mean NMI and time divided by each scikit-learn row above it (first the sparse, then the LSA pipeline).")
    print("CPU s: process CPU time over the same span (all threads); on a shared machine it is steadier than wall time.")
    print("Seconds: scikit-learn = vectorise + (SVD) + KMeans in-process; PoPath = ThemeFinder.Find in-process (features, LSA, k-means, labels, quotes), JIT included.")


if __name__ == "__main__":
    main()
