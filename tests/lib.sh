# tests/lib.sh — helpers for the shell tests in tests/cli/*.sh.
#
# Environment (set by tests/run.sh): PLANDIFF (the binary under test),
# PLANDIFF_VARIANT (release or asan), TEST_TMP (a fresh scratch folder),
# PLANDIFF_DATADIR (the source tree). Scripts run from the source tree.
# Each helper prints "ok - NAME" or "not ok - NAME" followed by details.
# UPDATE_GOLDEN=1 rewrites golden files instead of comparing (review the
# diff by eye before committing).

PLANDIFF=${PLANDIFF:-./plandiff}
TEST_TMP=${TEST_TMP:-$(mktemp -d)}
_script=$(basename "${BASH_SOURCE[1]:-$0}" .sh)

pass() { echo "ok - $_script: $1"; }
fail() {
  echo "not ok - $_script: $1"
  shift
  [ $# -gt 0 ] && printf '%s\n' "$@" | head -n 40 | sed 's/^/    /'
  return 0
}

# run CMD... : runs with stdout/stderr captured in $TEST_TMP/out, err; sets $status.
run() {
  "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
  status=$?
  if [ $status -ge 98 ] && [ "${PLANDIFF_VARIANT:-}" = asan ]; then
    echo "sanitizer report from: $*" >>"$TEST_TMP/err"
  fi
}

# expect_status NAME CODE CMD... : exit status is CODE (and no sanitizer report).
expect_status() {
  local name=$1 code=$2
  shift 2
  run "$@"
  if [ "$status" -eq "$code" ] && ! grep -q 'Sanitizer' "$TEST_TMP/err"; then
    pass "$name"
  else
    fail "$name" "exit $status, expected $code: $*" "$(head -c 2000 "$TEST_TMP/err")"
  fi
}

# expect_stderr NAME REGEX : the last run's stderr matches the extended REGEX.
expect_stderr() {
  if grep -Eq -- "$2" "$TEST_TMP/err"; then pass "$1"; else
    fail "$1" "stderr does not match /$2/:" "$(head -c 2000 "$TEST_TMP/err")"; fi
}

# expect_stdout NAME REGEX : the last run's stdout matches the extended REGEX.
expect_stdout() {
  if grep -Eq -- "$2" "$TEST_TMP/out"; then pass "$1"; else
    fail "$1" "stdout does not match /$2/:" "$(head -c 2000 "$TEST_TMP/out")"; fi
}

# expect_file_matches NAME FILE REGEX
expect_file_matches() {
  if [ -f "$2" ] && grep -Eq -- "$3" "$2"; then pass "$1"; else
    fail "$1" "$2 does not match /$3/"; fi
}

# expect_golden NAME GOLDEN : the last run's stdout equals the file GOLDEN.
# The provenance stamps (SHA-256 of the inputs and the thesaurus) are left
# out: tests/cli/stamps.sh checks them, and a golden file should not change
# with every edit of the thesaurus or of a corpus file.
expect_golden() {
  local name=$1 golden=$2
  sed -E -i 's/ (thesaurus-)?sha256="[0-9a-f]{64}"//g' "$TEST_TMP/out"
  if [ -n "${UPDATE_GOLDEN:-}" ] && [ "${PLANDIFF_VARIANT:-}" != asan ]; then
    mkdir -p "$(dirname "$golden")"
    cp "$TEST_TMP/out" "$golden"
    pass "$name (golden updated)"
  elif [ ! -f "$golden" ]; then
    fail "$name" "missing golden file $golden (run with UPDATE_GOLDEN=1, then review it)"
  elif cmp -s "$TEST_TMP/out" "$golden"; then
    pass "$name"
  else
    fail "$name" "output differs from $golden:" "$(diff -u "$golden" "$TEST_TMP/out" | head -n 30)"
  fi
}

# expect_valid NAME SCHEMA FILE : FILE validates against schema/SCHEMA.rng (xmllint).
expect_valid() {
  if xmllint --noout --relaxng "schema/$2.rng" "$3" >"$TEST_TMP/valid" 2>&1; then pass "$1"; else
    fail "$1" "$(head -n 10 "$TEST_TMP/valid")"; fi
}
