# scrm's own French vocabulary for social media: negation, intensifiers,
# contrast, SMS spellings, slang, insults and threats. Written for scrm
# (same licence as the project). Loaded after fr.lex, which it overrides.
# Format: term TAB kind [TAB value] -- see scrm-tone(1). Accents are optional
# in the text ("decu" matches "déçu"); plural and feminine endings are found
# without being listed.

# --- negation (p: also turns the word before it, as the negations that
# follow the verb do: "j'aime pas", "ça marche jamais")
ne	n
pas	p
jamais	p
rien	p
guère	p
aucun	n
aucune	n
sans	n
ni	n
nullement	p
pas du tout	p
plus du tout	p
pas vraiment	p
pas trop	p
pas tellement	p
pas très	n
pas si	n

# --- intensifiers and diminishers
très	b	0.293
trop	b	0.293
tellement	b	0.293
grave	b	0.293
hyper	b	0.293
ultra	b	0.293
vraiment	b	0.293
vachement	b	0.293
carrément	b	0.293
complètement	b	0.293
totalement	b	0.293
absolument	b	0.293
extrêmement	b	0.293
particulièrement	b	0.293
franchement	b	0.293
sacrément	b	0.293
tout à fait	b	0.293
tres	b	0.293
trés	b	0.293
archi	b	0.293
méga	b	0.293
un peu	b	-0.293
assez	b	-0.15
plutôt	b	-0.15
peu	b	-0.293
presque	b	-0.2
moyennement	b	-0.293
légèrement	b	-0.293
à peine	b	-0.293

# --- contrast and clause separators
mais	c
par contre	c
sauf que	c
cependant	c
pourtant	c
néanmoins	c
toutefois	c
en revanche	c
et	s
puis	s
alors que	s
tandis que	s
# asides: a new clause about something else, which lends no tone to an aspect before it
sinon	o
à part ça	o
à part cela	o
pour le reste	o

# --- SMS and spelling variants
tjrs	=	toujours
tjr	=	toujours
tjs	=	toujours
bcp	=	beaucoup
bcq	=	beaucoup
pr	=	pour
pa	=	pas
pô	=	pas
po	=	pas
tro	=	trop
trp	=	trop
vrmt	=	vraiment
vraimen	=	vraiment
vrm	=	vraiment
grv	=	grave
mm	=	même
koi	=	quoi
ki	=	qui
kan	=	quand
pk	=	pourquoi
pq	=	pourquoi
pcq	=	parce que
psk	=	parce que
slt	=	salut
bjr	=	bonjour
dsl	=	désolé
mrc	=	merci
mci	=	merci
merki	=	merci
stp	=	s'il te plait
svp	=	s'il vous plait
jpp	=	j'en peux plus
nrv	=	énervé
chui	=	suis
chuis	=	suis
jsuis	=	suis
jsui	=	suis
ptn	=	putain
tkt	=	t'inquiète
ac	=	avec
avc	=	avec
nn	=	non
jamai	=	jamais
rien à foutre	v	-2
en ai rien à faire	v	-1.6
en a rien à faire	v	-1.6
en ont rien à faire	v	-1.6

# --- positive
top	v	2.4
au top	v	2.8
génial	v	3
géniale	v	3
génialissime	v	3.5
excellent	v	3.1
parfait	v	3
nickel	v	2.5
nikel	=	nickel
impeccable	v	2.6
trop bien	v	2.8
bien	v	1.2
très bien	v	2.5
bon	v	1.6
bonne	v	1.6
meilleur	v	2.2
meilleure	v	2.2
le meilleur	v	3
super	a	2.5
ça déchire	v	2.2
c'est le feu	v	2.5
ça claque	v	2
rien à redire	v	2
rien à reprocher	v	2
y a pas mieux	v	2
aux petits soins	v	2.2
rien à dire	v	1.5
recommander	v	1.5
sans hésiter	v	1.5
génie	v	2.3
ouf	v	1.5
de ouf	a	2.5
dingue	v	1.2
incroyable	v	2.6
magnifique	v	3
merveilleux	v	3
sublime	v	3
splendide	v	3
superbe	v	3
formidable	v	3
fantastique	v	3.2
extraordinaire	v	3
exceptionnel	v	3
cool	v	1.8
sympa	v	1.8
sympathique	v	1.8
chouette	v	2
kiffe	v	2.5
kiff	v	2.5
kiffer	v	2.5
kiffé	v	2.5
kiffant	v	2.5
jkiffe	v	2.5
adore	v	3
adorer	v	3
adoré	v	3
adorent	v	3
adorable	v	2.8
aime	v	2.2
aimer	v	2.2
aimé	v	2.2
aiment	v	2.2
amour	v	2.5
love	v	2.7
merci	v	1.8
merci beaucoup	v	2.4
bravo	v	2.8
félicitations	v	2.8
félicitation	v	2.8
chapeau	v	1.6
hâte	v	1.5
vivement	v	1.5
heureux	v	2.6
heureuse	v	2.6
content	v	2.2
contente	v	2.2
ravi	v	2.6
ravie	v	2.6
satisfait	v	2
satisfaite	v	2
fier	v	2
fière	v	2
efficace	v	2
rapide	v	1.4
moins drôle	v	-1.2
arrivé vite	v	1.4
livré vite	v	1.4
rien pu faire	v	-1.2
réactif	v	1.8
réactive	v	1.8
pratique	v	1.2
fiable	v	1.8
agréable	v	2
réussi	v	2
recommande	v	2.2
je recommande	v	2.5
à recommander	v	2.3
recommanderai	v	2
recommanderais	v	2
# Stars given in a review (Allociné's train reviews that say "une étoile"
# are 58 negative of 60, "4 étoiles" 38 positive of 46; three stars say
# nothing either way)
une étoile	v	-1.8
1 étoile	v	-1.8
demi étoile	v	-2
0 étoile	v	-2.2
zéro étoile	v	-2.2
4 étoiles	v	1.5
quatre étoiles	v	1.5
5 étoiles	v	2.4
cinq étoiles	v	2.4
gagné	v	1.8
gagner	v	1.3
victoire	v	2.2
bonheur	v	3
plaisir	v	2.2
joie	v	2.8
rire	v	1.5
drôle	v	1.8
marrant	v	1.6
beau	v	2
belle	v	2
joli	v	1.9
jolie	v	1.9
classe	v	2
stylé	v	2
stylée	v	2
bg	v	1.8
wow	v	2.3
waouh	v	2.3
ouah	v	2
youpi	v	2.5
yes	v	1.8
enfin	v	0.5
bisou	v	1.8
bisous	v	1.8
bise	v	1.5
bises	v	1.5
cadeau	v	1.6
gratuit	v	1.2
pas mal	v	1.4
pas cher	v	1.6
sans souci	v	1.5
aucun souci	v	1.5
aucun problème	v	1.6
pas de souci	v	1.5
pas de problème	v	1.6
ça marche	v	1
ça fonctionne	v	1
bien joué	v	2.5
respect	v	1.8
solidarité	v	1.5
soutien	v	1.4
espoir	v	1.8
paix	v	1.8
bienvenue	v	1.8
utile	v	1.5
efficacité	v	1.6
progrès	v	1.5
innovation	v	1.2
innovant	v	1.6
protéger	v	1
sauver	v	1.5

# laughs (kind l): nothing in a sentence that otherwise blames ("colis
# perdu encore mdr")
mdr	l	1.5
ptdr	l	1.6
xptdr	l	1.6
lol	l	1.4
haha	l	1.5

# --- negative
nul	v	-2.5
nulle	v	-2.5
nuls	v	-2.5
naze	v	-2.3
nase	v	-2.3
relou	v	-1.9
chiant	v	-2.2
chiante	v	-2.2
saoulant	v	-1.8
me saoule	v	-1.8
me saoulent	v	-1.8
me saoulez	v	-1.8
me gonfle	v	-1.5
me gonflent	v	-1.5
soulant	v	-1.8
gonflant	v	-1.8
lourd	v	-1.2
bof	v	-1.2
moyen	v	-0.8
pas terrible	v	-1.6
pas top	v	-1.6
pas fou	v	-1.2
pas ouf	v	-1.3
pas fan	v	-1.5
pas folichon	v	-1.5
pas le pied	v	-1.5
c'est le pied	v	2.2
pas plus lent	v	-2
pas rêver mieux	v	2.5
regrette mon choix	v	-2
regrette mon achat	v	-2
pas génial	v	-1.5
# "pas X X": not that X, one opinion, not a second X
pas génial génial	v	-1.5
pas terrible terrible	v	-1.6
pas top top	v	-1.6
pas fou fou	v	-1.2
pourri	v	-2.8
pourrie	v	-2.8
nullissime	v	-3
catastrophe	v	-3
catastrophique	v	-3
horrible	v	-2.8
affreux	v	-2.6
atroce	v	-3
lamentable	v	-2.8
pathétique	v	-2.4
honteux	v	-2.5
honte	v	-2.3
scandale	v	-2.6
scandaleux	v	-2.8
inacceptable	v	-2.7
inadmissible	v	-2.7
déçu	v	-2.2
déçue	v	-2.2
décevant	v	-2.3
déception	v	-2.3
dégoûté	v	-2.2
dégoûter	v	-2.2
dégouté	v	-2.2
dégoûtant	v	-2.6
dégueulasse	v	-2.8
écœuré	v	-2.5
écœurée	v	-2.5
écœurant	v	-2.5
dégueu	v	-2.5
degueu	v	-2.5
ras le bol	v	-2.3
marre	v	-2.1
en avoir marre	v	-2.3
j'en ai marre	v	-2.4
galère	v	-2
galérer	v	-1.8
arnaque	v	-2.8
arnaquer	v	-2.8
arnaqué	v	-2.8
escroquerie	v	-3
vol	v	-1.5
volé	v	-2
panne	v	-1.8
en panne	v	-2
bug	v	-1.5
beug	v	-1.5
bugué	v	-1.8
bugs	v	-1.5
plantage	v	-1.6
plante	v	-1.4
appli crash	v	-1.8
appli crashe	v	-1.8
application crashe	v	-1.8
crashe tout le temps	v	-1.8
en rade	v	-1.8
paiement refusé	v	-1.8
échange refusé	v	-1.8
rupture de stock	v	-1.2
différent en caisse	v	-1.8
on reviendra	v	1.5
toujours bloqué	v	-1.8
intuitif	v	1.8
rame	v	-1.5
redémarre toute seule	v	-1.8
redémarre tout seul	v	-1.8
redémarre en boucle	v	-2
wifi saute	v	-1.8
connexion saute	v	-1.8
zone blanche	v	-1.8
débit divisé	v	-1.8
déconnexions	v	-1.6
hors forfait	v	-1.2
ligne coupée	v	-1.8
ligne est coupée	v	-1.8
connexion stable	v	1.5
débit stable	v	1.5
réseau stable	v	1.5
capte partout	v	1.8
capte bien	v	1.5
de la daube	v	-2.6
aux abonnés absents	v	-2
pris pour un pigeon	v	-2.4
pris pour des pigeons	v	-2.4
prend pour des pigeons	v	-2.4
prendre pour des pigeons	v	-2.4
est aux fraises	v	-1.8
sont aux fraises	v	-1.8
complètement aux fraises	v	-1.8
lent	v	-1.4
lente	v	-1.4
lenteur	v	-1.6
retard	v	-1.6
en retard	v	-1.8
attente	v	-1
attendre	v	-0.6
toujours pas	v	-1.6
toujours rien	v	-2
jamais reçu	v	-2.4
jamais venu	v	-1.8
pas venu	v	-1.6
inexistant	v	-1.6
pas reçu	v	-2
rien reçu	v	-2.2
rien ne fonctionne	v	-2
est une blague	v	-2
fuyez	v	-2.5
vaut le coup	v	1.6
vaut pas le coup	v	-1.8
vaut vraiment le coup	v	2
aucun regret	v	1.5
regrette d'avoir	v	-1.5
# Bare regret, turned over by a negation as any word (set 75: "je
# regrette amèrement").
regrette	v	-1.5
regretter	v	-1.5
le jour et la nuit	v	1.2
reviendrai pas en arrière	v	1.5
retourne chez mon ancien	v	-1.5
retourner chez mon ancien	v	-1.5
reviendrai	v	1.2
reviendrons	v	1.2
suis fan	v	1.8
rien ne marche	v	-2
aucun retour	v	-1.6
ni bon ni mauvais	v	0
# outages, waiting and claims (a seventh set of probe sentences)
plus de réseau	v	-1.8
plus d'internet	v	-1.8
plus de connexion	v	-1.8
plus de ligne	v	-1.6
plus de tv	v	-1.6
plus de télé	v	-1.6
plus de fibre	v	-1.8
plus de wifi	v	-1.6
sans internet	v	-1.8
sans réseau	v	-1.8
ni internet	v	-1.8
ni réseau	v	-1.8
sans connexion	v	-1.8
sans téléphone	v	-1.6
sans ligne	v	-1.6
sans fibre	v	-1.8
sans wifi	v	-1.6
sans tv	v	-1.6
sans télé	v	-1.6
aucune nouvelle	v	-1.6
aucunes nouvelles	v	-1.6
pas de nouvelles	v	-1.4
attend toujours	v	-1.6
attendons toujours	v	-1.6
mise en demeure	v	-1.6
déconseille	v	-2
déconseiller	v	-1.8
injustifié	v	-1.6
vaut pas un clou	v	-2
correspond pas	v	-1.4
correspondent pas	v	-1.4
problème réglé	v	1.6
problème résolu	v	1.8
dossier réglé	v	1.6
# The fix told as an act (set 75: "le conseiller a réglé mon problème"),
# where "problème" alone would count as blame.
réglé mon problème	v	1.6
réglé mon souci	v	1.6
réglé le problème	v	1.4
résolu mon problème	v	1.8
résolu mon souci	v	1.6
résolu le problème	v	1.6
prélèvement en double	v	-2
bloqué	v	-1.2
jeté le colis	v	-1.8
jeté mon colis	v	-1.8
jeté le carton	v	-1.8
vous plaisantez	v	-1.5
refusé de	v	-1.2
refusent de	v	-1.2
# SMS and slang of complaint and praise ("jpp" is an alias of "j'en peux plus").
j'en peux plus	v	-2
en peux plus	v	-2
sert à rien	v	-2
servent à rien	v	-2
rien compris	v	-1
osef	v	-1.8
s'en fout	v	-1.8
se fout de	v	-2.2
se fou de	v	-2.2
se foutent de	v	-2.2
foutez de	v	-2.2
la loose	v	-1.8
trop dég	v	-2.2
suis dég	v	-2.2
grave dég	v	-2.2
styl	v	1.8
jkiff	v	2.5
# Lies, money back.
menti	v	-2
mentent	v	-2
vous mentez	v	-2
veux être remboursé	v	-1.8
veux un remboursement	v	-1.6
rendez moi mon argent	v	-2
# Waiting, the runaround, being had; things working again.
minutes que j'attends	v	-1.4
heures que j'attends	v	-1.6
jours que j'attends	v	-1.6
semaines que j'attends	v	-1.8
mois que j'attends	v	-1.8
a pris # semaines	v	-1.6
a pris # mois	v	-1.6
a mis # semaines	v	-1.6
a mis # mois	v	-1.6
attendu # heures	v	-1.4
attendu # jours	v	-1.6
attendu # semaines	v	-1.8
avec # jours de retard	v	-1.4
avec # semaines de retard	v	-1.6
facturé # fois	v	-2
facturée # fois	v	-2
facturés # fois	v	-2
facturées # fois	v	-2
prélevé # fois	v	-2
prélevée # fois	v	-2
prélevés # fois	v	-2
prélevées # fois	v	-2
débité # fois	v	-2
débitée # fois	v	-2
débités # fois	v	-2
débitées # fois	v	-2
m'a baladé	v	-1.8
m'ont baladé	v	-1.8
nous a baladés	v	-1.8
nous ont baladés	v	-1.8
me balade	v	-1.8
nous balade	v	-1.8
me suis fait avoir	v	-2
nous sommes fait avoir	v	-2
se faire avoir	v	-1.8
faux espoir	v	-1.6
cauchemar	v	-2.5
cauchemardesque	v	-2.6
personne ne répond	v	-1.6
personne ne rappelle	v	-1.6
personne ne me rappelle	v	-1.6
dernière fois que je commande	v	-1.6
bon débarras	v	-1.5
tout fonctionne	v	1.5
tout marche	v	1.5
tout remarche	v	1.8
ça remarche	v	1.6
fonctionne à nouveau	v	1.6
# Repairs: what thanks after a fault are for (irony needs them told apart).
réparé	v	1.2
remboursé	v	1
rétabli	v	1.2
c'est réglé	v	1.2
tout est réglé	v	1.4
au poil	v	2
# Billed twice, driven mad, it is getting too much; a month for free.
double prélèvement	v	-1.8
me rendre fou	v	-1.6
me rend fou	v	-1.6
me rendre folle	v	-1.6
me rend folle	v	-1.6
commence à faire beaucoup	v	-1.2
offert	v	0.8
# Lines always busy, charges nobody mentioned, thanks for what everyone
# had noticed; cheaper.
sonne occupé	v	-1.4
occupé en permanence	v	-1.6
sonne dans le vide	v	-1.6
personne ne m'a parlé	v	-1.4
personne ne m'a prévenu	v	-1.4
on avait remarqué	v	-1.6
moins cher	v	1.2
moins chère	v	1.2
moins chers	v	1.2
moins chères	v	1.2
# Worth the price or not; recommended blindly ("fermés" alone is Pattern's closed).
vaut pas le prix	v	-1.8
vaut pas son prix	v	-1.8
les yeux fermés	v	1.8
# Travel, banking, insurance, energy: cancelled trains, claims, bills.
# "sinistre" and "vol" are Pattern's sinister and theft: as an insurance
# claim and a flight they say nothing ("c'est du vol" still blames).
train supprimé	v	-1.8
trains supprimés	v	-1.8
vol annulé	v	-1.6
surbooking	v	-1.8
vol retardé	v	-1.6
mon vol	v	0
notre vol	v	0
le vol	v	0
votre vol	v	0
un sinistre	v	0
le sinistre	v	0
mon sinistre	v	0
du sinistre	v	0
de sinistre	v	0
sinistre pris en charge	v	0.8
grève	v	-1
grève surprise	v	-1.8
sans explication	v	-1.2
sans aucune explication	v	-1.4
sans prévenir	v	-1.2
sans mon accord	v	-1.5
sans notre accord	v	-1.5
pris en charge	v	0.8
prise en charge rapide	v	1.4
remboursement reçu	v	1.4
remboursement rapide	v	1.5
retour refusé	v	-1.6
remboursement refusé	v	-1.8
au taquet	v	1.5
c'est carré	v	1.2
# Chatbots, accounts, technicians (a fifty-second set)
piraté	v	-1.5
piratée	v	-1.5
compte piraté	v	-2
personne ne bouge	v	-1.5
comprend rien	v	-1.5
comprennent rien	v	-1.5
très pro	v	1.5
comme un numéro	v	-1.6
# Indifference and exasperation (a sixty-seventh set)
monde s'en fiche	v	-1.5
monde s'en fout	v	-1.8
rien n'a changé	v	-1.5
énième fois	v	-1.2
nième fois	v	-1.2
centième fois	v	-1.2
# Exhaustion, hot air, never again (a sixty-eighth set)
suis à bout	v	-1.8
pipeau	v	-1.5
recommanderai jamais	v	-2.2
recommanderais jamais	v	-2.2
# Hours on the phone, trips for nothing, fees never asked for, and the
# courage wished to whoever tries to reach them (a sixty-ninth set)
heures au téléphone	v	-1.6
heure au téléphone	v	-1.4
au téléphone pour rien	v	-1.8
déplacé pour rien	v	-1.8
déplacée pour rien	v	-1.8
déplacés pour rien	v	-1.8
attendu pour rien	v	-1.8
appelé pour rien	v	-1.5
venu pour rien	v	-1.5
venus pour rien	v	-1.5
jamais demandé	v	-1.5
courage pour joindre	v	-1.5
courage pour les joindre	v	-1.5
bon courage pour joindre	v	-1.5
bon courage pour les joindre	v	-1.5
changerais pour rien au monde	v	2
changerai pour rien au monde	v	2
# A wall, below everything, and registered letters,
# which are no recommendation ("recommandé" meets "recommande" once
# accents go) (a seventieth set)
parler à un mur	v	-1.8
parle à un mur	v	-1.8
en dessous de tout	v	-2.2
un recommandé	v	0
en recommandé	v	0
lettre recommandée	v	0
courrier recommandé	v	0
# Trains cancelled at the last minute, no word at the station, lukewarm
# verdicts: "correct sans plus" is faint blame (with "sans plus" at -2 it
# was mixed), and "rapport qualité prix" names the price, praising nothing
# (a seventy-first set)
supprimé au dernier moment	v	-1.5
annulé au dernier moment	v	-1.5
aucune info	v	-1.2
aucune information	v	-1.2
correct sans plus	v	-0.5
rapport qualité prix	v	0
# Refusals, tracking that does not move, staff who went out of their way,
# being impressed (a seventy-second set)
non merci	v	-1
suivi n'a pas bougé	v	-1.2
colis n'a pas bougé	v	-1.2
commande n'a pas bougé	v	-1.2
démené	v	2
démenée	v	2
démenés	v	2
démenées	v	2
impressionné	v	2
impressionnée	v	2
impressionnés	v	2
impressionnées	v	2
# Being blown away; being made to pay; no trace of an order; "bien" that
# confirms rather than praises: "j'ai bien reçu", "je l'ai bien renvoyé",
# "j'ai bien essayé" (a seventy-third set)
bluffé	v	2
bluffant	v	2
me faire payer	v	-1.2
m'a fait payer	v	-1.2
m'ont fait payer	v	-1.2
aucune trace de	v	-1.2
bien reçu	v	0
bien envoyé	v	0
bien renvoyé	v	0
bien retourné	v	0
bien payé	v	0
bien essayé	v	0
bien arrivé	v	0
bien expédié	v	0
bien déposé	v	0
bien enregistré	v	0
# Managing to lose a parcel, breaking everything (a seventy-fourth set)
réussi à perdre	v	-2
réussi à casser	v	-2
casse tout	v	-1.8
# Food, shops, apps, parcels left out: slang praise, soaked boxes, returns
# at the buyer's cost, apps that log users out; a shop that opens or closes
# at 7 ("ouvert" is Pattern's open-minded, "ferme" meets its "fermé" once
# accents go). "taille" (size, Pattern's "taillé") at 0 moved a train text
# away from its label, so it stays.
une tuerie	v	2.5
c'est une tuerie	v	2.6
détrempé	v	-1.4
détrempée	v	-1.4
trempé	v	-1
ferme à	v	0
usant	v	-1.5
usante	v	-1.5
me déconnecte	v	-1.2
à mes frais	v	-1.2
à nos frais	v	-1.2
ouvert	v	0
ouverts	v	0
# "à l'étranger", abroad (roaming, parcels), more than strangers
étranger	v	0
étrangers	v	0
# Questions that complain
combien de fois faut-il	v	-1.5
combien de temps encore	v	-1.5
normal d'attendre	v	-1.5
# Slang of the street and of social media: weird or sketchy, a
# masterclass, a "dinguerie", spite ("le seum"), anger ("vénère"), being
# broke ("la hess"), awkward ("malaisant"), wrecked ("claqué/éclaté au
# sol", not "on s'est éclatés"), knocked out ("en pls"), approval ("je
# valide", "il a géré", "ça passe crème").
chelou	v	-1.2
masterclass	v	2.4
dinguerie	v	2.2
seum	v	-1.8
le seum	v	-1.8
vénère	v	-1.8
vnr	v	-1.8
la hess	v	-1.6
malaisant	v	-1.8
malaisante	v	-1.8
la flemme	v	-0.8
claqué au sol	v	-2.4
éclaté au sol	v	-2.4
en pls	v	-1.6
gavé de	v	-1.4
je valide	v	1.6
a géré	v	1.6
as géré	v	1.6
ont géré	v	1.6
avez géré	v	1.6
ça passe crème	v	1.2
# Written fast and misspelt (a sixteenth set of probe sentences): no
# network or connection ("pas de co"), a phone that "capte pas", a parcel
# "disparu dans la nature", what works "une fois sur deux", a bill that
# went up, quality that dropped (prices that drop stay praise: Pattern's
# "baisse" is not listed).
pas de réseau	v	-1.6
aucun réseau	v	-1.6
pas de co	v	-1.6
plus de co	v	-1.8
capte pas	v	-1.6
capte plus	v	-1.8
capte rien	v	-1.8
disparu dans la nature	v	-1.8
une fois sur deux	v	-1.4
facture a augmenté	v	-1.4
facture a encore augmenté	v	-1.6
prix a augmenté	v	-1.4
prix a encore augmenté	v	-1.6
prix ont augmenté	v	-1.4
tarifs ont augmenté	v	-1.4
pourrait être mieux	v	-1.2
aurait pu être mieux	v	-1.2
loin d'être	n
qualité a baissé	v	-1.6
qualité a bien baissé	v	-1.8
qualité en baisse	v	-1.6
# Idioms whose words say the opposite one by one (an eighteenth set):
# "ça ne casse pas des briques", "on ne s'ennuie pas", "ne vole pas haut",
# "on ne peut pas faire mieux/pire", "je ne peux que recommander" (the "ne"
# written where no "pas" follows to carry the negation), "je ne regrette
# pas", "ça laisse à désirer", "on repassera".
casse pas des briques	v	-1.6
casse pas trois pattes	v	-1.6
casse pas 3 pattes	v	-1.6
en attendais pas tant	v	1.8
en demandais pas tant	v	1.8
ennuie pas	v	1.6
ennuie jamais	v	1.6
ennuie pas une seconde	v	1.6
ennuie pas une minute	v	1.6
rien à jeter	v	1.8
rien de transcendant	v	-1.2
vole pas haut	v	-1.6
vole pas très haut	v	-1.6
vole pas bien haut	v	-1.6
pas fameux	v	-1.6
pas fameuse	v	-1.6
tient la route	v	1.4
tient pas la route	v	-1.6
pas à la hauteur	v	-1.8
à la hauteur	v	1.4
manque pas d'air	v	-1.4
manquent pas d'air	v	-1.4
pas faire pire	v	-2.4
pas faire mieux	v	2.4
vaut le détour	v	1.8
vaut pas le détour	v	-1.8
ne peux que recommander	v	2.4
ne peux que conseiller	v	2.4
ne peux que le recommander	v	2.4
ne peux que le conseiller	v	2.4
ne saurais trop recommander	v	2.4
ne saurais trop conseiller	v	2.4
ne saurais trop le recommander	v	2.4
ne saurais trop vous conseiller	v	2.4
ne saurais trop le conseiller	v	2.4
regrette pas	v	1.6
regrette rien	v	1.6
regrette absolument pas	v	1.6
laisse à désirer	v	-1.8
laissent à désirer	v	-1.8
on repassera	v	-1.4
# Negators that turn nothing over (a sixty-second set): "sans doute"
# (probably), "sans conteste", "comment ne pas aimer" and "impossible de
# ne pas aimer" (liking twice over), "rien que" (just: "rien que le
# titre"). Each holds its negator, so the word after it keeps its sign.
sans doute	v	0
sans aucun doute	v	0
sans nul doute	v	0
sans conteste	v	0
sans hésitation	v	1.5
comment ne pas	v	0
impossible de ne pas	v	0
rien que	v	0
éloge	v	2
# Standing nothing (a sixty-third set): "je ne supporte plus", "ça
# m'insupporte" ("ils ne supportent pas" is most often about others:
# "sauf à ceux qui ne supportent pas la vue du sang"); "pas terribles"
# as "pas terrible". "supporte" is the verb (to bear), not the aspect
# "support" with a feminine ending ("je supporte mal l'attente").
supporte	v	0
supporte pas	v	-1.8
supporte plus	v	-1.8
ne supporte plus	v	-1.8
insupporte	v	-2
insupportent	v	-2
pas terribles	v	-1.6
# "Bon" that says nothing of anything (a sixty-fourth set): resignation
# ("c'est cher mais bon"), surprise ("ah bon ?"), moving on ("bon bref",
# "bon ben", "bon bah", "bon là"); "mais bon en cuisine" is still good
# at cooking.
mais bon	c
mais bon en	v	1.6
ah bon	v	0
bon bref	v	0
bon ben	v	0
bon bah	v	0
bon là	v	0
# Enough is enough; don't expect anything.
commence à bien faire	v	-1.8
commencent à bien faire	v	-1.8
faut pas rêver	v	-1.2
# Pattern reads "jouissif" as blame; train's four reviews holding it
# are all positive. "(de) haut vol" is praise, not a theft.
jouissif	v	2
haut vol	v	2
# Tweets of everyday life (a nineteenth set): wishes of courage, being
# shocked (and indignant that "ça ne choque personne"), hatred ("j'ai la
# haine"), a hard time ("c'est chaud pour"), "big up".
courage à tous	v	1.4
courage à toi	v	1.4
courage à vous	v	1.4
bon courage	v	1.4
allez gérer	v	1.4
vas gérer	v	1.4
va gérer	v	1.4
choqué	v	-1.8
choquée	v	-1.8
choqués	v	-1.8
choquées	v	-1.8
choquant	v	-2
ne choque personne	v	-1.4
choquante	v	-2
la haine	v	-2.2
c'est chaud pour	v	-1.2
big up	v	2
# Waiting without end ("ça prend des plombes", "une éternité").
des plombes	v	-1.4
une éternité	v	-1.2
des heures au téléphone	v	-1.6
# A bill that is "salée" (steep).
facture salée	v	-1.6
facture est salée	v	-1.6
erroné	v	-1.5
facture erronée	v	-1.8
addition salée	v	-1.4
note salée	v	-1.4
# Energy, water, insurance claims (a twenty-first set): a catch-up bill
# that is "du délire", claims refused, an adviser who listens, paying more
# for less.
c'est du délire	v	-1.6
refuse de prendre en charge	v	-2
refusent de prendre en charge	v	-2
refuse de rembourser	v	-2
refusent de rembourser	v	-2
à l'écoute	v	1.6
restez à l'écoute	v	0
restons à l'écoute	v	0
traité rapidement	v	1.4
traitée rapidement	v	1.4
de plus en plus cher	v	-1.6
de moins en moins bon	v	-1.6
# Updates and release notes: what gets better, bugs that go away.
amélioration	v	1.5
bug corrigé	v	1.2
corrige le bug	v	1.2
corrige les bugs	v	1.2
corrige des bugs	v	1.2
corrigeant les bugs	v	1.2
corrigeant des bugs	v	1.2
correction des bugs	v	1.2
correction de bugs	v	1.2
corrections de bugs	v	1.2
corrige le problème	v	1.4
# "je n'ai jamais été aussi déçu" is very disappointed
jamais été aussi	b	0.293
jamais été si	b	0.293
jamais arrivé	v	-2.2
pas arrivé	v	-2
non reçu	v	-2
non livré	v	-2
pas livré	v	-1.8
toujours pas livré	v	-2
jamais livré	v	-2.2
non remboursé	v	-2
non respecté	v	-1.8
non respectée	v	-1.8
non conforme	v	-1.8
merci pour rien	v	-2
payé pour rien	v	-1.8
payer pour rien	v	-1.8
attends toujours	v	-1.6
arrive pas à	v	-1.4
arrive plus à	v	-1.4
cata	v	-2.5
moque du monde	v	-2.4
moquez du monde	v	-2.4
fout de nous	v	-2.4
fout du monde	v	-2.4
plus jamais	v	-2
jamais plus	v	-2
mieux avant	v	-1.4
marche pas	v	-2
marche plus	v	-2
ne marche plus	v	-2
marche jamais	v	-2
ça marche pas	v	-2
ça marche plus	v	-2
fonctionne pas	v	-2
fonctionne plus	v	-2
ne fonctionne plus	v	-2
fonctionne jamais	v	-2
ça fonctionne pas	v	-2
ça fonctionne plus	v	-2
répond pas	v	-2
répond plus	v	-2
ne répond plus	v	-2
répond jamais	v	-2.2
répondent pas	v	-2
répondent jamais	v	-2.2
répondez pas	v	-2
répondez jamais	v	-2.2
répondez plus	v	-2
cher	v	-0.8
trop cher	v	-2
hors de prix	v	-2.2
# phrases are matched as written: their inflections are listed
prix élevé	v	-1.2
prix élevés	v	-1.2
prix trop élevé	v	-2
prix trop élevés	v	-2
trop élevé	v	-1.6
trop élevés	v	-1.6
trop élevée	v	-1.6
trop élevées	v	-1.6
un peu élevé	v	-1
un peu élevés	v	-1
un peu élevée	v	-1
un peu élevées	v	-1
tarifs élevés	v	-1.2
imbattable	v	2
ruine	v	-2
problème	v	-1.6
probleme	v	-1.6
souci	v	-1.2
soucis	v	-1.2
bordel	x	-2
merde	x	-2.4
merdique	v	-2.9
chier	v	-2.2
fait chier	v	-2.7
ça craint	v	-2
craint	v	-1.6
craignos	v	-2
foutage de gueule	v	-2.8
c'est une blague	v	-2
quelle blague	v	-2
vaste blague	v	-2.3
se foutre de	v	-2.2
foutent	v	-1.6
fout	v	-1.2
putain	x	-1.2
# Québec French: oaths, taking the sign of their sentence as "putain"
# does; "tanné" (fed up), "niaisé" (strung along), "smatte" (kind)
tabarnak	x	-1.2
tabarnac	x	-1.2
câlisse	x	-1.2
ostie	x	-1.2
en tabarnak	v	-2
en tabarouette	v	-1.5
tanné	v	-1.5
niaisé	v	-1.5
smatte	v	1.5
zut	v	-1
mince	v	-0.8
flûte	v	-0.8
raté	v	-1.8
rater	v	-1.5
échec	v	-2.2
pire	v	-2.5
le pire	v	-3
énervé	v	-2.2
énervée	v	-2.2
énervant	v	-2.2
agacé	v	-1.8
agaçant	v	-2
furieux	v	-2.8
colère	v	-2.4
triste	v	-2.1
tristesse	v	-2.2
malheureux	v	-2.2
malheureusement	v	-1.5
hélas	v	-1.5
dommage	v	-1.6
snif	v	-1.4
sniff	v	-1.4
ouin	v	-1.2
peur	v	-1.8
inquiet	v	-1.6
inquiète	v	-1.6
mort	v	-1.6
morts	v	-1.6
mourir	v	-2
tué	v	-2.5
tuer	v	-2.5
guerre	v	-2.2
attentat	v	-3
terrorisme	v	-2.8
terroriste	v	-2.8
crise	v	-1.8
chômage	v	-1.8
pollution	v	-1.8
danger	v	-2
dangereux	v	-2.2
menace	v	-2
désastre	v	-3
drame	v	-2.5
dramatique	v	-2.5
accident	v	-2
victime	v	-2
victimes	v	-2
souffrance	v	-2.5
souffrir	v	-2.3
mal	v	-1.5
malade	v	-1.6
fatigué	v	-1.3
fatiguée	v	-1.3
ennui	v	-1.6
ennuyeux	v	-2
inutile	v	-2
incompétent	v	-2.6
incompétents	v	-2.6
incompétence	v	-2.6
injoignable	v	-2.2
injuste	v	-2.2
injustice	v	-2.4
mensonge	v	-2.2
menteur	v	-2.4
mensonger	v	-2.2
faux	v	-1
abusé	v	-2
abus	v	-2
abusif	v	-2.2
abusent	v	-1.5
c'est validé	v	1.5
n'importe quoi	v	-2.2
nimp	v	-2
wtf	v	-1.8
rip	v	-1.2
plainte	v	-1.8
porter plainte	v	-2.2
résilier	v	-1.6
résilie	v	-1.6
résilié	v	-1.6
changer d'opérateur	v	-1.2
chez la concurrence	v	-1.2
à la concurrence	v	-1.2
vous allez m'entendre	v	-1.8
vous abusez	v	-1.8
change d'opérateur	v	-1.2
changé d'opérateur	v	-1.2
raccroché au nez	v	-2.2
raccroche au nez	v	-2.2
résiliation	v	-1.4
# w, a want: asked for, a mild complaint; negated ("pas de remboursement"), the want unmet
rembourser	w	-0.6
remboursement	w	-0.6
annulé	v	-1.4
annulé les frais	v	1.8
frais annulés	v	1.8
frais cachés	v	-2
sans me demander	v	-1.5
annulation	v	-1.2
perdu	v	-1.6
cassé	v	-2
défectueux	v	-2.3
abîmé	v	-2
arrivé abîmé	v	-2.2
colis abîmé	v	-2
reçu abîmé	v	-2
est planté	v	-1.6
a planté	v	-1.6
décor est planté	v	0
endommagé	v	-2.2
coupé	v	-1.2
coupure	v	-1.8
aucune réponse	v	-2.2
sans réponse	v	-2
pas de réponse	v	-2.2
déplorable	v	-2.8
insupportable	v	-2.6
épouvantable	v	-2.8
pitoyable	v	-2.6
misérable	v	-2.2
médiocre	v	-2.2
mauvais	v	-2.1
mauvaise	v	-2.1
moche	v	-2
laid	v	-2
bidon	v	-2
foireux	v	-2.2
à chier	v	-3
de merde	v	-3
trop nul	v	-3
sérieux	v	0.5
vraiment nul	v	-3
# Taken for fools, lagging behind, prices going up; "pas pour des
# pigeons" holds its own negation: "ne nous prenez pas pour des pigeons"
# is no praise, "ils ne nous prennent jamais pour des pigeons" is.
pour des pigeons	v	-2.3
pas pour des pigeons	v	-2.3
à la ramasse	v	-1.8
merci du cadeau	v	-1.5
hausse de prix	v	-1.2
hausse des prix	v	-1.2
hausse de tarif	v	-1.2
hausse des tarifs	v	-1.2
augmentation de prix	v	-1.2
augmentation des prix	v	-1.2
augmentation de tarif	v	-1.2
augmentation des tarifs	v	-1.2
# A nuisance called a wound (set 76: "quelle plaie ce service client");
# the bare word stays out, as it is also the wound itself.
quelle plaie	v	-1.8
une plaie	v	-1.6
une vraie plaie	v	-2
# Apps and sites that fail (set 80): a battery eaten, a blank page where
# the payment should be, a fingerprint no longer recognised. "sombre" is
# Pattern's "dark" as in gloomy; the dark mode of an app is no opinion.
bouffe ma batterie	v	-1.5
bouffe la batterie	v	-1.5
bouffe toute ma batterie	v	-1.5
bouffe toute la batterie	v	-1.5
vide ma batterie	v	-1.3
vide la batterie	v	-1.3
page blanche	v	-1.3
écran blanc	v	-1.3
écran noir	v	-1.3
ne reconnaît plus	v	-1.2
mode sombre	v	0
thème sombre	v	0
# Travel (set 81): "les sièges sont super inconfortables" was praise, as
# "super" with nothing valued after it is a valence.
inconfortable	v	-1.5
# Banks and insurers (set 82): a job done in haste ("expertise bâclée"), a
# card swallowed by the cash machine, an answer that comes fast.
bâclé	v	-2
carte avalée	v	-1.5
avalé ma carte	v	-1.5
répond vite	v	1.2
répondent vite	v	1.2
# Utilities (set 83): hot water is no praise, its absence is a complaint;
# an outage announced in advance is a notice.
eau chaude	v	0
plus d'eau chaude	v	-1.5
pas d'eau chaude	v	-1.5
coupure programmée	v	0
coupures programmées	v	0
rien n'a été réglé	v	-1.5
rien n'est réglé	v	-1.5
# Cars and garages (set 84): a warning light on is a fault, the wait for
# parts or for a tow truck a complaint; asking for "un bon garage" is a
# request for advice, not praise.
voyant moteur allumé	v	-1.5
voyant moteur s'allume	v	-1.5
voyant moteur qui s'allume	v	-1.5
voyant moteur qui clignote	v	-1.5
voyant allumé	v	-1.2
en attente de pièce	v	-1.2
en attente de pièces	v	-1.2
heures à arriver	v	-1.2
heures pour arriver	v	-1.2
connaît un bon	v	0
connait un bon	v	0
connaît une bonne	v	0
connait une bonne	v	0
connaissez un bon	v	0
connaissez une bonne	v	0
conseiller un bon	v	0
conseiller une bonne	v	0
recommander un bon	v	0
recommander une bonne	v	0
cherche un bon	v	0
cherche une bonne	v	0
# Health care (set 85): hours spent in the emergency room, a doctor who
# barely listens; Pattern's "particulière" (-0.45) is "peculiar", but a
# "chambre particulière" is a private room.
heures aux urgences	v	-1.4
à peine écouté	v	-1.5
à peine écoutée	v	-1.5
consultation expédiée	v	-1.5
chambre particulière	v	0
# Games and streaming (set 86): a game released full of bugs, a
# controller that drifts, "les boules" (gutted; "les boules de Noël" are
# baubles); a "partie classée" is a ranked match, where Pattern's
# "classée" (2) is "classy".
buggé	v	-1.8
buggée	v	-1.8
buggés	v	-1.8
buggées	v	-1.8
les boules	v	-1.8
les boules de	v	0
du drift	v	-1.5
partie classée	v	0
parties classées	v	0
# Public services (set 87): a Kafkaesque procedure, a line always busy, a
# paper asked for again; a patient clerk and the relief of a permit come.
kafkaïen	v	-2
kafkaïenne	v	-2
kafkaïens	v	-2
kafkaïennes	v	-2
ligne saturée	v	-1.5
impossible de joindre	v	-1.8
déjà envoyé	v	-1
déjà envoyés	v	-1
très patient	v	1.5
très patiente	v	1.5
soulagement	v	1.5
# Housing (set 88): a landlord who does not care, mould, bed bugs,
# unhealthy lodgings, no repairs; Pattern's "exorbitant" (0.33) is a
# price far too high.
s'en fiche	v	-1.6
s'en fichent	v	-1.6
moisissure	v	-1.2
moisissures	v	-1.2
punaises de lit	v	-1.8
insalubre	v	-2
insalubres	v	-2
aucun travaux	v	-1.2
exorbitant	v	-1.8
exorbitante	v	-1.8
exorbitants	v	-1.8
exorbitantes	v	-1.8
# Clothes and beauty (set 89): pilling, seams that give way, shrinking,
# a size too small, a colour unlike the photo, a cream that brings out
# spots, paid returns; "taille" (size) is no "taillé". Pattern's
# "différent" (1.2) stays: reviews praise what is different.
bouloché	v	-1.5
boulochée	v	-1.5
boulochés	v	-1.5
boulochées	v	-1.5
en chute libre	v	-1.8
qualité en chute libre	v	-2.2
taille	v	0
trop petit	v	-1.2
trop petite	v	-1.2
trop petits	v	-1.2
trop petites	v	-1.2
trop court	v	-1.2
trop courte	v	-1.2
trop courts	v	-1.2
trop courtes	v	-1.2
trop serré	v	-1.2
trop serrée	v	-1.2
trop serrés	v	-1.2
trop serrées	v	-1.2
retour payant	v	-1.2
retour est payant	v	-1.2
a lâché	v	-1.5
ont lâché	v	-1.5
différent de la photo	v	-1.5
différente de la photo	v	-1.5
donné des boutons	v	-1.5
donne des boutons	v	-1.5
décousu	v	-1.5
décousue	v	-1.5
décousus	v	-1.5
décousues	v	-1.5
rétréci	v	-1.5
rétrécie	v	-1.5
rétrécis	v	-1.5
rétrécies	v	-1.5
# Subscriptions (set 90): renewed without a word, a commitment in the
# small print, dirty changing rooms; cancelling in two clicks, a trial
# without a trap.
reconduit tacitement	v	-1.2
reconduite tacitement	v	-1.2
reconduction tacite	v	-1
sans aucun rappel	v	-1.2
sans rappel	v	-1
petites lignes	v	-1.2
dans les petites lignes	v	-1.5
sont sales	v	-1.5
en deux clics	v	1.2
en quelques clics	v	1.2
en un clic	v	1.2
sans piège	v	1.2
annulé sans problème	v	1.5
annulé sans souci	v	1.5
au lieu du	v	-0.8
au lieu de	v	-0.8
# Restaurants and food delivery (set 91): a hair in the salad, laughed
# at, fees that soar, a burger burnt black, "fermé" that only announces
# the holidays.
un cheveu dans	v	-1.5
ri au nez	v	-1.5
rit au nez	v	-1.5
frais qui explosent	v	-1.5
prix qui explosent	v	-1.5
tarifs qui explosent	v	-1.5
frais de livraison qui explosent	v	-1.5
carbonisé	v	-1.5
carbonisée	v	-1.5
carbonisés	v	-1.5
carbonisées	v	-1.5
sera fermé	v	0
sera fermée	v	0
fermé pour	v	0
fermée pour	v	0
# Trains and public transport (set 92): packed like sardines, a fare
# that is theft ("vol" is also a flight), toilets locked; always on
# time, punctual trains (but a one-off problem, "ponctuel", is not
# praise), a refund for a delay that is no complaint.
bondé	v	-1.2
bondée	v	-1.2
bondés	v	-1.2
bondées	v	-1.2
comme des sardines	v	-1.5
c'est du vol	v	-2.2
toilettes condamnées	v	-1.2
toilettes fermées	v	-1.2
le moyen le plus	v	0
toujours à l'heure	v	1.5
pile à l'heure	v	1.2
ponctuel	v	1.2
ponctuelle	v	1.2
ponctuels	v	1.2
ponctuelles	v	1.2
problème ponctuel	v	0
incident ponctuel	v	0
confortable	v	1.5
confortables	v	1.5
remboursement du retard	v	0
# Online marketplaces and second-hand sales (set 93):
# "troué" (an item sold as flawless), "litige pour rien", a parcel
# that "a mis trois semaines" (digits are "#" already), fees that "ont
# (beaucoup) augmenté".
troué	v	-1.5
trouée	v	-1.5
troués	v	-1.5
trouées	v	-1.5
litige pour rien	v	-1.5
a mis deux semaines	v	-1.6
a mis trois semaines	v	-1.6
a mis un mois	v	-1.6
frais ont augmenté	v	-1.4
frais ont beaucoup augmenté	v	-1.6
prix ont beaucoup augmenté	v	-1.6
tarifs ont beaucoup augmenté	v	-1.6
# Parcel delivery and the post (set 94): a box "cabossé", a parcel left
# "chez un voisin" (only "chez le voisin" was listed), the notice of a
# failed delivery "alors que j'étais chez" moi, a courier who "n'a
# (même) pas sonné".
cabossé	v	-1.5
cabossée	v	-1.5
cabossés	v	-1.5
cabossées	v	-1.5
livré chez un voisin	v	-1.5
déposé chez un voisin	v	-1.5
laissé chez un voisin	v	-1.5
alors que j'étais chez	v	-1.8
pas sonné	v	-1.5
# Gyms and sports clubs (set 95): a coach "jamais là", "frais
# d'inscription cachés" (Pattern reads "caché" as 0.6), changing rooms of
# a "saleté repoussante".
jamais là	v	-1.5
frais d'inscription cachés	v	-2
saleté	v	-1.5
repoussant	v	-1.8
repoussante	v	-1.8
repoussants	v	-1.8
repoussantes	v	-1.8
# Supermarkets (set 96): one till open on a Saturday, a use-by date long
# past, shelves "en bazar"; low prices, a refund made "sans discussion".
une seule caisse ouverte	v	-1.8
date dépassée	v	-1.5
date était dépassée	v	-1.5
en bazar	v	-1.5
sans discussion	v	1.5
prix bas	v	1.5
prix sont bas	v	1.5
# Internet and mobile (set 97): a speed reached "péniblement", 4G that
# "ne passe pas", calls that cut out, wifi that drops, a helpline where
# "personne ne décroche", "une vraie misère" ("misère" was missing); an
# outage fixed, "zéro coupure".
péniblement	v	-1.2
passe pas	v	-1.5
coupent sans arrêt	v	-1.8
coupe sans arrêt	v	-1.8
wifi décroche	v	-1.5
connexion décroche	v	-1.5
personne ne décroche	v	-1.8
ne décroche jamais	v	-1.8
décroche pas	v	-1.5
misère	v	-1.8
panne réglée	v	1.5
zéro coupure	v	1.5
# Car rental (set 98): an insurance sold "au forcing", a car "sans clim",
# a rental firm that "a essayé de nous facturer" a scratch.
forcing	v	-1.5
sans clim	v	-1.5
pas de clim	v	-1.5
essayé de nous facturer	v	-1.5
# Furniture (set 99): a mattress "affaissé" with the "garantie refusée", a
# table "qui gondole", a delivery where "personne n'est venu", a "panneau
# fendu", "zéro vendeur" in a store where one "tourne en rond" (a "ne"
# before "que" restricts and turns nothing over: "ça ne fait que tourner
# en rond" only does so).
affaissé	v	-1.5
affaissée	v	-1.5
garantie refusée	v	-1.8
qui gondole	v	-1.5
personne n'est venu	v	-1.8
fendu	v	-1.5
fendue	v	-1.5
zéro vendeur	v	-1.5
tourne en rond	v	-1.2
# Opticians (set 100): glasses worn "de travers", a quote "jamais envoyé",
# lenses that "ont mis six semaines" (as "a mis # semaines"), frames that
# "glissent sans arrêt".
de travers	v	-1.2
jamais envoyé	v	-1.8
jamais envoyée	v	-1.8
ont mis # semaines	v	-1.6
ont mis # mois	v	-1.6
glisse sans arrêt	v	-1.2
glissent sans arrêt	v	-1.2
# Hairdressers (set 101): hair "devenus orange", a blow-dry that "n'a pas
# tenu", a stylist who "m'a brûlé", "irrégulières" highlights, "personne
# ne s'est excusé", a price that "a doublé"; the noun "coupe" (a haircut,
# one term with "coupé", cut off) is 0 after a determiner or in "coupe
# homme", and praise in "super coupe" or "belle coupe".
devenu orange	v	-1.5
devenue orange	v	-1.5
devenus orange	v	-1.5
devenues orange	v	-1.5
n'a pas tenu	v	-1.2
n'ont pas tenu	v	-1.2
m'a brûlé	v	-1.6
m'a brûlée	v	-1.6
m'ont brûlé	v	-1.6
m'ont brûlée	v	-1.6
irrégulier	v	-1
personne ne s'est excusé	v	-1.6
personne ne s'est excusée	v	-1.6
parfaitement compris	v	1.6
parfaitement comprise	v	1.6
prix a doublé	v	-1.4
prix ont doublé	v	-1.4
une coupe	v	0
la coupe	v	0
ma coupe	v	0
coupe homme	v	0
coupe femme	v	0
coupe de cheveux	v	0
super coupe	v	2.5
belle coupe	v	2
# Estate agents (set 102): a flat "déjà loué" when shown, a deposit
# "retenu 800 euros", "personne ne suit" the file, an agent pushing to
# sell "au rabais".
déjà loué	v	-1
retenu # euros	v	-1.4
personne ne suit	v	-1.4
au rabais	v	-1
# Pet shops (set 103): a cat that "a vomi" after new food, a vet who
# "facturé 180 euros" a short visit (not "m'a facturé": it would start
# before "facturé # fois" and take its place), a salesman who "n'y
# connaissait rien", a flea product "inefficace".
vomi	v	-1.4
facturé # euros	v	-1
n'y connait rien	v	-1.4
n'y connaissait rien	v	-1.4
n'y connaissent rien	v	-1.4
n'y connaissaient rien	v	-1.4
inefficace	v	-1.8
# Courses and driving schools (set 104): videos "obsolètes", an
# instructor who spends "son temps au téléphone", a tutor "venu que deux
# fois" of ten paid sessions, exercises "pleins d'erreurs"; praise for a
# "pédagogue" and a licence passed "du premier coup". An office
# "désorganisé" was missing too. "soutien scolaire" is tutoring, not
# support: 0.
obsolète	v	-1.2
son temps au téléphone	v	-1.4
venu que # fois	v	-1.2
venue que # fois	v	-1.2
venus que # fois	v	-1.2
venues que # fois	v	-1.2
plein d'erreurs	v	-1.6
pleine d'erreurs	v	-1.6
pleins d'erreurs	v	-1.6
pleines d'erreurs	v	-1.6
soutien scolaire	v	0
pédagogue	v	1.5
du premier coup	v	1.5
désorganisé	v	-1.6
# Cinemas (set 105): a booking "débitée deux fois" (listed with
# "débité # fois" above, with "facturée/prélevée": only a phrase's last
# word gets its endings without listing), a "tarif réduit" that
# "s'applique aux" under-26s (0: a rule, not diligence), the "son trop
# fort" ("trop fort" alone is slang praise), sound that "grésillait".
tarif réduit	v	0
s'applique aux	v	0
s'appliquent aux	v	0
son trop fort	v	-1.2
grésille	v	-1.2
grésillait	v	-1.2
# DIY stores (set 106): a customer who "a fini par partir" unserved,
# "une heure de queue" at the tills with "deux caisses ouvertes" (0: a
# count, not praise; "ouvert" alone is 0.93), "la pose" of a kitchen and
# goods "posés" in the garage: keys lose their accents, so fr.lex's
# "posé" (0.3, calm) read both as praise; customers write "posé" for
# put, asked, stood up ("posé un lapin") far more than for calm, so all
# four forms go to 0. Materials "livrés à l'heure" ("à l'heure" alone is
# also a rate, "15 euros à l'heure", and "à l'heure actuelle"). Work
# "laissé au hasard", which "rien n'est" turns to praise (an Allociné
# review that "posé" had kept positive by chance).
fini par partir	v	-1.3
heure de queue	v	-1.4
heures de queue	v	-1.4
minutes de queue	v	-1.2
caisse ouverte	v	0
caisses ouvertes	v	0
posé	v	0
posée	v	0
posés	v	0
posées	v	0
livraison à l'heure	v	1.2
livré à l'heure	v	1.2
livrée à l'heure	v	1.2
livrés à l'heure	v	1.2
livrées à l'heure	v	1.2
arrivé à l'heure	v	1.2
arrivée à l'heure	v	1.2
arrivés à l'heure	v	1.2
arrivées à l'heure	v	1.2
laissé au hasard	v	-1.2
laissée au hasard	v	-1.2
laissés au hasard	v	-1.2
laissées au hasard	v	-1.2

# --- insults and threats (aggressive)
con	i	-2.4
conne	i	-2.4
connard	i	-3
faire foutre	i	-3.2
connasse	i	-3
connards	i	-3
conard	i	-3
conards	i	-3
conasse	i	-3
espèce d'incapables	i	-2.6
espèce d'incapable	i	-2.6
bande d'incapables	i	-2.6
abruti	i	-2.8
abrutie	i	-2.8
crétin	i	-2.8
crétine	i	-2.8
débile	i	-2.6
idiot	i	-2.4
idiote	i	-2.4
imbécile	i	-2.8
stupide	i	-2.2
bouffon	i	-2.4
bouffonne	i	-2.4
guignol	i	-2.2
guignols	i	-2.2
tocard	i	-2.6
tocards	i	-2.6
branquignol	i	-2.2
ça va mal se passer	i	-2.5
clown	i	-2
clowns	i	-2
charlot	i	-2
charlots	i	-2
escroc	i	-3
escrocs	i	-3
arnaqueur	i	-2.8
arnaqueurs	i	-2.8
allez vous faire voir	i	-2.8
voleur	i	-2.6
voleurs	i	-2.6
enculé	i	-3.6
enculés	i	-3.6
encule	i	-3.6
enfoiré	i	-3.2
enfoirés	i	-3.2
salaud	i	-3.2
salauds	i	-3.2
salopard	i	-3.2
salope	i	-3.6
pute	i	-3.6
putes	i	-3.6
batard	i	-3.2
bâtard	i	-3.2
fdp	i	-3.6
fils de pute	i	-3.8
ntm	i	-3.6
nique ta mère	i	-3.8
nique	i	-3
niquer	i	-3
ta gueule	i	-3
tg	i	-3
ferme ta gueule	i	-3.4
ftg	i	-3.4
ta race	i	-3
va te faire	i	-3.4
va te faire foutre	i	-3.8
va chier	i	-3.2
casse toi	i	-2.6
dégage	i	-2.4
crève	i	-3.4
crevez	i	-3.4
je vais te retrouver	i	-3.2
on va te retrouver	i	-3.2
je vais te défoncer	i	-3.6
je vais vous défoncer	i	-3.6
te faire la peau	i	-3.8
vous faire la peau	i	-3.8
tu vas le payer	i	-2.8
vous allez le payer	i	-2.8
vous allez me le payer	i	-3
tout casser chez vous	i	-3
je vais te tuer	i	-4
te tuer	i	-3.8
vous tuer	i	-3.8
te buter	i	-3.8
te casser la gueule	i	-3.8
vous casser la gueule	i	-3.8
lui casser la gueule	i	-3.8
leur casser la gueule	i	-3.8
te péter la gueule	i	-3.8
vous péter la gueule	i	-3.8
te défoncer la gueule	i	-3.8
vous défoncer la gueule	i	-3.8
je vais vous retrouver	i	-3.2
on va vous retrouver	i	-3.2
on sait où vous habitez	i	-3.8
je sais où tu habites	i	-3.8
je sais où vous habitez	i	-3.8
tu vas le regretter	i	-2.8
vous allez le regretter	i	-2.8
on sait où tu habites	i	-3.8
# "sale" before a noun is scorn, after a verb plain dirt ("l'écran est
# sale"), and unaccented it is also "salé": negative, an insult only with
# the words that make it one.
sale	v	-1.5
sale race	i	-3.2
sale type	i	-2.6
sales types	i	-2.6
sales races	i	-3.2
pourriture	i	-3.2
ordure	i	-3.2
ordures	i	-3.2
# household waste, not people
ordures ménagères	v	0
ramassage des ordures	v	0
collecte des ordures	v	0
déchet	i	-2.8
déchets	v	0
raclure	i	-3.4
minable	i	-2.6
boloss	i	-2.6
bolosse	i	-2.6
cassos	i	-2.6
teubé	i	-2.6
teubê	i	-2.6
gogol	i	-3
mongol	i	-3
attardé	i	-3
taré	i	-2.6
tarés	i	-2.6
pd	i	-3.6
tapette	i	-3.4
grognasse	i	-3.2
pétasse	i	-3.2
pouffiasse	i	-3.2
cul	i	-1.8
trou du cul	i	-3.4

# --- fr.lex entries that are mostly not opinions in running text (function
# words, or words that lose their accent: "sûr" becomes the preposition "sur")
# Pattern's "physique" (+2.4) is a shop you walk into ("boutique physique"),
# "certain" (+0.87) is "un certain temps", "neuf" (+0.3) is nine as often
# as new, "entier" a whole district; a teenager is no praise.
physique	v	0
certain	v	0
neuf	v	0
entier	v	0
adolescent	v	0
ménagère	v	0
tout	v	0
tous	v	0
toute	v	0
toutes	v	0
sur	v	0
autre	v	0
autres	v	0
fin	v	0
passe	v	0
passé	v	0
après	v	0
grand	v	0
grande	v	0
petit	v	0
petite	v	0
premier	v	0
première	v	0
premiers	v	0
premières	v	0
dernier	v	0
dernière	v	0
derniers	v	0
dernières	v	0
deuxième	v	0
français	v	0
française	v	0
françaises	v	0
américain	v	0
américaine	v	0
américains	v	0
américaines	v	0
juste	v	0
vrai	v	0
vraie	v	0
seul	v	0
seule	v	0
arrive	v	0
nouveau	v	0
nouvelle	v	0
nouvelles	v	0
donne	v	0
certains	v	0
certaines	v	0
royal	v	0
malgré	v	0
coeur	v	0
mélange	v	0
principal	v	0
oui	v	0
non	v	0
simple	v	0
force	v	0
dure	v	0
véritable	v	0
change	v	0
tombe	v	0
bas	v	0
différents	v	0
avance	v	0
vieux	v	0
pur	v	0
spécial	v	0
spéciale	v	0
spéciaux	v	0
public	v	0
politique	v	0
général	v	0
national	v	0
bref	v	0
même	v	0
plein	v	0
pleine	v	0
# Words of customer relations that Pattern scores as the adjectives they
# also are, or that meet another entry once accents go: "France" is read as
# "franc" (frank), "arrière" as "arriéré", "partie" as "parti"; a mobile or
# fixed line, a total outage, a live feed ("en direct"), a red light say
# nothing of the speaker's mood. (Checked on the train splits, lexicon
# alone: XLM-T French macro-F1 0.518 -> 0.519, Allociné 0.819 -> 0.821.)
france	v	0
partie	v	0
arrière	v	0
direct	v	0
total	v	0
courant	v	0
instant	v	0
mobile	v	0
fixe	v	0
rouge	v	0
électrique	v	0
essai	v	0
essaie	v	0
proche	v	0
activé	v	0
# "équipe" meets "équipé" without accents, "données" (data) "donné"; a
# technician or a neighbour is no opinion; "frais" are fees far more often
# than fresh in what customers write (no change on the train splits).
équipe	v	0
données	v	0
technicien	v	0
voisin	v	0
frais	v	0
# "murs" meets "mûrs" (ripe) without accents; a bank overdraft
# ("découvert"), social networks and young people are no opinion either
# (train splits, lexicon alone: XLM-T French 0.519 -> 0.523, Allociné same).
mur	v	0
découvert	v	0
social	v	0
jeune	v	0

# --- inflected forms of the overrides above: fr.lex (Pattern) lists them
# separately with its own, weaker values, which would otherwise win over the
# ending-stripping lookup
abruties	v	-2.8
passée	v	0
passées	v	0
passés	v	0
abrutis	v	-2.8
abusifs	v	-2.2
agaçante	v	-2
agaçants	v	-2
agaçantes	v	-2
crétins	v	-2.8
dégoûtante	v	-2.6
dégoûtants	v	-2.6
dégoûtantes	v	-2.6
déplorables	v	-2.8
dingues	v	1.2
dramatiques	v	-2.5
endommagée	v	-2.2
endommagés	v	-2.2
excellente	v	3.1
excellents	v	3.1
excellentes	v	3.1
exceptionnels	v	3
exceptionnelle	v	3
exceptionnelles	v	3
extraordinaires	v	3
inadmissibles	v	-2.7
inquiètes	v	-1.6
inquiets	v	-1.6
insupportables	v	-2.6
lamentables	v	-2.8
mensongère	v	-2.2
mensongers	v	-2.2
mensongères	v	-2.2
minables	v	-2.6
nulles	v	-2.5
pires	v	-2.5
pitoyables	v	-2.6
recommandée	v	2.2
recommandés	v	2.2
recommandées	v	2.2
réussie	v	2
réussis	v	2
réussies	v	2
sympas	v	1.8
tristes	v	-2.1
pure	v	0
purs	v	0
pures	v	0
spéciales	v	0
totale	v	0
totaux	v	0
totales	v	0
courante	v	0
courants	v	0
courantes	v	0
instants	v	0
mobiles	v	0
fixes	v	0
rouges	v	0
électriques	v	0
proches	v	0
équipes	v	0
techniciens	v	0
voisins	v	0
murs	v	0
sociale	v	0
sociaux	v	0
sociales	v	0
jeunes	v	0

# --- opinion words of reviews and comments that fr.lex lacks
lassant	v	-1.8
lassante	v	-1.8
navet	v	-2.5
navets	v	-2.5
longuet	v	-1
longuette	v	-1
longueurs	v	-1.2
sans intérêt	v	-2
aucun intérêt	v	-2.2
peu d'intérêt	v	-1.6
perte de temps	v	-2.4
incohérent	v	-1.8
incohérente	v	-1.8
incohérences	v	-1.6
insipide	v	-1.8
soporifique	v	-2
sans plus	v	-2
à éviter	v	-2.4
à fuir	v	-2.6
tiré par les cheveux	v	-1.6
tirée par les cheveux	v	-1.6
addictif	v	2.2
addictive	v	2.2
prenant	v	1.6
prenante	v	1.6
captivant	v	2.2
captivante	v	2.2
passionnant	v	2.4
passionnante	v	2.4
incontournable	v	2
à ne pas manquer	v	2.4
à voir absolument	v	2.6
culte	v	1.6
bijou	v	2.2
pépite	v	2.4
réussite	v	2.2
chef-d'œuvre	v	3
chefs-d'œuvre	v	3
touchant	v	1.8
touchante	v	1.8
émouvant	v	2
émouvante	v	2
attachant	v	1.8
attachante	v	1.8
attachants	v	1.8
hilarant	v	2.4
hilarante	v	2.4
# Threats and insults without the pronoun the lists above give them ("venir
# casser la gueule au technicien", "je vous souhaite de crever"), being
# hung up on in the infinitive, praise in slang (a ninth probe of aggressive
# mentions, 24 Nov). "casser la gueule" alone is also falling ("je me suis
# cassé la gueule"), "de crever" a tyre, "incapables de" unable to: not listed.
casser la gueule au	i	-3
casser la gueule à	i	-3
péter la gueule au	i	-3
péter la gueule à	i	-3
des incapables	i	-2.5
souhaite de crever	i	-3
allez crever	i	-3
va crever	i	-3
aller crever	i	-3
vais vous pourrir	i	-2.5
vais te pourrir	i	-2.5
raccrocher au nez	v	-2.2
raccrochent au nez	v	-2.2
de la balle	v	2.5
# Online shopping (a tenth probe of retail mentions, 24 Nov).
toujours en préparation	v	-1.2
voilà comment vous me traitez	v	-2.2
comment vous traitez vos clients	v	-2
conforme à la description	v	1.5
# Written French of the parcel and the call centre (set 77, misspelt
# customer messages): the parcel opened or broken on the way, what does
# not look like its photo, the sales calls nobody asked for.
conforme à la photo	v	1.5
tout est conforme	v	1.5
arrivé ouvert	v	-1.8
colis ouvert	v	-1.5
à moitié vide	v	-1.5
en miettes	v	-2
ressemble en rien	v	-1.8
ressemble pas à la photo	v	-1.8
arrêtez de m'appeler	v	-1.5
arrêtez de nous appeler	v	-1.5
service client inexistant	v	-2.2
sav inexistant	v	-2.2
tient pas la journée	v	-1.8
tient pas	v	-1.5
tient plus	v	-1.5
produit renvoyé	v	-1.5
fissuré	v	-1.8
dépassé mes attentes	v	2.5
dépasse mes attentes	v	2.5
sous la pluie	v	-1
livré chez le voisin	v	-1.5
déposé chez le voisin	v	-1.5
alors que j'étais là	v	-1.8
suivi bloqué	v	-1.8
colis bloqué	v	-1.8
introuvable	v	-1.6
éventré	v	-2
emballage soigné	v	1.8
bien emballé	v	1.5
avant la date prévue	v	1.5
livraison reportée	v	-1.8
encore reportée	v	-1.8
# Written fast and misspelt (an eleventh probe, 24 Nov): "chapo le sav",
# "je sui pas contant", "g pas de connexion", "3 jour que jattend" ("sa
# marche pa" is "marche pas" through the alias pa = pas).
chapo	=	chapeau
contant	=	content
pas de connexion	v	-1.6
pas d'internet	v	-1.6
jour que jattend	v	-1.6
jours que jattend	v	-1.6
semaines que jattend	v	-1.8
mois que jattend	v	-1.8
# More SMS spellings (24 Nov); through them the phrases of their words are
# found as written ("g un pb", "ds les temps", "jms reçu").
ke	=	que
ds	=	dans
tt	=	tout
ts	=	tous
qd	=	quand
pb	=	problème
pbm	=	problème
jms	=	jamais
mtn	=	maintenant
dc	=	donc
bi1	=	bien
# Common misspellings (24 Nov).
rembourcement	=	remboursement
recomande	=	recommande
exelent	=	excellent
excelent	=	excellent
decevan	=	décevant
déguelasse	=	dégueulasse
dégeulasse	=	dégueulasse
dégueulase	=	dégueulasse
inadmissable	=	inadmissible
scandaleu	=	scandaleux
catastrophik	=	catastrophique
lamentabl	=	lamentable
horrib	=	horrible
