# Benchmark helpers of the record layer (not installed).
$(BUILD)/bench-splice: bench/splice.c $(LIBSCRM)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIBSCRM) $(LDLIBS)

bench: $(BUILD)/bench-splice
