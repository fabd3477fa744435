# scrm-tone: `make model` rebuilds data/tone/model.bin from the train splits
# in ../shared/data/tone; `make eval` prints the accuracy table against the
# peers on the dev splits. Both need ../shared and python3; eval also uses
# node/npm for the peers when present.
TONE_SHARED ?= ../shared/data/tone

.PHONY: model eval

model: $(BUILD)/bin/scrm-tone
	@if [ -d "$(TONE_SHARED)/xlmt-fr" ]; then \
		python3 scripts/tone/mkdata.py $(TONE_SHARED) $(BUILD)/tone && \
		SCRM_DATADIR=$(CURDIR)/data $(BUILD)/bin/scrm-tone --no-model \
			--train $(BUILD)/tone/train.ndjson -o data/tone/model.bin && \
		echo "data/tone/model.bin rebuilt from $(TONE_SHARED)"; \
	else echo "model: skipped ($(TONE_SHARED) not found)"; fi

eval: $(BUILD)/bin/scrm-tone
	@SCRM_DATADIR=$(CURDIR)/data sh scripts/tone/eval.sh $(BUILD)/bin $(TONE_SHARED) $(BUILD)/tone
