# make fuzz: coverage-guided fuzzing (libFuzzer, clang) of what reads
# untrusted bytes - the record layer, scrm-tone's and scrm-clean's record
# paths, feeds and API responses, CSV, the text helpers, the files users
# hand the tools (rules, models, lexicons, --seen state, lists) - under
# AddressSanitizer and UBSan. Not part of `make check`: a fuzz run finds
# what it finds in the time it is given. The input that broke a target is
# kept in $(FUZZ_DIR)/crash/TARGET/ (crash-*, leak-*, timeout-*, oom-*),
# and the inputs found along the way grow $(FUZZ_DIR)/corpus/TARGET/ from
# one run to the next. An input worth keeping goes to tests/fuzz/regress/,
# which make check replays.
#   make fuzz [FUZZ_TARGETS="tone clean"] [FUZZ_SECONDS=60] [FUZZ_JOBS=2]
FUZZ_CC      ?= clang
FUZZ_DIR      = $(BUILD)/fuzz
FUZZ_TARGETS ?= record tone clean feed csv text files
FUZZ_SECONDS ?= 60
FUZZ_JOBS    ?= 2
FUZZ_CFLAGS   = -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined \
                -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilib $(PKG_CFLAGS) \
                -DSCRM_VERSION='"$(VERSION)"' -DSCRM_DATADIR='"$(DATADIR)"' \
                -DSCRM_FUZZ_SRC='"$(CURDIR)"' -DSCRM_FUZZ_DATA='"$(CURDIR)/data"'
FUZZ_OBJ      = $(LIB_SRC:lib/%.c=$(FUZZ_DIR)/obj/%.o)
FUZZ_BINS     = $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)

$(FUZZ_DIR)/obj/%.o: lib/%.c | $(DEPS_OK)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -MMD -MP -c -o $@ $<

$(FUZZ_DIR)/libscrm.a: $(FUZZ_OBJ)
	rm -f $@
	ar rcs $@ $(FUZZ_OBJ)

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_DIR)/libscrm.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_DIR)/libscrm.a $(LDLIBS)

-include $(FUZZ_OBJ:.o=.d)

fuzz-built:
	@command -v $(FUZZ_CC) >/dev/null 2>&1 || { echo "make fuzz needs clang (Debian: apt-get install clang)" >&2; exit 2; }
	@$(MAKE) --no-print-directory $(FUZZ_BINS)

fuzz: fuzz-built
	@sh tests/fuzz/run.sh "$(FUZZ_DIR)" "$(FUZZ_SECONDS)" "$(FUZZ_JOBS)" $(FUZZ_TARGETS)

.PHONY: fuzz fuzz-built
