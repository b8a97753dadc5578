# plandiff — build, test and report targets.
#
#   make deps reports   install what is missing (Debian) and render the bundled corpus
#   make check          every test, in the normal and the sanitizer build
#
# Object files live under build/<variant>/ so the normal and the sanitizer
# build never share an object.

PREFIX   ?= /usr/local
DESTDIR  ?=
CC       ?= cc
PKGS     := libxml-2.0 libxslt libexslt zlib libzip poppler-glib
VERSION  := $(shell cat VERSION 2>/dev/null || echo 0.0.0)

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

WARN     := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wformat=2 -Wvla
CSTD     := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
CFLAGS   ?= -O2 -g
ALL_CFLAGS = $(CSTD) $(WARN) $(CFLAGS) -Iinclude $(PKG_CFLAGS) \
             -DPLANDIFF_VERSION='"$(VERSION)"' -DPLANDIFF_DATADIR='"$(PREFIX)/share/plandiff"'
LDLIBS   := $(PKG_LIBS) -lm

SAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

LIB_SRC  := $(sort $(filter-out src/main.c,$(wildcard src/*.c)))
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))

REL_DIR  := build/release
SAN_DIR  := build/asan

REL_OBJ  := $(LIB_SRC:src/%.c=$(REL_DIR)/%.o)
SAN_OBJ  := $(LIB_SRC:src/%.c=$(SAN_DIR)/%.o)
REL_UNIT := $(UNIT_SRC:tests/unit/%.c=$(REL_DIR)/unit/%)
SAN_UNIT := $(UNIT_SRC:tests/unit/%.c=$(SAN_DIR)/unit/%)

.PHONY: all check check-release check-asan test-deps reports deps install uninstall clean-cache \
        clean format lint bench bench-render bench-hostile bench-national check-clang

all: plandiff

plandiff: $(REL_DIR)/plandiff
	cp $< $@

$(REL_DIR)/plandiff: $(REL_OBJ) $(REL_DIR)/main.o
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

$(SAN_DIR)/plandiff: $(SAN_OBJ) $(SAN_DIR)/main.o
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -o $@ $^ $(LDLIBS)

$(REL_DIR)/%.o: src/%.c $(wildcard include/*.h) | $(REL_DIR)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(SAN_DIR)/%.o: src/%.c $(wildcard include/*.h) | $(SAN_DIR)
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -c -o $@ $<

$(REL_DIR)/unit/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(REL_OBJ) | $(REL_DIR)/unit
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(REL_OBJ) $(LDLIBS)

$(SAN_DIR)/unit/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(SAN_OBJ) | $(SAN_DIR)/unit
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -Itests/unit -o $@ $< $(SAN_OBJ) $(LDLIBS)

$(REL_DIR) $(SAN_DIR) $(REL_DIR)/unit $(SAN_DIR)/unit:
	mkdir -p $@

# The whole suite runs twice: once on the normal build, once under
# AddressSanitizer + UndefinedBehaviorSanitizer. One summary line closes it.
check: plandiff $(REL_UNIT) $(SAN_DIR)/plandiff $(SAN_UNIT)
	@tests/run.sh release=$(REL_DIR) asan=$(SAN_DIR)

check-release: plandiff $(REL_UNIT)
	@tests/run.sh release=$(REL_DIR)

check-asan: $(SAN_DIR)/plandiff $(SAN_UNIT)
	@tests/run.sh asan=$(SAN_DIR)

# Reports for the bundled corpus (corpus/ -> reports/): plans, comparison,
# HTML pages and TSV/CSV tables.
reports: plandiff
	./plandiff run -o reports corpus

# Debian packages the build and the tests need; only the missing ones are installed.
DEB_PKGS := build-essential pkg-config libxml2-dev libxslt1-dev zlib1g-dev libxml2-utils \
            libzip-dev libpoppler-glib-dev \
            clang libclang-rt-14-dev valgrind python3 gzip chromium parallel poppler-utils
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	else echo "deps: all present"; fi

install: plandiff
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/plandiff/schema \
	  $(DESTDIR)$(PREFIX)/share/plandiff/xslt $(DESTDIR)$(PREFIX)/share/plandiff/thesaurus \
	  $(DESTDIR)$(PREFIX)/share/plandiff/data
	install -m 755 plandiff $(DESTDIR)$(PREFIX)/bin/plandiff
	install -d $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 644 man/plandiff.1 $(DESTDIR)$(PREFIX)/share/man/man1/plandiff.1
	install -m 644 schema/*.rng $(DESTDIR)$(PREFIX)/share/plandiff/schema/
	for f in xslt/*.xsl thesaurus/*.xml data/*.tsv; do [ -e "$$f" ] || continue; \
	  install -m 644 $$f $(DESTDIR)$(PREFIX)/share/plandiff/$$(dirname $$f)/; done

# The cache of normalised plans (`run`), at its default place; a cache given
# with --cache DIR is removed with rm -r DIR.
clean-cache:
	rm -rf "$${XDG_CACHE_HOME:-$$HOME/.cache}/plandiff"

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/plandiff
	rm -f $(DESTDIR)$(PREFIX)/share/man/man1/plandiff.1
	rm -rf $(DESTDIR)$(PREFIX)/share/plandiff

clean:
	rm -rf build plandiff tests/out

FORMAT_FILES := $(wildcard src/*.c include/*.h tests/unit/*.c tests/unit/*.h fuzz/*.c)
format:
	clang-format -i $(FORMAT_FILES)

# The sources compile clean under clang as well as gcc (tests/cli/compilers.sh
# runs this in make check).
check-clang:
	@for f in $(LIB_SRC) src/main.c tests/unit/*.c fuzz/*.c; do \
	  clang $(CSTD) $(WARN) -O2 -Iinclude -Itests/unit $(PKG_CFLAGS) -DPLANDIFF_VERSION='"clang"' \
	    -DPLANDIFF_DATADIR='"/"' -fsyntax-only $$f || exit 1; done

# lint also fails on a file 'make format' would change, and on a level or
# status word spelled outside the lexicon (tests/cli/domain_words.sh).
lint:
	clang-format --dry-run -Werror $(FORMAT_FILES)
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	  --inline-suppr --suppress=missingIncludeSystem -Iinclude src
	clang-tidy --quiet $(LIB_SRC) src/main.c -- $(CSTD) -Iinclude -DPLANDIFF_VERSION='"lint"' $(subst -I,-isystem ,$(PKG_CFLAGS))
	@! bash tests/cli/domain_words.sh | grep -A40 '^not ok' # level/status words only in the lexicon

# Throughput of each stage on the corpus concatenated BENCH_TIMES times,
# against baselines measured in the same run (see bench/run.sh).
BENCH_TIMES ?= 200
bench: plandiff
	bench/run.sh $(BENCH_TIMES)
	bench/render.sh
	bench/pdf.sh
	bench/national.sh

# The national benchmark alone: `run` on synthetic corpora of 36 and 357
# municipalities (bench/national-corpus.sh), a re-run after one plan
# changed, and cat / grep -F on the same bytes (see bench/national.sh).
bench-national: plandiff
	bench/national.sh

# Rendering alone at N = 36 and 357 municipalities; BASELINE_REF=<commit>
# measures that commit's plandiff in the same run.
bench-render: plandiff
	bench/render.sh

# Time and peak memory on the hostile inputs at full size (bench/hostile.sh).
bench-hostile: plandiff
	bench/hostile.sh

# Further targets (bench, fuzz, valgrind, browser tests) live in mk/*.mk.
-include $(sort $(wildcard mk/*.mk))
