"""Tuning runs for the theme pipeline on the NON-test splits only (Banking77 train, CLINC150 val, GoogleNews T and S).

Usage: tune.py DATA_DIR EVAL_DLL WORK_DIR [--seeds 42,7] [--sklearn] [--sets b77sample,b77train,clincval,gnTsample,gnSsample] -- [variant ...]
A variant is a space-separated list of extra `themes` arguments for PoPath.Eval, e.g. "--restarts 10 --dims 150";
"default" runs the defaults. Prints NMI / ARI per set, variant and seed (mean over seeds last), and with --sklearn
the two scikit-learn pipelines of run.sh on the same texts. The evaluated test sets of run.sh are never read here.
"""
import csv
import json
import os
import random
import shlex
import subprocess
import sys
import time

from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score


def load(data, name):
    if name in ("b77sample", "b77train"):
        with open(os.path.join(data, "banking77", "train.csv"), newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        if name == "b77sample":
            rows = random.Random(0).sample(rows, 3000)
        return [r["text"] for r in rows], [r["category"] for r in rows]
    if name == "clincval":
        with open(os.path.join(data, "clinc150", "data_full.json"), encoding="utf-8") as f:
            val = json.load(f)["val"]
        return [t for t, _ in val], [l for _, l in val]
    if name in ("gnTsample", "gnSsample"):
        # GoogleNews titles (T) or snippets (S), 152 clusters: a news set run.sh does not evaluate; a seeded 3,000 sample.
        with open(os.path.join(data, "googlenews_tweet", name[2] + ".jsonl"), encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        rows = random.Random(0).sample(rows, 3000)
        return [r["text"] for r in rows], [r["cluster"] for r in rows]
    raise ValueError(name)


def main():
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1:] if "--" in argv else ["default"]
    argv = argv[:argv.index("--")] if "--" in argv else argv
    data, dll, work = argv[:3]
    seeds = [int(s) for s in argv[argv.index("--seeds") + 1].split(",")] if "--seeds" in argv else [42]
    sets = argv[argv.index("--sets") + 1].split(",") if "--sets" in argv else ["b77sample", "clincval"]
    os.makedirs(work, exist_ok=True)
    print("| set | variant | NMI per seed | mean NMI | mean ARI | mean CPU s |")
    print("|---|---|---|---|---|---|")
    for name in sets:
        texts, labels = load(data, name)
        k = len(set(labels))
        path = os.path.join(work, f"{name}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for t in texts:
                f.write(json.dumps({"text": t}) + "\n")
        if "--sklearn" in argv:
            from sklearn.cluster import KMeans
            from sklearn.decomposition import TruncatedSVD
            from sklearn.feature_extraction.text import TfidfVectorizer
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import Normalizer
            for tag, lsa in (("sklearn sparse", False), ("sklearn LSA 100", True)):
                nmis, aris, cpus = [], [], []
                for seed in seeds:
                    cpu = time.process_time()
                    x = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2).fit_transform(texts)
                    if lsa:
                        x = make_pipeline(TruncatedSVD(100, random_state=seed), Normalizer(copy=False)).fit_transform(x)
                    pred = KMeans(n_clusters=k, n_init=3, random_state=seed).fit_predict(x)
                    cpus.append(time.process_time() - cpu)
                    nmis.append(100 * normalized_mutual_info_score(labels, pred))
                    aris.append(100 * adjusted_rand_score(labels, pred))
                print(f"| {name} | {tag} | {' '.join(f'{v:.1f}' for v in nmis)} | {sum(nmis) / len(nmis):.2f} | {sum(aris) / len(aris):.2f} | {sum(cpus) / len(cpus):.2f} |", flush=True)
        for variant in extra:
            args = [] if variant == "default" else shlex.split(variant)
            nmis, aris, cpus = [], [], []
            for seed in seeds:
                out = os.path.join(work, f"{name}.pred")
                res = subprocess.run(["dotnet", dll, "themes", "--input", path, "--k", str(k), "--seed", str(seed), "--predictions", out, *args],
                                     check=True, capture_output=True, text=True)
                info = json.loads(res.stdout.strip().splitlines()[-1])
                with open(out, encoding="utf-8") as f:
                    pred = [int(line) for line in f if line.strip()]
                nmis.append(100 * normalized_mutual_info_score(labels, pred))
                aris.append(100 * adjusted_rand_score(labels, pred))
                cpus.append(info["cpu_seconds"])
            print(f"| {name} | {variant} | {' '.join(f'{v:.1f}' for v in nmis)} | {sum(nmis) / len(nmis):.2f} | {sum(aris) / len(aris):.2f} | {sum(cpus) / len(cpus):.2f} |", flush=True)


if __name__ == "__main__":
    main()
