# hostile_output.sh — the report folder of `run` (issue 14, item 6): plan
# names unique and stable, the output folder never read back as plans, the
# set switched in whole (never half old after a kill, a smaller re-run or a
# second run at once), leftovers of killed runs removed.
. tests/lib.sh

T="$TEST_TMP"
# the set is switched in whole.
mkdir -p "$T/coll/a" "$T/coll/b"
for f in a/plan.txt b/plan.txt larvik.2023.txt larvik.2024.txt larvik.md; do cp corpus/naroysund-forebyggende-plan.txt "$T/coll/$f"; done
expect_status "five documents whose names collide" 0 "$PLANDIFF" run --quiet -o "$T/coll-out" "$T/coll"
n=$(ls "$T/coll-out/plans" | wc -l)
[ "$n" = 5 ] && pass "five documents give five plan files" || fail "five documents give five plan files" "$(ls "$T/coll-out/plans")"
ls "$T/coll-out/plans" >"$T/names1"
"$PLANDIFF" run --quiet -o "$T/coll-out" "$T/coll"
ls "$T/coll-out/plans" | cmp -s - "$T/names1" && pass "plan names are stable from run to run" || fail "plan names are stable from run to run"
expect_status "an output folder inside the corpus" 0 "$PLANDIFF" run --quiet -o "$T/coll/out" "$T/coll"
expect_status "run again with the output inside the corpus" 0 "$PLANDIFF" run --quiet -o "$T/coll/out" "$T/coll"
n=$(ls "$T/coll/out/plans" | wc -l)
[ "$n" = 5 ] && pass "the output folder is not read back as plans" || fail "the output folder is not read back as plans" "$n plans"
rm -rf "$T/coll/out"
# A smaller re-run leaves no stale page; leftovers of a killed run go.
mkdir -p "$T/shrink"
cp corpus/*.txt "$T/shrink/"
"$PLANDIFF" run --quiet -o "$T/shrink-out" "$T/shrink"
before=$(ls "$T/shrink-out/plans" | wc -l)
rm "$T/shrink/porsgrunn-forebyggende-plan.txt"
mkdir -p "$T/.shrink-out.plandiff-new-Xkilled"; : >"$T/shrink-out/index.html.tmp-abcdef"
expect_status "a smaller re-run" 0 "$PLANDIFF" run --quiet -o "$T/shrink-out" "$T/shrink"
after=$(ls "$T/shrink-out/plans" | wc -l)
[ "$after" -lt "$before" ] && ! ls "$T/shrink-out/plans" | grep -q porsgrunn && pass "a smaller re-run leaves no stale plan" || fail "a smaller re-run leaves no stale plan" "$before -> $after"
[ ! -e "$T/.shrink-out.plandiff-new-Xkilled" ] && [ ! -e "$T/shrink-out/index.html.tmp-abcdef" ] && pass "temporary files of earlier runs are cleaned" || fail "temporary files of earlier runs are cleaned"
# A symlinked OUT/plans is not followed.
mkdir -p "$T/elsewhere"
rm -rf "$T/shrink-out/plans"; ln -s "$T/elsewhere" "$T/shrink-out/plans"
expect_status "a run over an output folder whose plans/ is a link" 0 "$PLANDIFF" run --quiet -o "$T/shrink-out" "$T/shrink"
[ -z "$(ls "$T/elsewhere")" ] && [ ! -L "$T/shrink-out/plans" ] && pass "a linked plans/ is replaced, not written through" || fail "a linked plans/ is replaced, not written through"
# A folder plandiff did not write is never replaced.
mkdir -p "$T/mine"; echo precious >"$T/mine/notes.txt"
expect_status "an output folder holding other files" 1 "$PLANDIFF" run --quiet -o "$T/mine" "$T/shrink"
[ -f "$T/mine/notes.txt" ] && pass "a folder plandiff did not write is left alone" || fail "a folder plandiff did not write is left alone"
# Two runs at once on one folder: the second stops at once (the lock), and
# the lock is the run's own (worker processes do not keep it after a kill).
if [ "${PLANDIFF_VARIANT:-}" = release ]; then
  mkdir -p "$T/big"
  for i in $(seq 40); do cat corpus/porsgrunn-forebyggende-plan.txt; done >"$T/big/porsgrunn.txt"
  for i in $(seq 8); do cp "$T/big/porsgrunn.txt" "$T/big/p$i.txt"; done
  "$PLANDIFF" run --quiet --no-cache -o "$T/shrink-out" "$T/big" 2>/dev/null &
  pid=$!
  sleep 1
  expect_status "a second run on a folder being written stops" 1 timeout 20 "$PLANDIFF" run --quiet --no-cache -o "$T/shrink-out" "$T/shrink"
  expect_stderr "the lock is explained" "another plandiff run is writing this folder"
  kill -TERM $pid 2>/dev/null
  wait $pid 2>/dev/null
fi

# SIGKILL in the middle of a run: OUT still holds the whole earlier set, and
# nothing of the killed run is mixed in.
if [ "${PLANDIFF_VARIANT:-}" = release ]; then
  "$PLANDIFF" run --quiet -o "$T/killed" corpus/naroysund-forebyggende-plan.txt
  (cd "$T/killed" && find . -type f | sort | xargs sha256sum) >"$T/killed.before"
  "$PLANDIFF" run --quiet --no-cache -o "$T/killed" "$T/big" 2>/dev/null &
  pid=$!
  sleep 2
  kill -KILL $pid 2>/dev/null
  wait $pid 2>/dev/null
  (cd "$T/killed" && find . -type f | sort | xargs sha256sum) >"$T/killed.after"
  cmp -s "$T/killed.before" "$T/killed.after" && pass "SIGKILL leaves the earlier set whole and unmixed" || fail "SIGKILL leaves the earlier set whole and unmixed" "$(diff "$T/killed.before" "$T/killed.after" | head -5)"
  expect_status "a run after a killed one" 0 "$PLANDIFF" run --quiet -o "$T/killed" corpus/naroysund-forebyggende-plan.txt
  left=$(find "$T" -maxdepth 1 -name '.killed.plandiff-new-*')
  [ -z "$left" ] && pass "the next run removes what the killed run left" || fail "the next run removes what the killed run left" "$left"
fi
