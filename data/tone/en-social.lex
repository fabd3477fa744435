# scrm's own English rules and social-media vocabulary, loaded after en.lex
# (VADER's valences), which it overrides. The negation and booster lists
# follow VADER's (vaderSentiment.py, C.J. Hutto, MIT licence).
# Format: term TAB kind [TAB value] -- see scrm-tone(1).

# --- negation
aint	=	ain't
ain't	n
arent	=	aren't
aren't	n
cannot	n
cant	=	can't
nt	=	not
can't	n
couldnt	=	couldn't
couldn't	n
darent	=	daren't
daren't	n
didnt	=	didn't
didn't	n
doesnt	=	doesn't
doesn't	n
dont	=	don't
don't	n
hadnt	=	hadn't
hadn't	n
hasnt	=	hasn't
hasn't	n
havent	=	haven't
haven't	n
isnt	=	isn't
isn't	n
mightnt	=	mightn't
mightn't	n
mustnt	=	mustn't
mustn't	n
neither	n
neednt	=	needn't
needn't	n
never	n
none	n
nope	n
nor	n
not	n
nothing	n
nowhere	n
oughtnt	=	oughtn't
oughtn't	n
shant	=	shan't
shan't	n
shouldnt	=	shouldn't
shouldn't	n
uhuh	n
wasnt	=	wasn't
wasn't	n
werent	=	weren't
weren't	n
without	n
wont	=	won't
won't	n
wouldnt	=	wouldn't
wouldn't	n
rarely	n
seldom	n
despite	n
no	n

# --- boosters
absolutely	b	0.293
amazingly	b	0.293
awfully	b	0.293
completely	b	0.293
considerable	b	0.293
considerably	b	0.293
decidedly	b	0.293
deeply	b	0.293
effing	b	0.293
enormous	b	0.293
enormously	b	0.293
entirely	b	0.293
especially	b	0.293
exceptional	b	0.293
exceptionally	b	0.293
extreme	b	0.293
extremely	b	0.293
fabulously	b	0.293
flipping	b	0.293
flippin	b	0.293
frackin	b	0.293
fracking	b	0.293
fricking	b	0.293
frickin	b	0.293
frigging	b	0.293
friggin	b	0.293
fully	b	0.293
fuckin	b	0.293
fucking	b	0.293
fuggin	b	0.293
fugging	b	0.293
greatly	b	0.293
hella	b	0.293
highly	b	0.293
huge	b	0.293
hugely	b	0.293
incredible	b	0.293
incredibly	b	0.293
intensely	b	0.293
major	b	0.293
majorly	b	0.293
more	b	0.293
most	b	0.293
particularly	b	0.293
purely	b	0.293
quite	b	0.293
really	b	0.293
remarkably	b	0.293
so	b	0.293
substantially	b	0.293
thoroughly	b	0.293
total	b	0.293
totally	b	0.293
definitely	a	1.7
bloody	a	-1.9
tremendous	b	0.293
tremendously	b	0.293
uber	b	0.293
unbelievably	b	0.293
unusually	b	0.293
utter	b	0.293
utterly	b	0.293
very	b	0.293
super	b	0.293
soo	b	0.293
almost	b	-0.293
barely	b	-0.293
hardly	b	-0.293
just enough	b	-0.293
kind of	b	-0.293
kinda	b	-0.293
kindof	b	-0.293
less	b	-0.293
little	b	-0.293
marginal	b	-0.293
marginally	b	-0.293
occasional	b	-0.293
occasionally	b	-0.293
partly	b	-0.293
scarce	b	-0.293
scarcely	b	-0.293
slight	b	-0.293
slightly	b	-0.293
somewhat	b	-0.293
sort of	b	-0.293
sorta	b	-0.293
sortof	b	-0.293

# --- contrast and clause separators
but	c
however	c
yet	c
although	s
though	s
and	s
while	s
whereas	s
# asides: a new clause about something else, which lends no tone to an aspect before it
otherwise	o
apart from that	o
aside from that	o
other than that	o
besides that	o

# --- spellings
u	=	you
ur	=	your
r	=	are
luv	=	love
gr8	=	great
thx	=	thanks
thnx	=	thanks
ty	=	thank you
pls	=	please
plz	=	please
srsly	=	seriously
gonna	=	going to
wanna	=	want to
cuz	=	because
coz	=	because
bc	=	because
b4	=	before
wtf	=	what the fuck

# --- valences VADER lacks or weighs differently for customer talk
not working	v	-2
doesn't work	v	-2
don't work	v	-2
didn't work	v	-1.8
does not work	v	-2
broken	v	-2
# w, a want: asked for, a mild complaint; negated ("never got a refund"), the want unmet
refund	w	-0.6
scam	v	-2.8
# "your support is a joke": scorn, where VADER's "joke" (1.2) is a funny one
is a joke	v	-2
utter joke	v	-2
joke of a	v	-1.8
what a joke	v	-2
such a joke	v	-2
are a joke	v	-2
was a joke	v	-2
you're a joke	v	-2
total joke	v	-2.2
complete joke	v	-2.2
absolute joke	v	-2.2
# "hell yeah": glee, where VADER's "hell" (-3.6) is damnation
hell yeah	v	2
hell yes	v	2
heck yeah	v	1.8
ripoff	v	-2.6
rip off	v	-2.6
delayed	v	-1.6
late	v	-1
slow	v	-1.3
outage	v	-2
down	v	-0.6
crash	v	-1.9
crashed	v	-2
bug	v	-1.5
bugs	v	-1.5
buggy	v	-2
useless	v	-2.4
worst	v	-3.1
sucks	v	-2.4
suck	v	-2.2
meh	v	-1
smh	v	-1.6
ugh	v	-1.8
yay	v	2.4
dope	v	2.2
lit	v	2
goat	v	1.5
fire	v	0.5
can't wait	v	2
cannot wait	v	2
rip	v	-1.2
thank you	v	2
thanks	v	1.9
happy birthday	v	2.6
congrats	v	2.6
congratulations	v	2.8
excited	v	2.4
awesome	v	3.1
amazing	v	2.9
love	v	3.2
best	v	3.2
great	v	3.1
good	v	1.9
nice	v	1.8
kill	v	-2.6
killed	v	-2.8
killing	v	-2.6
dead	v	-2.2
died	v	-2.6
death	v	-2.9
terror	v	-3
war	v	-2.9
attack	v	-2.1
attacks	v	-2.1
crisis	v	-2.8

# laughs (kind l): nothing in a sentence that otherwise blames ("worst
# service ever lol"); VADER's own laughs keep its values
lol	l	1.4
lmao	l	1.8
haha	l	1.6
lmfao	l	2.5
lolz	l	2.7
lulz	l	2
rofl	l	2.7
roflmao	l	2.5
xd	l	2.8
x-d	l	2.6

# --- products and services: what customers say of them (fr-social.lex has
# the French: "ne marche plus", "jamais reçu", "je recommande")
stopped working	v	-2.2
stops working	v	-2.2
quit working	v	-2.2
keeps crashing	v	-2.4
keeps freezing	v	-2.2
kept freezing	v	-2.2
freezes	v	-1.4
froze	v	-1.2
malfunction	v	-2
malfunctioning	v	-2.2
unusable	v	-2.4
fell apart	v	-2.2
falls apart	v	-2.2
flimsy	v	-1.6
cheaply made	v	-1.8
waste of money	v	-2.6
waste of time	v	-2.4
not worth	v	-1.8
never arrived	v	-2.2
never arrives	v	-2
down again	v	-1.6
intuitive	v	1.8
hasn't arrived	v	-2
has not arrived	v	-2
not received	v	-2
never received	v	-2.2
haven't received	v	-2
have not received	v	-2
never answer	v	-2
never answers	v	-2
never answered	v	-2
never responded	v	-2
never replied	v	-2
never responds	v	-2
no answer	v	-1.8
no response	v	-1.8
no reply	v	-1.8
nothing works	v	-2
trash	v	-2.2
garbage	v	-2.2
thanks for nothing	v	-2
still no	v	-1.6
no refund	v	-2
charged me twice	v	-2
can't log in	v	-1.8
cannot log in	v	-1.8
can't login	v	-1.8
cannot login	v	-1.8
can't connect	v	-1.8
cannot connect	v	-1.8
won't connect	v	-1.8
can't get through	v	-1.5
been waiting	v	-1.2
you rock	v	2.5
you guys rock	v	2.5
never again	v	-2
on hold	v	-1.2
would buy again	v	2
will buy again	v	2
sue you	v	-1.8
still waiting	v	-1.6
overcharged	v	-2.2
charged twice	v	-2
taken twice	v	-1.8
card declined	v	-1.5
got declined	v	-1.5
for no reason	v	-1.2
way off	v	-1.5
without asking	v	-1.5
no signal	v	-1.8
dropped calls	v	-1.8
sent it back	v	-1.4
returned it	v	-1.2
one star	v	-1.8
1 star	v	-1.8
don't buy	v	-2.2
do not buy	v	-2.2
don't recommend	v	-2.2
do not recommend	v	-2.2
wouldn't recommend	v	-2.2
would not recommend	v	-2.2
highly recommend	v	2.6
highly recommended	v	2.4
would recommend	v	2
five stars	v	2.4
5 stars	v	2.4
worth every penny	v	2.8
well made	v	2
sturdy	v	1.4
reliable	v	1.8
easy to use	v	1.8
exceeded my expectations	v	2.6
fast shipping	v	1.8
fast delivery	v	1.8
fast	v	1.2
quick	v	1
never had an issue	v	1.8
never had a problem	v	1.8
never had any issues	v	1.8
never had any problems	v	1.8
no issues	v	1.2
no complaints	v	1.5
nothing to complain about	v	1.5
can't complain	v	1.2
cannot complain	v	1.2
couldn't be happier	v	3
could not be happier	v	3
couldn't be better	v	2.8
could not be better	v	2.8
avoid at all costs	v	-2.6
zero stars	v	-2.2
0 stars	v	-2.2
couldn't ask for more	v	2.5
# "never been so disappointed" is very disappointed, as VADER reads it
never been so	b	0.293
never been this	b	0.293
never been more	b	0.293
never so	b	0.293
expensive	v	-0.8
too expensive	v	-2
overpriced	v	-2
pricey	v	-1
never showed up	v	-2
# connection, support and order trouble (as "plus de réseau", "sans
# internet", "on m'a raccroché au nez" in fr-social.lex)
hung up on me	v	-2.2
hung up on us	v	-2.2
hangs up on me	v	-2.2
kept me on hold	v	-2
keeps dropping	v	-2
keeps disconnecting	v	-2
keeps cutting out	v	-2
cuts out	v	-1.4
drops all the time	v	-2
no internet	v	-1.8
no service	v	-1.8
no wifi	v	-1.6
no connection	v	-1.8
without internet	v	-1.8
without wifi	v	-1.6
without service	v	-1.8
internet is down	v	-2
service is down	v	-2
still not fixed	v	-2.2
still broken	v	-2.2
still down	v	-2
unreliable	v	-1.8
glitchy	v	-1.6
glitch	v	-1.2
spotty	v	-1.4
unhelpful	v	-2
no help	v	-1.8
runaround	v	-2
wrong item	v	-2
wrong order	v	-2
sent the wrong	v	-2
arrived damaged	v	-2.2
arrived broken	v	-2.4
missing parts	v	-1.8
problem solved	v	1.6
want my money back	v	-2
want a refund	v	-1.6
switching to another	v	-1.5
to a competitor	v	-1.2
unbeatable	v	2
is crawling	v	-1.5
been crawling	v	-1.5
switching providers	v	-1.5
# Questions that complain
how many times do i	v	-1.5
how hard is it to	v	-1.5
is it normal to	v	-1.2
switching provider	v	-1.5
switch provider	v	-1.5
switch providers	v	-1.5
nightmare	v	-2.5
nightmares	v	-2.5
nightmarish	v	-2.6
nobody answers	v	-1.6
no one answers	v	-1.6
nobody picks up	v	-1.6
no one picks up	v	-1.6
nobody calls back	v	-1.6
no one calls back	v	-1.6
nobody ever calls back	v	-1.6
no one ever calls back	v	-1.6
everything works	v	1.5
very professional	v	1.8
so professional	v	1.8
really professional	v	1.8
arrived on time	v	1.2
delivered on time	v	1.2
was on time	v	1.2
right on time	v	1.2
working again	v	1.6
reboots itself	v	-1.8
keeps rebooting	v	-1.8
speeds halved	v	-1.8
speed halved	v	-1.8
rock solid	v	2
outage fixed	v	1.5
outage was fixed	v	1.5
came through for	v	1.8
dropped the ball	v	-2
dumpster fire	v	-2.8
works again	v	1.6
# Leaving, being cut off, fees nobody mentioned.
captain obvious	v	-1.4
hung up	v	-1.4
done with this	v	-1.6
good riddance	v	-1.5
are you kidding me	v	-2
you must be kidding	v	-2
done with you	v	-1.6
done with them	v	-1.6
was never told	v	-1.2
were never told	v	-1.2
never told me	v	-1.2
never told us	v	-1.2
hidden fee	v	-1.8
hidden fees	v	-1.8
# Travel, banking, insurance: warnings, hassle, refunds that come.
flight cancelled	v	-1.8
overbooked	v	-1.8
bumped off	v	-1.5
landed early	v	1.5
flight was cancelled	v	-1.8
got cancelled	v	-1.6
without warning	v	-1.2
without any warning	v	-1.4
without notice	v	-1.2
hassle	v	-1.4
hassles	v	-1.4
no hassle	v	1.4
hassle free	v	1.6
refund processed	v	1.4
got my refund	v	1.2
refund landed	v	1.5
out of stock	v	-1.2
didn't match	v	-1.2
doesn't match	v	-1.2
we'll be back	v	1.5
refund received	v	1.2
treated like dirt	v	-2.5
like a number	v	-1.6
# Thanks said as a shout-out or props, refunds with no questions asked;
# apps that log users out, demands to fix, fees nobody mentioned or can
# explain, bills that double, parcels shown delivered, services down since
# a day named, soggy food, price rises, subscriptions cancelled; internet
# and energy bills that go up or triple, charges for returned equipment,
# transfers from desk to desk, technicians who do not show up, speeds
# that are "insane", game changers.
shoutout	v	1.6
shout out	v	1.4
shoutout to	v	1.8
shout out to	v	1.8
logging me out	v	-1.4
logs me out	v	-1.4
logged me out	v	-1.4
fix your app	v	-1.4
fix your website	v	-1.4
fix your site	v	-1.4
fix your service	v	-1.4
fix your servers	v	-1.4
fix your network	v	-1.4
fix your system	v	-1.4
fix your systems	v	-1.4
nobody mentioned	v	-1.4
no one mentioned	v	-1.4
been down since	v	-1.6
been down for	v	-1.6
props to	v	1.8
no questions asked	v	1.6
without any questions	v	1.4
soggy	v	-1.5
price rise	v	-1.2
bill doubled	v	-1.6
bill doubles	v	-1.6
hours on hold	v	-1.8
bill tripled	v	-1.8
nobody can tell me	v	-1.2
no one can tell me	v	-1.2
claim denied	v	-1.8
denied my claim	v	-1.8
claim approved	v	1.6
charged me for	v	-1.2
bill went up	v	-1.4
went up again	v	-1.4
zero explanation	v	-1.4
no explanation	v	-1.2
speed is insane	v	2
insane speed	v	2
insane speeds	v	2
worth it	v	1.6
been down all day	v	-1.8
down all day	v	-1.6
game changer	v	2
transferred me	v	-1
nobody could help	v	-1.6
no one could help	v	-1.6
no-show	v	-1.6
no show	v	-1.6
nobody can explain	v	-1.4
no one can explain	v	-1.4
shows delivered	v	-1.4
says delivered	v	-1.4
marked as delivered	v	-1.4
cancelling my subscription	v	-1.5
cancelled my subscription	v	-1.5
# Smiles drawn without eyes (lib/tone_chunk.c), English only as VADER's
# smileys are: in French tweets smileys mark irony as often as pleasure.
^^	v	1
^_^	v	1.5
^.^	v	1.5
# Social-media slang VADER predates. "mid" only as a verdict ("is mid",
# not "mid October"); "no cap" (no lie) is no negator ("no cap best
# coffee in town"); an L is a loss, a W a win. "bruh", "iconic" and
# "cringe" (the verb) moved train tweets away from their label: left out.
this slaps	v	2
that slaps	v	2
it slaps	v	2
is mid	v	-1.4
was mid	v	-1.4
came in clutch	v	2
comes in clutch	v	2
a real one	v	1.5
ghosted	v	-1.5
not the vibe	v	-1.5
it's giving	v	0
so mid	v	-1.4
kinda mid	v	-1.4
pretty mid	v	-1.4
mid at best	v	-1.6
is mid at best	v	-1.6
was mid at best	v	-1.6
bussin	v	2.2
goated	v	2.4
is cringe	v	-1.6
so cringe	v	-1.6
cringy	v	-1.6
cringey	v	-1.6
sus	v	-1.2
yikes	v	-1.2
oof	v	-1
banger	v	2.2
bangers	v	2.2
underrated	v	1.2
overrated	v	-1.6
took an l	v	-1.6
big l	v	-1.6
huge l	v	-1.6
massive l	v	-1.6
big w	v	1.6
huge w	v	1.6
massive w	v	1.6
no cap	v	0
hits different	v	1.8
absolutely ate	v	2
this ain't it	v	-1.6
# Review idioms whose words say the opposite one by one, the negator
# written in the phrase where it belongs to it ("can't recommend them
# enough", "don't waste your money", "can't fault them"); falling short,
# expecting better, not buying again, being left on read.
can't recommend them enough	v	2.6
can't recommend it enough	v	2.6
can't recommend enough	v	2.6
cannot recommend them enough	v	2.6
cannot recommend it enough	v	2.6
cannot recommend enough	v	2.6
can't recommend this place enough	v	2.6
can't recommend them highly enough	v	2.6
can't fault	v	2
cannot fault	v	2
couldn't fault	v	2
could not fault	v	2
can't fault them	v	2
don't waste your money	v	-2.4
do not waste your money	v	-2.4
don't waste your time	v	-2.4
do not waste your time	v	-2.4
would not buy again	v	-1.8
wouldn't buy again	v	-1.8
won't buy again	v	-1.8
will not buy again	v	-1.8
won't be buying again	v	-1.8
will never buy again	v	-1.8
would order again	v	2
will order again	v	2
would not order again	v	-1.8
wouldn't order again	v	-1.8
won't order again	v	-1.8
will not order again	v	-1.8
will never order again	v	-1.8
not ordering again	v	-1.8
never ordering again	v	-2
won't be ordering again	v	-1.8
not ordering from here again	v	-1.8
not ordering from them again	v	-1.8
was promised	v	0
were promised	v	0
been promised	v	0
not as advertised	v	-1.6
not what was advertised	v	-1.6
could have been better	v	-1.2
could've been better	v	-1.2
could be better	v	-1.2
far from	n
without telling me	v	-1.2
raised my bill	v	-1.5
raised the price	v	-1.2
paying more for less	v	-1.8
# Negators that turn nothing over (a sixty-second set): "no doubt the
# worst", "how can you not love", "can't beat the price", "you can't go
# wrong", "nothing better than".
no doubt	v	0
without a doubt	v	0
without any doubt	v	0
how can you not	v	0
how could you not	v	0
how can anyone not	v	0
can't say enough good things	v	2.8
cannot say enough good things	v	2.8
can't beat	v	1.8
cannot beat	v	1.8
can't be beat	v	1.8
can't be beaten	v	1.8
can't go wrong	v	1.8
cannot go wrong	v	1.8
nothing better than	v	2
nothing worse than	v	-2
wouldn't change a thing	v	2
would not change a thing	v	2
# Chatbots, accounts, technicians (a fifty-second set)
got hacked	v	-2
nobody helps	v	-1.5
no one helps	v	-1.5
talk to a real person	v	-1.2
can't talk to a	v	-1.5
cannot talk to a	v	-1.5
understands nothing	v	-1.5
bounced between	v	-1.5
went smoothly	v	1.8
was really patient	v	1.5
was very patient	v	1.5
so patient	v	1.5
disgraceful	v	-2.5
what a circus	v	-1.8
daylight robbery	v	-2.5
shambles	v	-2
get your act together	v	-1.8
absolute legend	v	2.5
absolute legends	v	2.5
are legends	v	2.5
you legend	v	2.5
no one ever answers	v	-1.8
nobody ever answers	v	-1.8
didn't live up	v	-1.8
did not live up	v	-1.8
doesn't live up	v	-1.8
does not live up	v	-1.8
didnt live up	v	-1.8
doesnt live up	v	-1.8
fell short	v	-1.6
falls short	v	-1.6
expected better	v	-1.6
last time i order	v	-1.6
last time i ever order	v	-1.6
last time i'm ordering	v	-1.6
left on read	v	-1.6
# Praise for irony, indifference, exasperation (a sixty-seventh set)
well done	v	1.8
nobody cares	v	-1.5
no one cares	v	-1.5
nothing has changed	v	-1
for the umpteenth time	v	-1.2
for the hundredth time	v	-1.2
# Beyond a joke, asking for a manager (a sixty-eighth set)
beyond a joke	v	-2
speak to a manager	v	-1.2
speak to your manager	v	-1.2
talk to a manager	v	-1.2
# Brick walls and formal complaints (a seventieth set)
talking to a wall	v	-1.8
talking to a brick wall	v	-1.8
talk to a brick wall	v	-1.8
file a complaint	v	-1.8
filing a complaint	v	-1.8
# Gone downhill, cancelled at the last minute (a seventy-first set)
gone downhill	v	-2
went downhill	v	-2
going downhill	v	-2
cancelled last minute	v	-1.5
cancelled at the last minute	v	-1.5
canceled last minute	v	-1.5
canceled at the last minute	v	-1.5
zero information	v	-1.2
# Orders that stay "processing" (a seventy-second set)
still says processing	v	-1.2
still shows processing	v	-1.2
# No record of a booking, food that comes cold, being made to pay for a
# repair (a seventy-third set)
no record of	v	-1.5
arrived cold	v	-1.5
showed up cold	v	-1.5
came cold	v	-1.5
food was cold	v	-1.5
late and cold	v	-1.8
cold and late	v	-1.8
wants me to pay	v	-1.2
want me to pay	v	-1.2
expects me to pay	v	-1.2
expect me to pay	v	-1.2
made me pay	v	-1.2
# Managing to lose a package, breaking everything, quality that is not
# what it used to be (a seventy-fourth set)
managed to lose	v	-2
managed to break	v	-2
not what it used to	v	-1.8
not what they used to	v	-1.8
breaks everything	v	-2
broke everything	v	-2
# Everyday praise of tweets (a twentieth set): "that concert was
# unreal", "the album is fire", "obsessed with this song", "nailed the
# interview", "aced my exam", "this view never gets old".
was unreal	v	1.8
is unreal	v	1.8
so unreal	v	1.8
is fire	v	2.2
was fire	v	2.2
so fire	v	2.2
pure fire	v	2.2
obsessed with this	v	1.8
obsessed with it	v	1.8
what a comeback	v	2
nailed it	v	2
nailed the	v	2
aced	v	2
aced it	v	2
aced my	v	2
never gets old	v	2
# Waiting without end.
took forever	v	-1.6
took weeks	v	-1.6
took a month	v	-1.6
took # weeks	v	-1.6
took # months	v	-1.6
waited # hours	v	-1.4
waited # days	v	-1.6
waited # weeks	v	-1.6
on hold for # minutes	v	-1.6
on hold for # hours	v	-1.8
arrived # days late	v	-1.4
arrived # weeks late	v	-1.6
charged # times	v	-2
takes forever	v	-1.6
taking forever	v	-1.6
took ages	v	-1.4
takes ages	v	-1.4
# Repairs: what thanks after a fault are for (irony needs them told apart).
is fixed	v	1.2
was fixed	v	1.2
are fixed	v	1.2
got fixed	v	1.2
been fixed	v	1.2
fixed now	v	1.2
repaired	v	1
refunded	v	1
all sorted	v	1.2
sorted it	v	1
sorted out	v	1
should have stayed	v	-1.5
should've stayed	v	-1.5
should have read the reviews	v	-1.8
used to be good	v	-1.5
used to be great	v	-1.5
used to be better	v	-1.5
going back to my old	v	-1.5
twice the price	v	-1.2
never going back	v	-1.5
never coming back	v	-1.5
won't be back	v	-1.8
will not be back	v	-1.8
will be back	v	1.5
night and day difference	v	1.5
like night and day	v	1.5
sorted my	v	1
got it sorted	v	1.2
# The fix told as an act, where "problem" alone counts as blame, and
# a switch with no way back (set 75).
fixed my problem	v	1.6
fixed my issue	v	1.6
solved my problem	v	1.8
solved my issue	v	1.6
resolved my problem	v	1.6
resolved my issue	v	1.6
never looked back	v	2
haven't looked back	v	1.8
have not looked back	v	1.8
locked out	v	-1.5
couldn't fix	v	-1.5
could not fix	v	-1.5
keeps going up	v	-1.2
keep going up	v	-1.2
polite	v	1.5
smart meter	v	0
smart meters	v	0
overdraft fee	v	-1.2
overdraft fees	v	-1.2
up and running	v	1.2
bug fix	v	1.2
bug fixes	v	1.2
bug fixed	v	1.2
bugs fixed	v	1.2
fixes bugs	v	1.2
fixed bugs	v	1.2
fixes the bug	v	1.2
fixed the bug	v	1.2
problem fixed	v	1.6
issue resolved	v	1.8
issue fixed	v	1.6
fixed it	v	1.4
above and beyond	v	2.6
quick response	v	1.8
fast response	v	1.8
quick reply	v	1.6
price increase	v	-1.2
price hike	v	-1.5
rate hike	v	-1.2
never came	v	-1.8
# British everyday praise and complaint that VADER lacks (a seventy-sixth
# set); "pants", "cracking" and "spot on" only where they judge ("is
# pants", "cracking service", "was spot on"): alone they are trousers,
# breakage and "save your spot on the list". "Would not bother" is advice
# against, where "not" would turn "bother" to praise.
chuffed	v	2
chuffed to bits	v	2.5
gutted	v	-2
faff	v	-1.2
naff	v	-1.5
is pants	v	-1.8
are pants	v	-1.8
absolute pants	v	-1.8
is spot on	v	1.8
was spot on	v	1.8
absolutely spot on	v	2
palaver	v	-1.2
cracking service	v	2
cracking job	v	2
wouldn't bother	v	-1.8
would not bother	v	-1.8
don't bother	v	-1.8
do not bother	v	-1.8
# Apps that fail and apps that help (set 80).
handy	v	1.5
blank screen	v	-1.3
black screen	v	-1.3
drains my battery	v	-1.5
drains the battery	v	-1.5
battery drain	v	-1.3
# Travel (set 81).
filthy	v	-2.3
paper thin	v	-1.3
made my day	v	2.3
makes my day	v	2.3
# Banks and insurers (set 82).
sloppy	v	-1.8
unreachable	v	-1.5
ate my card	v	-1.5
nobody helped	v	-1.3
no one helped	v	-1.3
answers quickly	v	1.2
answered quickly	v	1.2
# Utilities (set 83): VADER's "energy" (1.1) is vigour; an energy
# supplier is a trade, and the brands this tool watches include them.
energy supplier	v	0
energy suppliers	v	0
energy provider	v	0
energy company	v	0
power out	v	-1.5
power outage	v	-1.5
impossible to reach	v	-1.8
nothing got resolved	v	-1.8
nothing was resolved	v	-1.8
# Cars and garages (set 84): a warning light on is a fault, the wait for
# parts or for a tow truck a complaint; "anyone know a good body shop?"
# asks for advice and praises nothing.
check engine light	v	-1.2
engine light	v	-1
warning light	v	-1
waiting on parts	v	-1.2
waiting for parts	v	-1.2
hours to show up	v	-1.4
hours to arrive	v	-1.2
know a good	v	0
know any good	v	0
recommend a good	v	0
recommend any good	v	0
looking for a good	v	0
# Health care (set 85): hours in the emergency room, a doctor who barely
# listens, a bill nobody warned of; "reimbursed" and "reimburse" as
# "refunded" and "refund" ("still hasn't reimbursed my glasses").
hours in a&e	v	-1.4
hours in the er	v	-1.4
hours in the emergency room	v	-1.4
barely listened	v	-1.5
rushed me out	v	-1.5
surprise bill	v	-1.5
surprise bills	v	-1.5
surprise charge	v	-1.5
surprise charges	v	-1.5
reimbursed	v	1
reimburse	w	-0.6
# Games and streaming (set 86): a game full of bugs, a stream that keeps
# buffering, a controller that drifts, a gem, a patch that fixes the
# crashes ("thanks" after "crashes" read as irony).
full of bugs	v	-1.8
buffering	v	-1.2
stick drift	v	-1.5
started drifting	v	-1.5
a gem	v	1.8
a real gem	v	2
hidden gem	v	2
nails it	v	2
fixes the bugs	v	1.2
fixed the bugs	v	1.2
fixes the crash	v	1.2
fixed the crash	v	1.2
fixes the crashes	v	1.2
fixed the crashes	v	1.2
# Public services (set 87): a Kafkaesque procedure, a line always busy,
# a paper asked for again, benefits cut (VADER's "benefits", 1.6, are
# advantages; "my benefits" are an allowance); a very patient clerk.
kafkaesque	v	-2
always busy	v	-1.4
impossible to get through	v	-1.8
already sent	v	-1
from one department to another	v	-1.2
nobody knows anything	v	-1.5
my benefits	v	0
cut my benefits	v	-1.8
very patient	v	1.5
# Housing (set 88): a contractor who vanished, bed bugs; repairs made,
# a job finished on time and on budget, a builder one would hire again
# (a date, price or rate fixed is no repair).
vanished	v	-1.2
bed bugs	v	-1.8
fixed the	v	1
fixed the leak	v	1.4
fixed the date	v	0
fixed the price	v	0
fixed the rate	v	0
finished on time	v	1.5
on budget	v	1
would hire again	v	2
# Clothes and beauty (set 89): sizes too small or short, seams that come
# apart or rip, shrinking, blisters; "zero hassle" as "no hassle", and
# "obsessed" as customers use it of a product they love (VADER: -0.7).
too small	v	-1.2
too short	v	-1.2
too tight	v	-1.2
too big	v	-1.2
came apart	v	-1.8
ripped	v	-1.2
ripped off	v	-2
zero hassle	v	1.4
blister	v	-1.2
blisters	v	-1.5
shrank	v	-1.5
shrunk	v	-1.5
obsessed	v	1.2
# Subscriptions (set 90): auto-renewed without a reminder, a contract in
# the fine print (VADER's "fine", 0.8), machines out of order, a gym
# packed every evening, a box that gets emptier, an unsubscribe link
# impossible to find; cancelling in two clicks, a trial with no catch;
# "the holidays" are a season (VADER's "holidays", 1.6). "Instead of"
# is no complaint in English reviews ("buy this instead of an iPod").
auto-renewed	v	-1.2
auto renewed	v	-1.2
without any reminder	v	-1.2
without a reminder	v	-1.2
no reminder	v	-1
fine print	v	-1.2
in the fine print	v	-1.5
out of order	v	-1.5
packed every	v	-1.2
always packed	v	-1.2
gets emptier	v	-1.5
impossible to find	v	-1.5
in two clicks	v	1.2
in a few clicks	v	1.2
in one click	v	1.2
no catch	v	1.2
over the holidays	v	0
during the holidays	v	0
for the holidays	v	0
# Restaurants and food delivery (set 91): pizza smashed in the box, an
# hour's wait, a hair in the salad, a shrug, tiny portions, fees out of
# control, a burger burnt to a crisp; food still piping hot.
smashed	v	-1.2
smashed it	v	2
waited an hour	v	-1.4
waited over an hour	v	-1.6
a hair in	v	-1.5
shrugged	v	-1
tiny portions	v	-1.2
left hungry	v	-1.2
out of control	v	-1.5
piping hot	v	1.2
burnt	v	-1.2
burnt to a crisp	v	-1.8
# Trains and public transport (set 92): packed like sardines, stranded
# by a surprise strike, toilets out of use, wifi that never works; always
# on time, punctual, a delay refund (the scheme's name, not a delay).
like sardines	v	-1.5
stranded	v	-1.5
surprise strike	v	-1.2
out of use	v	-1.5
easiest way	v	0
always on time	v	1.5
bang on time	v	1.2
punctual	v	1.5
never works	v	-1.8
delay refund	v	0
delay repay	v	0
# Online marketplaces and second-hand sales (set 93): "a hole in" an
# item sold as flawless, fees that "have gone up".
a hole in	v	-1.5
fees have gone up	v	-1.4
fees went up	v	-1.4
prices have gone up	v	-1.4
# Parcel delivery and the post (set 94): a box "dented" or "soaked
# through", a parcel that "still isn't there", left with a neighbour,
# a missed-delivery notice though the customer "was home all day".
dented	v	-1.5
soaked through	v	-1.5
still isn't there	v	-1.5
still not there	v	-1.5
still isn't here	v	-1.5
still not here	v	-1.5
was home all day	v	-1.8
was in all day	v	-1.8
package with a neighbour	v	-1.5
parcel with a neighbour	v	-1.5
package with a neighbor	v	-1.5
parcel with a neighbor	v	-1.5
left it with a neighbour	v	-1.5
left it with a neighbor	v	-1.5
delivered to a neighbour	v	-1.5
delivered to a neighbor	v	-1.5
# Gyms and sports clubs (set 95): a gym "rammed" after work, a trainer
# who "never shows up", fees "hiked" with "zero notice", a room "like a
# sauna"; "top notch" equipment, machines that "actually work"; "Planet
# Fitness" is a name, not praise.
rammed	v	-1.5
never shows up	v	-2
never show up	v	-2
hiked	v	-1.2
zero notice	v	-1.5
like a sauna	v	-1.5
hidden joining fee	v	-1.8
planet fitness	v	0
actually work	v	1.2
actually works	v	1.2
top notch	v	2
# Supermarkets (set 96): one till open, a queue out the door, food out of
# date or mouldy, "unexpected item in bagging area", substitutions that are
# rubbish, offers that are a con, a guard treating you like a criminal
# ("security guard" reads as praise otherwise), endless queues; a refund
# without any fuss.
one till open	v	-1.8
one checkout open	v	-1.8
queue out the door	v	-1.5
out of date	v	-1.5
unexpected item in bagging area	v	-1.5
rubbish	v	-2
mouldy	v	-1.5
moldy	v	-1.5
a con	v	-1.8
like a criminal	v	-1.8
security guard	v	0
endless queue	v	-1.5
endless queues	v	-1.5
queues are endless	v	-1.5
endless wait	v	-1.5
without any fuss	v	1.5
without a fuss	v	1.5
no fuss	v	1.2
# Internet and mobile (set 97): a speed reached "on a good day", patchy
# wifi, a booster that "does nothing"; a cheap deal.
on a good day	v	-1.2
patchy	v	-1.5
does nothing	v	-1.5
cheap deal	v	1.5
# Car rental (set 98): "upselling", a desk closed on landing, "no air con",
# a firm that "tried to charge us"; "flight number" at 0 (en.lex gives
# "number" 0.3).
upselling	v	-1.5
desk was closed	v	-1.5
no air con	v	-1.5
no aircon	v	-1.5
tried to charge us	v	-1.5
tried to charge me	v	-1.5
flight number	v	0
# Furniture (set 99): an order with "still nothing" months on, a "warped"
# table ("warped" alone is as often a twisted film), a delivery where
# "nobody turned up".
still nothing	v	-1.5
table warped	v	-1.5
warped after	v	-1.5
nobody turned up	v	-1.8
no one turned up	v	-1.8
# Opticians (set 100): glasses that "haven't arrived" (as "hasn't
# arrived"), frames that "snapped after" a fortnight, arms that "pinch",
# lenses "past their expiry", glasses "still crooked" or that "keep
# sliding"; "get one free" (an offer's name) and "Vision Express" (a
# chain; en.lex gives "vision" 1) at 0.
haven't arrived	v	-2
snapped after	v	-1.5
they pinch	v	-1.2
crooked	v	-1.2
past their expiry	v	-1.5
past its expiry	v	-1.5
past the expiry	v	-1.5
keep sliding	v	-1.2
keeps sliding	v	-1.2
get one free	v	0
vision express	v	0
# Hairdressers (set 101): stylists who "took off four inches", colour
# that "came out brassy" (not "brassy" alone: a film's "big, brassy"
# score is praise), "waited forty minutes" (as "waited # hours"), a stylist
# who "burned my" neck or "nicked my" ear, an "uneven" fringe, prices
# that "have doubled"; "my highlights" (en.lex's "highlight" is praise)
# and the noun "cut" in "men's cut" or "how to cut" at 0, "great cut"
# as "great".
took off # inches	v	-1.2
came out brassy	v	-1.2
gone brassy	v	-1.2
went brassy	v	-1.2
turned brassy	v	-1.2
waited # minutes	v	-1.2
burned	v	-1.2
burned my	v	-1.5
burnt my	v	-1.5
nicked my	v	-1.4
uneven	v	-1.2
prices have doubled	v	-1.4
price has doubled	v	-1.4
prices doubled	v	-1.4
price doubled	v	-1.4
my highlights	v	0
men's cut	v	0
women's cut	v	0
how to cut	v	0
great cut	v	3.1
# Estate agents (set 102): an agent who "kept my deposit", a flat
# "already been let", an offer "gazumped", "admin fees", fees that are
# "eye-watering", "heard nothing back/for/since/from" (not "heard
# nothing" alone: its "nothing" turns over what follows, "heard nothing
# bad", and a phrase ending in "nothing" does not); praise for one who
# "kept us updated". "clearly" strengthens what it says rather than
# praising (en.lex has it at 1.7): photos "clearly taken with a
# wide-angle lens", a film that "clearly suffers".
kept my deposit	v	-1.6
kept our deposit	v	-1.6
kept the deposit	v	-1.6
already been let	v	-1
gazumped	v	-2
admin fees	v	-1.2
eye-watering	v	-1.4
heard nothing back	v	-1.4
heard nothing for	v	-1.4
heard nothing since	v	-1.4
heard nothing from	v	-1.4
kept us updated	v	1.6
kept me updated	v	1.6
kept us informed	v	1.6
kept me informed	v	1.6
clearly	b	0.293
# Pet shops (set 103): a bag delivered "split open", a lead that
# "snapped on the (very) first" walk or "snapped within" a week (as
# "snapped after"; not "snapped on" alone: a cover "snapped on" is
# fitted), a "treatment did nothing", "did absolutely nothing", "did
# nothing to help/about it" (not "did nothing" alone, for the same reason
# as "heard nothing": "did nothing but help", "did nothing wrong").
split open	v	-1.4
snapped on the first	v	-1.5
snapped on the very first	v	-1.5
snapped within	v	-1.5
treatment did nothing	v	-1.2
did absolutely nothing	v	-1.4
did nothing to help	v	-1.4
did nothing about it	v	-1.4
# Courses and driving schools (set 104): "outdated" videos, quizzes
# that "don't match" the material, a tutor "clearly unprepared", an
# instructor who "yelled at" a learner (not "yelled" alone: fans yell),
# support that "closed my ticket" "without answering"; a tutor who "was
# patient", "grades went up".
outdated	v	-1.2
don't match	v	-1.2
unprepared	v	-1.4
yelled at	v	-1.8
closed my ticket	v	-1.2
without answering	v	-1.2
was patient	v	1.2
were patient	v	1.2
grades went up	v	1.5
# Cinemas (set 105): the "screen went black", a screening "oversold",
# people "talking through the whole" film, a picture that "was blurry"
# (en.lex's "blurry" is -0.4), "minutes/an hour of adverts", popcorn
# "stale", sound "too loud"; a cinema that "starts on time" with "hardly
# any adverts", seats "comfy" (missing until now).
screen went black	v	-1.5
oversold	v	-1.4
talking through the whole	v	-1.2
talked through the whole	v	-1.2
was blurry	v	-1.4
were blurry	v	-1.4
minutes of adverts	v	-1.2
minutes of ads	v	-1.2
hour of adverts	v	-1.2
hour of ads	v	-1.2
stale	v	-1.4
too loud	v	-1.2
starts on time	v	1.2
started on time	v	1.2
hardly any adverts	v	1
hardly any ads	v	1
comfy	v	1.8
# DIY stores (set 106): timber "warped", cabinets "wonky", doors that
# "won't close", a till that "kept freezing" (listed with "keeps
# freezing"), staff who "helped me", a click and collect that "said
# ready" (0: a status, not praise), someone who "returned a faulty" saw
# (-0.3: the store's part is what follows), prices "decent" (missing
# until now; VADER has no "decent").
warped	v	-1.3
wonky	v	-1.2
won't close	v	-1.2
helped me	v	1.2
helped us	v	1.2
said ready	v	0
says ready	v	0
returned a faulty	v	-0.3
decent	v	1.2
# --- insults and threats (aggressive)
idiot	i	-2.3
idiots	i	-2.3
moron	i	-2.5
morons	i	-2.5
stupid	i	-2.4
dumb	i	-2.3
dumbass	i	-3
asshole	i	-3.3
assholes	i	-3.3
bastard	i	-3
bastards	i	-3
bitch	i	-3.1
bitches	i	-3.1
cunt	i	-3.6
dickhead	i	-3.2
dick	i	-2.6
jerk	i	-2.4
loser	i	-2.4
losers	i	-2.4
scumbag	i	-3.2
scum	i	-3.1
retard	i	-3.2
retarded	i	-3.2
shut up	i	-2.4
stfu	i	-3
fuck you	i	-3.6
f you	i	-3.4
fck you	i	-3.6
fk you	i	-3.6
fuk you	i	-3.6
fuck off	i	-3.6
screw you	i	-3.2
go to hell	i	-3.4
go die	i	-3.8
kill yourself	i	-4
kys	i	-4
i will kill you	i	-4
i'll kill you	i	-4
gonna kill you	i	-4
i'm going to kill you	i	-4
going to kill you	i	-4
we know where you live	i	-3.8
i know where you live	i	-3.8
i will find you	i	-3.2
i'll find you	i	-3.2
watch your back	i	-3.2
you will pay for this	i	-2.8
you'll pay for this	i	-2.8
you will regret this	i	-2.8
you'll regret this	i	-2.8
you will regret it	i	-2.8
you'll regret it	i	-2.8
you're going to regret this	i	-2.8
you're going to regret it	i	-2.8
thief	i	-2.6
thieves	i	-2.6
crook	i	-2.6
crooks	i	-2.6
clown	i	-1.8
clowns	i	-1.8
pathetic	i	-2.5

# --- en.lex entries that are mostly not opinions in customer talk
support	v	0
supports	v	0
credit	v	0
please	v	0
help	v	0.5
well	v	0
like	v	0.5
amazon	v	0
# Insults and threats at a brand (a ninth probe of aggressive mentions).
scammer	i	-2.8
scammers	i	-2.8
scam artists	i	-2.8
con artists	i	-2.8
fuck this	i	-2.8
fuck these	i	-2.8
fuck them	i	-2.8
fuck your	i	-2.8
burn your store	i	-3
burn your office	i	-3
burn your house	i	-3
report you	v	-1.5
# Online shopping (a tenth probe of retail mentions, 24 Nov).
still processing	v	-1.2
left it in the rain	v	-1.8
tracking hasn't updated	v	-1.8
tracking not updated	v	-1.8
arrived early	v	1.5
a day early	v	1.5
well packed	v	1.5
well packaged	v	1.5
item missing	v	-1.8
missing from my order	v	-1.8
delivery rescheduled	v	-1.8
marked it delivered	v	-1.8
marked as delivered but	v	-2
thrown over the fence	v	-2.2
threw it over the fence	v	-2.2
left in the rain	v	-1.8
this is how you treat	v	-2.2
can't log into	v	-1.8
cannot log into	v	-1.8
can't sign in	v	-1.8
can't sign into	v	-1.8
exactly as described	v	1.8
says on the tin	v	1.8
barely lasts	v	-1.8
screen cracked	v	-1.8
cracked within	v	-1.8
hold a charge	v	1.2
holds a charge	v	1.2
lasts for days	v	1.8
overheats	v	-2
overheating	v	-2
save your money	v	-2.2
# Common misspellings (24 Nov), which the phrases of their words take too
# ("never recieved").
dissapointed	=	disappointed
disapointed	=	disappointed
dissapointing	=	disappointing
disapointing	=	disappointing
recieved	=	received
recieve	=	receive
definately	=	definitely
terible	=	terrible
horible	=	horrible
awfull	=	awful
wierd	=	weird
beautifull	=	beautiful
recomend	=	recommend
reccomend	=	recommend
reccommend	=	recommend
recommed	=	recommend
excelent	=	excellent
exellent	=	excellent
awsome	=	awesome
usefull	=	useful
helpfull	=	helpful
lovley	=	lovely
unfortunatly	=	unfortunately
unfortunatelly	=	unfortunately
definitly	=	definitely
dissappointed	=	disappointed
dissapointment	=	disappointment
disapointment	=	disappointment

# --- oaths (x): opening its clause, an oath takes the sign of the rest of
# its sentence. "damn" and "shit" stay valences: "Damn, I missed the
# great show" is regret as often as "damn this is good" is delight.
holy shit	x	-2.6
