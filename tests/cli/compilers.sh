# compilers.sh — the sources build clean (-Wall -Wextra -Werror) under clang
# as well as gcc (the suite itself is built with the default cc). Run once,
# in the release pass.
. tests/lib.sh

[ "${PLANDIFF_VARIANT:-}" = asan ] && exit 0
if ! command -v clang >/dev/null; then
  fail "clang is installed (make deps)"
elif make -s check-clang >"$TEST_TMP/clang.log" 2>&1; then
  pass "sources compile clean under clang"
else
  fail "sources compile clean under clang" "$(head -c 3000 "$TEST_TMP/clang.log")"
fi
