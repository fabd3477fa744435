# The synthetic corpus generator behind `make bench` (bench/gencorpus.c; not installed).
$(BUILD)/gencorpus: bench/gencorpus.c $(LIBSCRM)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ bench/gencorpus.c $(LIBSCRM) $(LDLIBS)

bench: $(BUILD)/gencorpus
