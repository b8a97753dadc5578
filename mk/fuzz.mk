# mk/fuzz.mk — libFuzzer targets (clang). `make fuzz` builds them and runs
# each for FUZZ_SECONDS, seeded from corpus/ and the test fixtures; crashes
# land in build/fuzz/crash-* and belong in tests/fixtures/crashers/ (named
# read-*, normalise-*, pdf-* or xml-*, which tests/cli/crashers.sh replays).
# fuzz_plan reads its bytes as choices that build a valid plan (structure-
# aware), so it starts from no seeds but random bytes.
# Inputs are capped at FUZZ_MAX_LEN bytes: small inputs run ~5x faster than
# whole plans and reach the same code.
FUZZ_SECONDS ?= 60
FUZZ_MAX_LEN ?= 16384
FUZZ_DIR := build/fuzz
FUZZ_CFLAGS := $(CSTD) -Wall -Wextra -Werror -g -O1 -Iinclude $(PKG_CFLAGS) \
               -DPLANDIFF_VERSION='"fuzz"' -fsanitize=fuzzer-no-link,address,undefined
FUZZ_OBJ := $(LIB_SRC:src/%.c=$(FUZZ_DIR)/%.o)
FUZZ_TARGETS := fuzz_read fuzz_normalise fuzz_xml fuzz_pdf fuzz_plan

$(FUZZ_DIR)/%.o: src/%.c $(wildcard include/*.h) | $(FUZZ_DIR)
	clang $(FUZZ_CFLAGS) -c -o $@ $<

$(FUZZ_DIR)/fuzz_%: fuzz/fuzz_%.c $(FUZZ_OBJ) | $(FUZZ_DIR)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJ) $(LDLIBS)

$(FUZZ_DIR):
	mkdir -p $@

.PHONY: fuzz fuzz-build
fuzz-build: $(addprefix $(FUZZ_DIR)/,$(FUZZ_TARGETS))

fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  seeds=$(FUZZ_DIR)/corpus-$$t; mkdir -p $$seeds; \
	  if [ $$t = fuzz_xml ]; then cp tests/fixtures/plans/*.xml tests/golden/compare/*.xml $$seeds/ 2>/dev/null; \
	  elif [ $$t = fuzz_plan ]; then head -c 4096 /dev/urandom >$$seeds/random; \
	  elif [ $$t = fuzz_pdf ]; then cp tests/fixtures/formats/*.pdf tests/fixtures/crashers/pdf-* $$seeds/ 2>/dev/null; \
	  else cp corpus/*.txt corpus/*.md tests/fixtures/crashers/* $$seeds/ 2>/dev/null; fi; \
	  echo "== $$t for $(FUZZ_SECONDS) s"; \
	  (cd $(FUZZ_DIR) && PLANDIFF_DATADIR=$(CURDIR) ASAN_OPTIONS=detect_leaks=1 \
	    ./$$t -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAX_LEN) -timeout=30 -rss_limit_mb=4096 \
	    -dict=$(CURDIR)/fuzz/read.dict -artifact_prefix=crash-$$t- corpus-$$t) || exit 1; \
	done
