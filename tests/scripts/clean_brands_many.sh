#!/bin/sh
# scrm-clean -k with many brands: beyond 16 distinct first letter pairs the
# brand search takes its scalar path instead of testing sixteen text
# positions at once; both find the same brands.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

: > many.conf
for w in alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november \
	oscar papa quebec romeo sierra tango; do
	printf 'brand %s\nkeyword %s\n' "$w" "$w" >> many.conf
done
printf 'brand romeo\nkeyword romeo\nbrand sierra\nkeyword sierra\nbrand tango\nkeyword tango\n' > few.conf
cat > t.ndjson <<'EOT'
{"id":"1","text":"Je passe de Romeo à SIERRA, pas chez tango !"}
{"id":"2","text":"Rien à voir ici ; Oscar non plus."}
{"id":"3","text":"Une longue phrase sans marque du tout, pour que la recherche parcoure un peu de texte, puis enfin : quebec."}
EOT
brands() {
	scrm-clean --no-lang -k "$1" t.ndjson | sed 's/.*"brands":\(\[[^]]*\]\).*/\1/'
}
brands many.conf > many.out
brands few.conf > few.out
check_eq "20 brands: the three named in a sentence" '["romeo","sierra","tango"]' "$(sed -n 1p many.out)"
check_eq "20 brands: one named alone" '["oscar"]' "$(sed -n 2p many.out)"
check_eq "20 brands: the last word of a long text" '["quebec"]' "$(sed -n 3p many.out)"
check_eq "3 brands: the same three" '["romeo","sierra","tango"]' "$(sed -n 1p few.out)"
check_eq "3 brands: none where none of them is" '[]' "$(sed -n 2p few.out)"

# A brand named twice would be listed twice in clean.brands: refused, naming the line.
printf 'brand X\nkeyword alpha\nbrand X\nkeyword beta\n' >twice.rules
printf '{"text":"alpha beta"}\n' | scrm-clean --no-lang -k twice.rules >/dev/null 2>err
check_eq "a brand named twice: status 2" 2 $?
check "a brand named twice: file and line" grep -q "twice.rules:3: brand 'X' is named twice" err
