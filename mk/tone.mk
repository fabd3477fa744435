# scrm-tone: `make model` rebuilds data/tone/model.bin from the train splits
# of XLM-T (French and English tweets, Apache-2.0) and VADER's gold-standard
# tweets (English, MIT) in ../shared/data/tone;
# `make eval` prints the accuracy table against the peers on the dev splits
# (allocine's included: it is used for evaluation only) and on VADER's sets
# of other genres, which no model learns from. Both need ../shared and
# python3; eval also uses node/npm for the peers when present.
# TONE_TRAIN_EXTRA=allocine also trains on allocine's train split: for users
# who have the rights to it; the shipped model must not (its licence,
# "research data", is not one we may ship model data from).
TONE_SHARED ?= ../shared/data/tone
TONE_TRAIN_EXTRA ?=

.PHONY: model eval

model: $(BUILD)/bin/scrm-tone
	@if [ -d "$(TONE_SHARED)/xlmt-fr" ]; then \
		python3 scripts/tone/mkdata.py $(TONE_SHARED) $(BUILD)/tone $(TONE_TRAIN_EXTRA) && \
		SCRM_DATADIR=$(CURDIR)/data $(BUILD)/bin/scrm-tone --no-model \
			--train $(BUILD)/tone/train.ndjson -o data/tone/model.bin && \
		echo "data/tone/model.bin rebuilt from xlmt-fr, xlmt-en (train splits), VADER's tweets $(TONE_TRAIN_EXTRA) in $(TONE_SHARED)"; \
	else echo "model: skipped ($(TONE_SHARED) not found)"; fi

eval: $(BUILD)/bin/scrm-tone
	@SCRM_DATADIR=$(CURDIR)/data sh scripts/tone/eval.sh $(BUILD)/bin $(TONE_SHARED) $(BUILD)/tone
