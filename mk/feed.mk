# The feed parser on its own (tools/feedparse.c, not installed): the driver of
# the feedparser conformance test and of the parse-speed benchmark.
#   make feed-conformance   the corpus figures, with every failing expectation listed

FEED_CORPUS ?= ../shared/conformance/feedparser

.PHONY: feed-conformance

$(BUILD)/feedparse: tools/feedparse.c $(LIBSCRM)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIBSCRM) $(LDLIBS)

tests-built: $(BUILD)/feedparse
bench: $(BUILD)/feedparse

feed-conformance: $(BUILD)/feedparse
	python3 scripts/feed/conformance.py -v $(BUILD)/feedparse $(FEED_CORPUS)
