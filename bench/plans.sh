#!/usr/bin/env bash
# bench/plans.sh — N synthetic municipalities' plans for the render benchmark.
#
#   bench/plans.sh N DIR     writes DIR/p001.xml ... (plan XML, schema/plan.rng)
#
# The four bundled plans are normalised once; copy i takes plan i mod 4,
# becomes municipality k<i> ("Kommune i") in one of eleven counties, and
# drops a varying share of its measures, so copies differ and the similarity
# between them spreads. Deterministic: the same N gives the same files.
set -eu
cd "$(dirname "$0")/.."
n=$1
dir=$2
bin=${PLANDIFF:-./plandiff}
export PLANDIFF_DATADIR=$PWD
mkdir -p "$dir/src"
sources=(larvik-forebyggende-plan-2024.md naroysund-forebyggende-plan.txt
  porsgrunn-forebyggende-plan.txt sandefjord-planprogram-forebyggende-arbeid.txt)
for s in "${sources[@]}"; do
  [ -s "$dir/src/$s.xml" ] || "$bin" normalise --quiet -o "$dir/src/$s.xml" "corpus/$s"
done
counties=(Agder Akershus Buskerud Finnmark Innlandet "Møre og Romsdal" Nordland Rogaland
  Telemark Trøndelag Vestfold)
for i in $(seq 1 "$n"); do
  out=$(printf '%s/p%03d.xml' "$dir" "$i")
  [ -s "$out" ] && continue
  src="$dir/src/${sources[$((i % 4))]}.xml"
  awk -v i="$i" -v county="${counties[$((i % 11))]}" '
    /<municipality / {
      printf "  <municipality id=\"k%03d\" name=\"Kommune %03d\" kommunenummer=\"%04d\" county=\"%s\"/>\n", i, i, 1000 + i, county
      next
    }
    /<measure / { m++; drop = ((m + i) % (2 + i % 5) == 0) }
    !drop { print }
    /<\/measure>/ { drop = 0 }
  ' "$src" >"$out"
done
