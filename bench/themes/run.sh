#!/usr/bin/env bash
# PoPath themes vs scikit-learn (TF-IDF + KMeans) on Banking77, CLINC150, StackOverflow and Tweet, in one run.
# Usage: bench/themes/run.sh [DATA_DIR] [extra args for themes.py, e.g. --sets banking77,tweet --skip-auto]
# Needs Debian's python3-sklearn (apt-get install python3-sklearn). Prints a Markdown table (see docs/benchmarks/themes.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
data="${1:-$repo/../shared/data/feedback}"
shift || true
if [ ! -d "$data/banking77" ]; then
  echo "themes bench: no feedback data at $data (see ../shared/data/feedback/README.md); skipped" >&2
  exit 0
fi
# The first python3 on PATH that has scikit-learn (Debian's lives in /usr/bin).
py=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c "import sklearn" 2>/dev/null; then py="$candidate"; break; fi
done
if [ -z "$py" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "themes bench: installing Debian's python3-sklearn" >&2
  apt-get install -y -q python3-sklearn >&2 || { apt-get update -q >&2 && apt-get install -y -q python3-sklearn >&2; }
  /usr/bin/python3 -c "import sklearn" 2>/dev/null && py=/usr/bin/python3
fi
if [ -z "$py" ]; then
  echo "themes bench: scikit-learn not found; install python3-sklearn (apt-get install python3-sklearn)" >&2
  exit 2
fi
dotnet build "$repo/bench/PoPath.Eval" -c Release -v q -nologo >&2
dll="$repo/bench/PoPath.Eval/bin/Release/net10.0/PoPath.Eval.dll"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$py" "$here/themes.py" "$data" "$dll" "$work" "$@"
