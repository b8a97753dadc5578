# readme.sh — every command in README.md's ```sh blocks runs and exits 0.
# Set-up lines (make ...) and comments are skipped; the rest run in order, in
# one scratch folder holding links to corpus/ and tests/ (the truth of the
# bundled corpus), with `plandiff` on PATH.
. tests/lib.sh

bindir="$TEST_TMP/bin"
work="$TEST_TMP/work"
mkdir -p "$bindir" "$work"
ln -s "$PLANDIFF" "$bindir/plandiff"
ln -s "$PWD/corpus" "$work/corpus"
ln -s "$PWD/tests" "$work/tests"

n=0
while IFS= read -r cmd; do
  n=$((n + 1))
  (cd "$work" && PATH="$bindir:$PATH" bash -o pipefail -c "$cmd") >"$TEST_TMP/out" 2>"$TEST_TMP/err"
  status=$?
  if [ $status -eq 0 ] && ! grep -q Sanitizer "$TEST_TMP/err"; then
    pass "README example $n: $cmd"
  else
    fail "README example $n: $cmd" "exit $status" "$(head -c 1500 "$TEST_TMP/err")"
  fi
done < <(awk '/^```sh$/ {on = 1; next} /^```/ {on = 0} on' README.md |
  sed -e 's/^[[:space:]]*#.*$//' -e 's/[[:space:]][[:space:]]*#[[:space:]].*$//' | grep -v '^[[:space:]]*$' | grep -v '^[[:space:]]*make\b')

if [ $n -gt 0 ]; then pass "README has runnable examples ($n)"; else fail "README has runnable examples"; fi
