#!/usr/bin/env bash
# tests/run.sh — runs the whole suite against one or more builds.
#
#   tests/run.sh release=build/release asan=build/asan
#
# For each build: the C unit tests (build/<v>/unit/test_*) and every shell
# test script tests/cli/*.sh (which use tests/lib.sh). Each test prints
# "ok - NAME" or "not ok - NAME"; a unit binary that dies without saying so
# counts as one failure. The last line is "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
root=$PWD
export PLANDIFF_DATADIR="$root"
export LC_ALL=C.UTF-8
# Leaks are errors in the sanitizer build; libxml2's global state is freed
# by xmlCleanupParser at exit.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:exitcode=99"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=98"

passed=0
failed=0
failures=()

tally() { # reads test lines from stdin, echoes them, counts them
  local variant=$1 line last_failed=""
  while IFS= read -r line; do
    case "$line" in
      "ok - "*) last_failed=""; passed=$((passed + 1)); [ -n "${VERBOSE:-}" ] && echo "[$variant] $line" ;;
      "not ok - "*) last_failed=1; failed=$((failed + 1)); failures+=("[$variant] ${line#not ok - }"); echo "[$variant] $line" ;;
      *) [ -n "$last_failed" ] || [ -n "${VERBOSE:-}" ] && echo "[$variant]   $line" ;;
    esac
  done
}

for spec in "$@"; do
  variant=${spec%%=*}
  dir=${spec#*=}
  export PLANDIFF="$root/$dir/plandiff"
  export PLANDIFF_VARIANT="$variant"
  echo "== $variant build ($dir)"
  # every unit test source has its binary, built after it: one that failed
  # to build (or was left from an older build) fails instead of being
  # skipped
  for src in tests/unit/test_*.c; do
    bin="$dir/unit/$(basename "$src" .c)"
    if [ ! -x "$bin" ] || [ "$src" -nt "$bin" ]; then
      tally "$variant" <<<"not ok - $(basename "$src" .c) is not built from its current source"
    fi
  done
  for unit in "$dir"/unit/test_*; do
    [ -x "$unit" ] || continue
    [ -f "tests/unit/$(basename "$unit").c" ] || continue # a binary whose source is gone
    errlog=$(mktemp)
    out=$("$unit" 2>"$errlog")
    status=$?
    tally "$variant" < <(printf '%s\n' "$out")
    if [ $status -ne 0 ]; then
      tally "$variant" <<<"not ok - $(basename "$unit") exited with status $status"
      tail -n 30 "$errlog" | sed 's/^/    /'
    fi
    rm -f "$errlog"
  done
  for script in tests/cli/*.sh; do
    [ -f "$script" ] || continue
    work=$(mktemp -d)
    # Each script gets its own cache of plans (never the user's).
    tally "$variant" < <(TEST_TMP="$work" XDG_CACHE_HOME="$work/.cache" bash "$script" 2>&1)
    rm -rf "$work"
  done
done

if [ $failed -gt 0 ]; then
  echo
  echo "Failures:"
  printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
