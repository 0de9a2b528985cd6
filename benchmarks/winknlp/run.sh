#!/usr/bin/env bash
# Times wink-nlp (+ wink-eng-lite-web-model) against `./dateline analyze` on the same texts (default: the
# PolNeAR train texts) and reports the ratio of CPU seconds (user + system, start-up and model loading included).
# wink-nlp is installed from npm into benchmarks/winknlp/node_modules (gitignored) on first use.
# Usage: benchmarks/winknlp/run.sh [TEXT_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="${1:-$root/../shared/corpora/quotes/polnear/data/train/text}"
[ -d "$corpus" ] || { echo "corpus folder $corpus not found (it lives in ../shared/corpora)" >&2; exit 2; }
if [ ! -d "$here/node_modules/wink-nlp" ] || [ ! -d "$here/node_modules/wink-eng-lite-web-model" ]; then
  (cd "$here" && npm install --no-package-lock --no-audit --no-fund --silent >&2)
fi

read -r wink_cpu files words < <(node "$here/run.js" "$corpus")

"$root/dateline" --help > /dev/null   # build first, so the build is not timed
mapfile -t inputs < <(find "$corpus" -type f | sort)
timing="$(mktemp)"
# PolNeAR texts carry no date line; give the one the benchmark harness uses. A failing article still counts.
/usr/bin/time -f "%U %S" -o "$timing" "$root/dateline" analyze --date 2016-11-01 --format jsonl "${inputs[@]}" > /dev/null || true
read -r user sys < <(tail -n 1 "$timing")
rm -f "$timing"
dateline_cpu="$(echo "$user + $sys" | bc)"

echo "texts: $files files, $words words ($corpus)"
echo "wink-nlp:          ${wink_cpu} CPU s"
echo "dateline analyze:  ${dateline_cpu} CPU s"
echo "ratio dateline/wink-nlp: $(echo "scale=2; $dateline_cpu / $wink_cpu" | bc)"
