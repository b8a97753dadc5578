#!/usr/bin/env bash
# bench/national-corpus.sh — a synthetic national corpus: one prevention
# plan for each of the first N municipalities of data/kommuner.tsv (real
# names, kommunenummer and counties), made from the bundled texts.
#
#   bench/national-corpus.sh [N [DIR]]   (default 357 into build/bench/national-N)
#
# Writes DIR/NNNN-slug.txt and DIR/MANIFEST.tsv. Document i is bundled plan
# i mod 4 with the source municipality's name replaced by municipality i's,
# followed by an extra passage of about 200 lines from another bundled plan
# (its start shifted with i), so documents differ in length and content and
# the similarity between them spreads. Deterministic: the same N gives the
# same bytes, so runs and re-runs measure the same input. Prints DIR.
set -eu
cd "$(dirname "$0")/.."
n=${1:-357}
dir=${2:-build/bench/national-$n}
mkdir -p "$dir"
if [ -s "$dir/MANIFEST.tsv" ] && [ "$(($(wc -l <"$dir/MANIFEST.tsv") - 1))" = "$n" ]; then
  echo "$dir"
  exit 0
fi
rm -f "$dir"/*.txt "$dir/MANIFEST.tsv"
LC_ALL=C.UTF-8 awk -v n="$n" -v dir="$dir" -F '\t' '
  function slug(s,   t) { # pd_slug: æ->ae, ø->o, å->a, other runs -> "-"
    t = tolower(s)
    gsub(/æ|Æ/, "ae", t); gsub(/ø|Ø/, "o", t); gsub(/å|Å/, "a", t)
    gsub(/[^a-z0-9]+/, "-", t); gsub(/^-|-$/, "", t)
    return t
  }
  FILENAME ~ /kommuner\.tsv$/ {
    if ($0 ~ /^#/ || $1 == "kommunenummer") next
    if (nk >= n) next
    name = $2; sub(/ - .*/, "", name)
    nk++; num[nk] = $1; nm[nk] = name; county[nk] = $4
    next
  }
  { # the four bundled plans, line by line
    if (FNR == 1) { src++; from[src] = (src == 1 ? "Larvik" : src == 2 ? "Nærøysund" : src == 3 ? "Porsgrunn" : "Sandefjord") }
    text[src, FNR] = $0; lines[src] = FNR
  }
  END {
    if (nk < n) { printf "national-corpus: data/kommuner.tsv has only %d municipalities\n", nk > "/dev/stderr"; exit 2 }
    man = dir "/MANIFEST.tsv"
    print "file\tmunicipality\tname\tkommunenummer\tcounty\tdoc_type\tyear" > man
    for (i = 1; i <= n; i++) {
      s = i % 4 + 1; e = (i + 1) % 4 + 1
      id = slug(nm[i]); file = num[i] "-" id ".txt"; out = dir "/" file
      printf "%s\t%s\t%s\t%s\t%s\tplan\t%d\n", file, id, nm[i], num[i], county[i], 2020 + i % 6 > man
      for (l = 1; l <= lines[s]; l++) { t = text[s, l]; gsub(from[s], nm[i], t); print t > out }
      print "" > out
      start = 1 + (i * 37) % (lines[e] > 200 ? lines[e] - 200 : 1)
      for (l = start; l < start + 200 && l <= lines[e]; l++) { t = text[e, l]; gsub(from[e], nm[i], t); print t > out }
      close(out)
    }
    close(man)
  }
' data/kommuner.tsv corpus/larvik-forebyggende-plan-2024.md corpus/naroysund-forebyggende-plan.txt \
  corpus/porsgrunn-forebyggende-plan.txt corpus/sandefjord-planprogram-forebyggende-arbeid.txt
echo "$dir"
