#!/usr/bin/env bash
# Wall time of `jiaodui check --json` over 1,000 pages against one pass of OpenCC's C++ converter
# (`opencc -c t2s.json`) over the same bytes, side by side in one run, model loading counted in both
# (each is a fresh process). The pages are made at run time from a corpus folder of .txt articles (page k
# is article k and the one after it, in name order), in a temporary folder that is removed afterwards;
# no corpus text is kept. The two commands alternate, ROUNDS times each, and every time is printed.
#
# Usage: src/test/scripts/check-vs-opencc.sh CORPUS [ROUNDS]   (after `mvn package`; needs opencc on PATH:
#        Debian/Ubuntu `apt-get install opencc`)
set -euo pipefail
corpus=${1:?usage: $0 CORPUS [ROUNDS]}
rounds=${2:-3}
pages=1000
jar=$(cd "$(dirname "$0")/../../.." && pwd)/target/jiaodui.jar
[ -f "$jar" ] || { echo "no $jar: run mvn package first" >&2; exit 1; }
command -v opencc >/dev/null || { echo "opencc not found (apt-get install opencc)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/pages"
mapfile -t articles < <(find "$corpus" -name '*.txt' ! -name 'README*' | LC_ALL=C sort)
n=${#articles[@]}
[ "$n" -gt 0 ] || { echo "no .txt articles under $corpus" >&2; exit 1; }
for ((k = 0; k < pages; k++)); do
    { cat "${articles[k % n]}"; printf '\n\n'; cat "${articles[(k + 1) % n]}"; } > "$work/pages/$(printf 'page-%04d.txt' "$k")"
done
# the same bytes for OpenCC: the pages one after another
cat "$work"/pages/page-*.txt > "$work/all.txt"
echo "$pages pages, $(wc -c < "$work/all.txt") bytes, $(wc -m < "$work/all.txt") characters (from $n articles)"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
for ((r = 1; r <= rounds; r++)); do
    t=$(date +%s%N)
    java -jar "$jar" check --json "$work/pages" > "$work/check.json"
    check=$(ms "$t")
    t=$(date +%s%N)
    opencc -c t2s.json -i "$work/all.txt" -o "$work/all.s2.txt"
    cc=$(ms "$t")
    echo "round $r: jiaodui check --json ${check} ms   opencc -c t2s.json ${cc} ms"
done
