# man.sh — the manual page keeps step with the program: every command has a
# section in man/plandiff.1 naming every option 'plandiff help COMMAND'
# lists, and no option the command lacks; the page renders without warnings
# and `man plandiff` finds it after `make install`; the manifest's columns
# are the same in 'plandiff help manifest', the man page and the README.
. tests/lib.sh
[ "${PLANDIFF_VARIANT:-}" = release ] || exit 0 # the text does not depend on the build

page=man/plandiff.1
# The roff of one command's section: from ".SS NAME" to the next ".S".
section() { awk -v c="$1" '/^\.S[SH] /{on = ($1 == ".SS" && $2 == c)} on' "$page"; }
# Long options in roff (\-\-name) or plain text (--name), one a line.
roff_opts() { grep -o '\\-\\-[a-z-]*\(\\-[a-z]*\)*' | sed 's/\\//g' | sort -u; }
help_opts() { grep -oE '^\s+(-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' | sort -u; }
commands=$("$PLANDIFF" help | awk '/^Commands:/{on=1; next} /^$/{on=0} on {print $1}')
[ -n "$commands" ] && pass "the general help lists the commands" || fail "the general help lists the commands"
for c in $commands; do
  s=$(section "$c")
  if [ -z "$s" ]; then fail "man page has a section for $c"; continue; fi
  want=$("$PLANDIFF" help "$c" | help_opts)
  have=$(printf '%s\n' "$s" | roff_opts)
  [ "$want" = "$have" ] && pass "man page names exactly the options of $c" ||
    fail "man page names exactly the options of $c" "help: $(echo $want)" "man:  $(echo $have)"
  usage=$("$PLANDIFF" help "$c" | head -n 1 | sed "s/^Usage: plandiff $c //")
  roff=$(printf '%s\n' "$s" | head -n 1 | sed -e "s/^\.SS $c //" -e 's/\\//g')
  [ "$usage" = "$roff" ] && pass "man page shows the usage of $c" || fail "man page shows the usage of $c" "$usage" "$roff"
done
if command -v man >/dev/null; then
  warnings=$(MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] && pass "man page renders without warnings" || fail "man page renders without warnings" "$warnings"
  dest="$TEST_TMP/root"
  make -s install DESTDIR="$dest" PREFIX=/opt/pd >"$TEST_TMP/log" 2>&1
  out=$(MANWIDTH=80 man -M "$dest/opt/pd/share/man" plandiff 2>&1)
  grep -qE 'plandiff +- +read, +normalise' <<<"$out" &&
    pass "man plandiff works after make install" || fail "man plandiff works after make install" "$out"
fi

# The manifest, documented alike in three places.
expect_status "plandiff help manifest" 0 "$PLANDIFF" help manifest
cols=$(awk '/^Columns:/{on=1; next} /^$/{on=0} on && /^  [a-z_]+ /{print $1}' "$TEST_TMP/out")
[ "$(echo $cols)" = "file municipality name kommunenummer county doc_type year" ] &&
  pass "help manifest names the columns" || fail "help manifest names the columns" "$cols"
readme=$(awk '/^### The manifest/{on=1; next} /^##/{on=0} on' README.md)
man_manifest=$(awk '/^\.SH MANIFEST/{on=1; next} /^\.SH /{on=0} on' "$page")
for col in $cols; do
  grep -q "\`$col\`" <<<"$readme" && pass "README documents column $col" || fail "README documents column $col"
  grep -q "^\.BR* $col" <<<"$man_manifest" && pass "man page documents column $col" ||
    fail "man page documents column $col"
done
# Each column the reader looks for (src/manifest.c) is documented.
for col in $(grep -oE '\{&meta->[a-z_]+, "[a-z_]+"' src/manifest.c | sed 's/.*, "//; s/"//'); do
  grep -qw "$col" <<<"$cols" && pass "manifest.c's column $col is documented" ||
    fail "manifest.c's column $col is documented"
done
expect_status "an unknown help topic is a usage error" 2 "$PLANDIFF" help nosuch
