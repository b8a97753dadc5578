# install.sh — `make install` honours PREFIX and DESTDIR, and the installed
# program finds its data files without help.
. tests/lib.sh
[ "${PLANDIFF_VARIANT:-}" = release ] || exit 0 # the install copies the release binary

dest="$TEST_TMP/root"
if make -s install DESTDIR="$dest" PREFIX=/opt/pd >"$TEST_TMP/log" 2>&1; then pass "make install runs"; else
  fail "make install runs" "$(tail -n 20 "$TEST_TMP/log")"; fi
for f in bin/plandiff share/plandiff/schema/document.rng share/plandiff/schema/plan.rng \
  share/plandiff/data/kommuner.tsv; do
  if [ -e "$dest/opt/pd/$f" ]; then pass "installed $f"; else fail "installed $f"; fi
done
# No PLANDIFF_DATADIR: the installed binary must find ../share/plandiff itself.
(cd "$TEST_TMP" && env -u PLANDIFF_DATADIR "$dest/opt/pd/bin/plandiff" read -o doc.xml "$OLDPWD/corpus/naroysund-forebyggende-plan.txt") >"$TEST_TMP/out" 2>"$TEST_TMP/err"
if [ $? -eq 0 ] && [ -s "$TEST_TMP/doc.xml" ]; then pass "installed plandiff finds its data"; else
  fail "installed plandiff finds its data" "$(cat "$TEST_TMP/err")"; fi
if make -s uninstall DESTDIR="$dest" PREFIX=/opt/pd >/dev/null 2>&1 && [ ! -e "$dest/opt/pd/bin/plandiff" ]; then
  pass "make uninstall removes it"; else fail "make uninstall removes it"; fi
