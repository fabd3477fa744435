#!/bin/sh
# scrm-clean --seen and --counts: duplicate memory across runs (written
# atomically), copies counted per original, a bad memory file refused.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

t="Le nouveau forfait Nuvia est vraiment trop cher pour ce qu'il offre"
printf '{"id":"a","author":{"id":"1"},"text":"%s"}\n{"id":"b","author":{"id":"2"},"text":"RT @u1: %s"}\n' "$t" "$t" >day1.ndjson
printf '{"id":"c","author":{"id":"3"},"text":"%s https://t.example/x"}\n{"id":"a","author":{"id":"1"},"text":"%s"}\n{"id":"d","author":{"id":"4"},"text":"Un tout autre sujet, sans aucun rapport avec le reste"}\n' "$t" "$t" >day2.ndjson

scrm-clean --no-lang --seen seen --counts counts1 day1.ndjson >out1 2>err
check_eq "first run: status 0" 0 $?
check_eq "seen file written, with its header" "scrm-clean-seen 3" "$(head -n 1 seen)"
check_eq "one original remembered (and a copy's id)" "2 1" "$(grep -vc '^+ ' seen) $(grep -c '^+ ' seen)"
check_eq "counts: the original and its copies" '{"id":"a","copies":1}' "$(cat counts1)"
check "no temporary file left beside the seen file" test "$(ls | grep seen | grep -vc '\.lock$')" = 1
check "its lock file left beside it (removing it would let two runs lock two files)" test -f seen.lock

scrm-clean --no-lang --seen seen --counts counts2 day2.ndjson >out2 2>err
check_eq "second run: status 0" 0 $?
check_eq "second run knows the first: c is a near copy of a, a was already emitted, d is new" \
	'near:a id:a -' "$(sed -e 's/.*"dup":"\([a-z]*\)","dup_of":"\([a-z]*\)".*/\1:\2/' -e 's/^{.*/-/' out2 | tr '\n' ' ' | sed 's/ $//')"
check_eq "counts are per run" '{"id":"a","copies":1}' "$(cat counts2)"
check_eq "seen file grows with the new original" 3 "$(grep -vc '^+ ' seen)"

scrm-clean --no-lang --seen seen --window 1 day2.ndjson >/dev/null 2>err
check_eq "--window 1 keeps one original" 2 "$(wc -l <seen | tr -d ' ')"

echo garbage >bad
scrm-clean --no-lang --seen bad day1.ndjson >/dev/null 2>err
check_eq "a bad seen file: status 2" 2 $?
check_eq "a bad seen file: named" "scrm-clean: bad: not a scrm-clean seen file" "$(cat err)"
check_eq "a bad seen file is left alone" garbage "$(cat bad)"

printf '{"id":"e","created_at":"2026-11-01T00:00:00Z","author":{"id":"5"},"text":"%s"}\n{"id":"f","created_at":"2026-11-03T00:00:00Z","author":{"id":"6"},"text":"%s"}\n' "$t" "$t" >late.ndjson
scrm-clean --no-lang --window 24h late.ndjson >out3
check_eq "--window 24h: a copy two days later is not a duplicate" 0 "$(grep -c '"dup"' out3)"
scrm-clean --no-lang --window 72h late.ndjson >out3
check_eq "--window 72h: it is" 1 "$(grep -c '"dup":"near"' out3)"

# One run at a time on a seen file: a second run while the first is still
# reading (a FIFO held open) stops at once, status 3, and touches nothing;
# once the first is done, the next run goes ahead. The lock is
# seen.lock's, not a flock(1) wrapper's on the same file.
rm -f held held.lock held.fifo
mkfifo held.fifo
scrm-clean --no-lang --seen held <held.fifo >held.out 2>held.err &
first=$!
exec 4>held.fifo
i=0
while [ ! -e held.lock ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
printf '%s\n' "{\"id\":\"z1\",\"text\":\"$t\"}" >&4
scrm-clean --no-lang --seen held day1.ndjson >second.out 2>second.err
check_eq "seen file in use: status 3" 3 $?
check_eq "seen file in use: said" "scrm-clean: held: in use by another run (held.lock is locked); one run at a time" "$(cat second.err)"
check_eq "seen file in use: no output" "" "$(cat second.out)"
exec 4>&-
wait $first
check_eq "the first run: status 0" 0 $?
check_eq "the first run: its original remembered (header and one line)" 2 "$(wc -l <held | tr -d ' ')"
scrm-clean --no-lang --seen held day1.ndjson >/dev/null 2>err
check_eq "after it: the next run goes ahead" 0 $?
if command -v flock >/dev/null 2>&1; then
	flock held.lock scrm-clean --no-lang --seen held day1.ndjson >/dev/null 2>err
	check_eq "under flock(1) on the same lock file: runs" 0 $?
fi

# A live run (input that waits: scrm-fetch --follow upstream) saves its
# memory when it waits, once its output is flushed, so that a pipeline
# that is killed rather than ended does not forget what it let through
# (at most once a minute, the first time at once).
rm -f live live.lock live.fifo
mkfifo live.fifo
scrm-clean --no-lang --seen live <live.fifo >live.out 2>live.err &
pid=$!
exec 4>live.fifo
printf '%s\n' "{\"id\":\"l1\",\"text\":\"$t\"}" >&4
i=0
while [ "$(wc -l 2>/dev/null <live | tr -d ' ')" != 2 ] && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done
check_eq "live run: the memory saved while the input stays open" 2 "$(wc -l 2>/dev/null <live | tr -d ' ')"
check "live run: it holds the record let through" grep -q '=l1$' live
check_eq "live run: and the record is out" 1 "$(wc -l <live.out | tr -d ' ')"
kill "$pid"
wait "$pid" 2>/dev/null
exec 4>&-
printf '%s\n' "{\"id\":\"l2\",\"text\":\"$t\"}" | scrm-clean --no-lang --seen live >again.out 2>err
check "killed live run: the next run knows its record" grep -q '"dup_of":"l1"' again.out

# Output lost: the memory is left as it was, or the next run would drop
# the lost records as copies of themselves.
rm -f lost lost.lock
printf '{"id":"m1","text":"Nuvia coupe la fibre sans prevenir personne"}\n' >m1.ndjson
if [ -w /dev/full ]; then
	scrm-clean --no-lang --seen lost m1.ndjson >/dev/full 2>err
	check_eq "output lost: status 3" 3 $?
	check "output lost: the memory not written" test ! -e lost
	check "output lost: said" grep -q "lost: not updated, as output was lost" err
	scrm-clean --no-lang --seen lost m1.ndjson >again.ndjson 2>err
	check_eq "the next run lets the record through" 1 "$(grep -c '"id":"m1"' again.ndjson)"
else
	skip "output lost: memory kept" "no /dev/full"
fi
# The memory through a link, shared by a group: the link, mode and group stay.
rm -f shared.st shared.st.lock link.st link.st.lock
scrm-clean --no-lang --seen shared.st day1.ndjson >/dev/null 2>&1
chmod 664 shared.st && ln -s shared.st link.st
scrm-clean --no-lang --seen link.st day2.ndjson >/dev/null 2>&1
check "memory through a link: still a link" test -L link.st
check_eq "memory through a link: the file it names rewritten" 3 "$(grep -vc '^+ ' shared.st)"
check_eq "memory rewritten: its mode kept" 664 "$(stat -c %a shared.st)"
chmod 664 seen
scrm-clean --no-lang --seen seen day2.ndjson >/dev/null 2>&1
check_eq "memory rewritten in place of a plain file: its mode kept" 664 "$(stat -c %a seen)"

# A file that is no memory is refused from its first bytes, not read whole.
head -c 3000000 /dev/zero | tr '\0' x >huge.st
(scrm-clean --no-lang --seen huge.st day1.ndjson >/dev/null 2>err)
check_eq "a huge file that is no memory: status 2" 2 $?
check "a huge file that is no memory: said" grep -q "huge.st: not a scrm-clean seen file" err
# (Under a memory limit: a regression would read it until the machine ran out.)
case $BIN in
*asan*) skip "a device of endless zeros as memory" "sanitizer build" ;;
*)
	if [ -c /dev/full ]; then
		(ulimit -v 400000 2>/dev/null; scrm-clean --no-lang --seen /dev/full day1.ndjson >/dev/null 2>err)
		check_eq "a device of endless zeros as memory: status 2 at once" 2 $?
	fi
	;;
esac
# An original without id: its copies counted under a null id, never "".
printf '{"author":{"handle":"@a"},"text":"un texte sans identifiant du tout ici"}\n{"author":{"handle":"@b"},"text":"un texte sans identifiant du tout ici!"}\n' >noid.ndjson
scrm-clean --no-lang --counts noid.counts noid.ndjson >/dev/null
check_eq "counts of an original without id: id null" '{"id":null,"copies":1}' "$(cat noid.counts)"
# The lock of a memory named through a link lies beside the file it names,
# so that a run naming the link and one naming the file keep apart.
rm -f shared.st.lock link.st.lock
scrm-clean --no-lang --seen link.st day2.ndjson >/dev/null 2>&1
check "memory through a link: locked beside the file it names" test -f shared.st.lock
check "memory through a link: no lock beside the link" test ! -e link.st.lock
# A copy fetched again, in the same run or the next, is a record fetched
# twice: by id, of its original, and not one more copy in --counts.
printf '%s\n' '{"id":"1","author":{"handle":"@a"},"text":"the network is down again in my whole street"}' \
	'{"id":"2","author":{"handle":"@b"},"text":"RT @a: the network is down again in my whole street"}' \
	'{"id":"2","author":{"handle":"@b"},"text":"RT @a: the network is down again in my whole street"}' >refetch1.ndjson
sed -n 2p refetch1.ndjson >refetch2.ndjson
rm -f refetch.st
scrm-clean --no-lang --seen refetch.st --counts refetch.counts refetch1.ndjson >refetch1.out
check_eq "a copy fetched twice in a run: by id" '"dup":"id","dup_of":"1"' \
	"$(sed -n 3p refetch1.out | grep -o '"dup":"id","dup_of":"1"')"
check_eq "a copy fetched twice in a run: counted once" '{"id":"1","copies":1}' "$(cat refetch.counts)"
scrm-clean --no-lang --seen refetch.st --counts refetch.counts refetch2.ndjson >refetch2.out
check_eq "a copy fetched again by the next run: by id" '"dup":"id","dup_of":"1"' \
	"$(grep -o '"dup":"id","dup_of":"1"' refetch2.out)"
check_eq "a copy fetched again by the next run: not counted" "" "$(cat refetch.counts)"
