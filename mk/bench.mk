# The synthetic corpus generator behind `make bench` (bench/gencorpus.c; not installed).
# It needs nothing but libc, so it builds without libscrm.
$(BUILD)/gencorpus: bench/gencorpus.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ bench/gencorpus.c

bench: $(BUILD)/gencorpus
