# tests/hostile_inputs.sh — generators of the large hostile inputs, shared by
# tests/cli/hostile.sh (correctness, hang guards) and bench/hostile.sh (time
# and memory at full size), so both measure the same text. Source it.

# numbered_rows N: a measure table of N rows differing only in a number.
numbered_rows() {
  awk -v n="$1" 'BEGIN { print "Tiltak\tStatus\tForebyggingsniv\303\245"; for (i = 0; i < n; i++) printf "Tiltak nummer %d for barn\tP\303\245g\303\245ende\tUniversell\n", i }'
}

# dense_names LINES: one paragraph with no full stop, a programme every few
# words (LINES lines of 30 repeats; 3000 lines are about 3 MB).
dense_names() {
  awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) { for (j = 0; j < 30; j++) printf "COS-P TIBIR barnevern universell "; printf "\n" } }'
}
