# scrm - social CRM filters. `make` builds, `make check` tests, `make demo` shows.
# A fresh Debian/Ubuntu machine gets its build dependencies installed by
# scripts/deps.sh (apt-get, as root or through sudo); elsewhere it prints
# the exact packages to install.

VERSION    = 0.1.0
PREFIX    ?= /usr/local
BINDIR     = $(PREFIX)/bin
MANDIR     = $(PREFIX)/share/man
DATADIR    = $(PREFIX)/share/scrm
BUILD     ?= build
CC        ?= cc
PKGS       = libcurl jansson libpcre2-8 zlib expat libutf8proc sqlite3 libcrypto
SAN       ?=

WARN       = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
# -O3: scrm-tone 5 to 9% faster, nothing else slower, same output (README.md, Speed).
OPT        = -O3 -g
ifeq ($(SAN),1)
OPT        = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
endif

# Profile-guided and link-time optimisation, PGO=1 (the default with GCC 11
# or later; README.md, "Set-up"): the tools are first built instrumented
# and run on a generated corpus (scripts/pgo-train.sh), then built again,
# in the same place (the profile of a file's static functions is keyed to
# its object's name), with the branch and call counts that run recorded.
# Any change to a source remakes the profile. PGO=0 builds in one pass
# (quicker while editing); SAN=1 implies it.
GCC_MAJOR := $(shell $(CC) -v 2>&1 | sed -n 's/^gcc version \([0-9]*\).*/\1/p')
PGO       ?= $(shell [ "$(GCC_MAJOR)" ] && [ "$(GCC_MAJOR)" -ge 11 ] && echo 1 || echo 0)
ifeq ($(SAN),1)
override PGO := 0
endif
ifeq ($(PGO),1)
OPT       += -flto=auto -fprofile-use -fprofile-partial-training -Wno-missing-profile
PGO_STAMP  = $(BUILD)/profile.stamp
AR         = gcc-ar
endif
ifeq ($(PGO),gen)
OPT       += -fprofile-generate -fprofile-update=single
endif
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS    ?=
CFLAGS    += -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) $(OPT) -Ilib \
             -DSCRM_VERSION='"$(VERSION)"' -DSCRM_DATADIR='"$(DATADIR)"' $(PKG_CFLAGS)
LDFLAGS   ?=
ifeq ($(SAN),1)
LDFLAGS   += -fsanitize=address,undefined
endif
ifneq ($(filter 1 gen,$(PGO)),)
LDFLAGS   += $(OPT)
endif
LDLIBS     = $(PKG_LIBS) -lm

# Objects are rebuilt when the flags they were built with change (PGO=0
# after PGO=1, another CC): the last build's flags are kept in a file.
FLAGS_FILE = $(BUILD)/flags$(if $(filter gen,$(PGO)),-gen)
FLAGS_NOW := $(CC) $(CFLAGS) | $(LDFLAGS)
ifneq ($(file < $(FLAGS_FILE)),$(FLAGS_NOW))
$(shell mkdir -p $(BUILD))
$(file > $(FLAGS_FILE),$(FLAGS_NOW))
endif

LIB_SRC    = $(sort $(wildcard lib/*.c))
LIB_OBJ    = $(LIB_SRC:lib/%.c=$(BUILD)/obj/%.o)
LIBSCRM    = $(BUILD)/libscrm.a
CMD_SRC    = $(sort $(wildcard cmd/scrm*.c))
TOOLS      = $(CMD_SRC:cmd/%.c=$(BUILD)/bin/%)
UNIT_SRC   = $(sort $(wildcard tests/unit/test_*.c))
UNITS      = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRC   = $(sort $(wildcard tests/fuzz/fuzz_*.c))
REPLAYS    = $(FUZZ_SRC:tests/fuzz/fuzz_%.c=$(BUILD)/tests/test_fuzz_%)
MANPAGES   = $(sort $(wildcard man/*.[1-9]))
DEPS_OK    = build/.deps-ok

.PHONY: all deps check check-fast lint demo bench install uninstall clean
.DELETE_ON_ERROR:

all: $(TOOLS)

# Checked once per machine: pkg-config modules and the tools the tests use.
$(DEPS_OK): scripts/deps.sh
	@sh scripts/deps.sh
	@mkdir -p $(@D) && touch $@

deps:
	@sh scripts/deps.sh

$(BUILD)/obj/%.o: lib/%.c $(PGO_STAMP) $(FLAGS_FILE) | $(DEPS_OK)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/cmdobj/%.o: cmd/%.c $(PGO_STAMP) $(FLAGS_FILE) | $(DEPS_OK)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(LIBSCRM): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

$(BUILD)/bin/%: $(BUILD)/cmdobj/%.o $(LIBSCRM)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $< $(LIBSCRM) $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIBSCRM) tests/unit/check.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(LIBSCRM) $(LDLIBS)

# The fuzz targets (make fuzz), each run on its kept inputs by make check.
$(BUILD)/tests/test_fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h $(LIBSCRM)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -DSCRM_FUZZ_TARGET='"$*"' -DSCRM_FUZZ_SRC='"$(CURDIR)"' -DSCRM_FUZZ_DATA='"$(CURDIR)/data"' \
		$(LDFLAGS) -o $@ $< tests/fuzz/replay.c $(LIBSCRM) $(LDLIBS)

ifeq ($(PGO),1)
# The instrumented build and its run; every object above waits for them.
$(PGO_STAMP): $(LIB_SRC) $(wildcard lib/*.h) $(CMD_SRC) bench/gencorpus.c scripts/pgo-train.sh Makefile | $(DEPS_OK)
	@echo "PGO: building the tools instrumented, then running them (PGO=0 skips this)"
	@rm -f $(BUILD)/obj/*.o $(BUILD)/cmdobj/*.o $(LIBSCRM) $(BUILD)/obj/*.gcda $(BUILD)/cmdobj/*.gcda \
		$(BUILD)/*.gcda
	@$(MAKE) --no-print-directory PGO=gen all $(BUILD)/gencorpus
	@sh scripts/pgo-train.sh $(BUILD)
	@# Instrumented binaries the final build is not asked for must not stay
	@# behind looking like the real ones (slow, and writing profiles).
	@rm -f $(TOOLS) $(BUILD)/gencorpus
	@touch $@
endif

-include $(LIB_OBJ:.o=.d) $(CMD_SRC:cmd/%.c=$(BUILD)/cmdobj/%.d)
-include $(sort $(wildcard mk/*.mk))

# The corpus generator too: tests/scripts/clean_memory.sh feeds scrm-clean from it.
tests-built: $(TOOLS) $(UNITS) $(REPLAYS) $(BUILD)/gencorpus

# The whole suite, then again under AddressSanitizer + UBSan; one summary line.
check: $(DEPS_OK)
	@$(MAKE) --no-print-directory tests-built
	@$(MAKE) --no-print-directory BUILD=build/asan SAN=1 tests-built
	@rm -f build/check-counts
	@sh tests/run.sh build plain build/check-counts || true
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
		sh tests/run.sh build/asan asan build/check-counts || true
	@sh tests/summary.sh build/check-counts

# Quick run without the sanitizer pass, of the build in $(BUILD).
check-fast: $(DEPS_OK)
	@$(MAKE) --no-print-directory tests-built
	@mkdir -p $(BUILD)
	@rm -f $(BUILD)/check-counts
	@sh tests/run.sh $(BUILD) plain $(BUILD)/check-counts || true
	@sh tests/summary.sh $(BUILD)/check-counts

lint:
	mandoc -Tlint -Wwarning $(MANPAGES)

demo: all
	@sh examples/demo.sh

bench: all
	@echo "bench: the tools of $(BUILD)/bin, built with PGO=$(PGO) (README.md, Set-up)"
	@for b in bench/*.sh; do [ -x "$$b" ] && BUILD=$(BUILD) sh "$$b" || true; done

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(DATADIR)
	install -m 755 $(TOOLS) $(DESTDIR)$(BINDIR)
	for m in $(MANPAGES); do \
		s=$${m##*.}; install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s/ || exit 1; done
	if [ -d data ]; then cp -R data/. $(DESTDIR)$(DATADIR)/; fi

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(BINDIR)/$${t##*/}; done
	for m in $(MANPAGES); do s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; done
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build demo-out
