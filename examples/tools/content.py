# content.py - the invented mentions behind examples/sources/, as data.
#
# Everything here is fiction written for scrm: Nuvia (the brand watched),
# Telvio and Frelia (its competitors), every person, handle, address and
# post.  Domains use the reserved .example TLD; well-known public services
# (Mastodon instances, Bluesky, Reddit, Hacker News, YouTube) appear only as
# the places where the fictional people post.  make-sources.py turns these
# lists into the native formats; edit the text here, never in the generated
# files.
#
# Each entry: (created_at UTC, author key, text, extras).  Text is plain:
# the writers turn #tags, @handles and URLs into each service's markup.

# --- people who appear on several services, some of them CRM contacts ---
# key: (display name, email or None, city, mastodon (instance, user) or None,
#       bluesky handle or None, reddit user or None, forum pseudo or None,
#       youtube handle or None, twitter handle or None)
PEOPLE = {
    "camille":  ("Camille Roux", "camille.roux@example.fr", "Lyon",
                 ("piaille.fr", "camilleroux"), "camilleroux.bsky.social", None, "Camille_R", None, "camille_rx"),
    "karim":    ("Karim Benali", "karim.benali@example.com", "Villeurbanne",
                 ("mastodon.social", "kbenali"), "kbenali.bsky.social", "kbenali69", "KarimB", None, "karimbenali"),
    "sophie":   ("Sophie Lefèvre", "s.lefevre@example.org", "Paris",
                 ("piaille.fr", "sophielef"), None, None, "sophie75", "@sophielefevre", None),
    "thomas":   ("Thomas Nguyen", "thomas.nguyen@example.fr", "Nantes",
                 None, "tnguyen.bsky.social", "tom_ngn", "TomN44", None, "tom_ngn"),
    "lea":      ("Léa Marchand", "lea.marchand@example.fr", "Bordeaux",
                 ("framapiaf.org", "leamarchand"), "leamarchand.bsky.social", None, None, "@lea-mrchd", None),
    "mathieu":  ("Mathieu Girard", "mgirard@example.com", "Lille",
                 ("mamot.fr", "mgirard"), None, "mat_girard", "Mathieu59", None, "mgirard59"),
    "ines":     ("Inès Haddad", "ines.haddad@example.fr", "Marseille",
                 ("piaille.fr", "ineshdd"), "ineshaddad.bsky.social", None, None, None, "ines_hdd"),
    "julien":   ("Julien Perrin", "j.perrin@example.net", "Grenoble",
                 ("mastodon.social", "jperrin"), None, "julienp38", "JuJu38", "@julienperrin", None),
    "nathalie": ("Nathalie Morel", "nathalie.morel@example.fr", "Rennes",
                 None, "nmorel.bsky.social", None, "Nath_35", None, "nath_morel"),
    "olivier":  ("Olivier Dubois", "olivier.dubois@example.com", "Toulouse",
                 ("piaille.fr", "odubois"), None, "odubois31", "Olive31", None, None),
    "emma":     ("Emma Lambert", "emma.lambert@example.fr", "Strasbourg",
                 None, "emmalambert.bsky.social", None, None, "@emmalbt", "emma_lbt"),
    "hugo":     ("Hugo Fontaine", "hugo.fontaine@example.org", "Montpellier",
                 ("framapiaf.org", "hfontaine"), None, "hugo_ftn", "HugoF34", None, None),
    "amandine": ("Amandine Garnier", None, "Dijon",
                 None, "amandinegarnier.bsky.social", None, "Mandine21", None, "amandine_g"),
    "yann":     ("Yann Le Goff", "yann.legoff@example.fr", "Brest",
                 ("mastodon.social", "ylegoff"), "ylegoff.bsky.social", None, "Yannig29", None, None),
}

# --- accounts that only appear on one service ---
# mastodon: key -> (instance, username, display name, followers, following, statuses, bot, note)
MASTODON = {
    "camille":   ("piaille.fr", "camilleroux", "Camille Roux 🌿", 312, 280, 5410, False, "Lyonnaise, vélo, café."),
    "karim":     ("mastodon.social", "kbenali", "Karim B.", 1184, 402, 12033, False, "Dév web. Avis perso."),
    "sophie":    ("piaille.fr", "sophielef", "Sophie Lefèvre", 96, 150, 880, False, ""),
    "lea":       ("framapiaf.org", "leamarchand", "Léa", 205, 199, 3120, False, "Prof de SVT à Bordeaux"),
    "mathieu":   ("mamot.fr", "mgirard", "Mathieu G.", 58, 74, 640, False, ""),
    "ines":      ("piaille.fr", "ineshdd", "Inès H", 431, 388, 7007, False, "Marseille ☀️"),
    "julien":    ("mastodon.social", "jperrin", "Julien Perrin", 77, 120, 1502, False, ""),
    "olivier":   ("piaille.fr", "odubois", "Olivier D.", 23, 41, 212, False, ""),
    "hugo":      ("framapiaf.org", "hfontaine", "Hugo F.", 140, 133, 2290, False, "Libriste."),
    "yann":      ("mastodon.social", "ylegoff", "Yann Le Goff", 860, 510, 9800, False, "Breizh. Réseaux & systèmes."),
    "lesondes":  ("piaille.fr", "lesondes", "Les Ondes (actu télécom)", 48210, 35, 15620, False, "Le média des réseaux et des télécoms."),
    "techguru":  ("mastodon.social", "geektoutfr", "GeekTout 📱", 231400, 980, 22040, False, "Tests, bons plans, unboxings. Pro: contact@geektout.example"),
    "nuvia":     ("piaille.fr", "nuvia", "Nuvia", 18420, 12, 3310, False, "Compte officiel de Nuvia. Assistance : @NuviaAide"),
    "nuviaaide": ("piaille.fr", "NuviaAide", "Nuvia Aide", 5208, 3, 9940, False, "L'assistance Nuvia vous répond 7j/7 de 8h à 22h."),
    "frelia":    ("mastodon.social", "frelia_fr", "Frelia", 7300, 40, 2210, False, "Compte officiel Frelia"),
    "bonplan":   ("mastodon.social", "bonsplans_box", "Bons Plans Box 💸", 12, 4980, 31200, True, "Les meilleurs codes promo !"),
    "promo2":    ("mastodon.social", "promo_fibre_2026", "PROMO FIBRE", 3, 2100, 8900, True, ""),
    "alice":     ("piaille.fr", "alice_b", "Alice B.", 61, 90, 420, False, ""),
    "remi":      ("mamot.fr", "remi_c", "Rémi C.", 410, 300, 6100, False, "Admin sys à Paris"),
    "marco":     ("mastodon.social", "marco_es", "Marco Ruiz", 189, 201, 3300, False, "Madrid ✈ Paris"),
    "klaus":     ("mastodon.social", "klausw", "Klaus W.", 302, 280, 4100, False, "Netzwerke, Berlin"),
    "pauline":   ("piaille.fr", "paulinedcx", "Pauline", 34, 52, 300, False, ""),
    "gaelle":    ("piaille.fr", "gaelle_v", "Gaëlle V.", 120, 140, 1900, False, ""),
    "bruno":     ("mastodon.social", "brunobxl", "Bruno (BXL)", 88, 90, 1400, False, ""),
    "nuviafan":  ("piaille.fr", "nuvia_nation", "Nuvia Nation 🔥", 2400, 1800, 5400, False, "Fan account, pas officiel"),
    "cynique":   ("mamot.fr", "le_cynique", "Le Cynique", 1650, 400, 18700, False, "Ironie à 100%."),
}

# bluesky: key -> (handle, display name)
BLUESKY = {
    "camille":  ("camilleroux.bsky.social", "Camille Roux"),
    "karim":    ("kbenali.bsky.social", "Karim B."),
    "thomas":   ("tnguyen.bsky.social", "Thomas N."),
    "lea":      ("leamarchand.bsky.social", "Léa Marchand"),
    "ines":     ("ineshaddad.bsky.social", "Inès"),
    "nathalie": ("nmorel.bsky.social", "Nathalie Morel"),
    "emma":     ("emmalambert.bsky.social", "Emma L."),
    "amandine": ("amandinegarnier.bsky.social", "Amandine ✨"),
    "yann":     ("ylegoff.bsky.social", "Yann"),
    "lesondes": ("lesondes.example", "Les Ondes"),
    "geektout": ("geektout.example", "GeekTout"),
    "nuvia":    ("nuvia.example", "Nuvia"),
    "telvio":   ("telvio.example", "Telvio"),
    "dev_seb":  ("sebdev.bsky.social", "Seb"),
    "maud":     ("maudlt.bsky.social", "Maud"),
    "fred":     ("fredo75.bsky.social", "Fredo"),
    "lucie":    ("lucie-b.bsky.social", "Lucie B"),
    "max":      ("maxdlr.bsky.social", "Max"),
    "sarah":    ("sarahk.bsky.social", "Sarah K."),
    "jeanmi":   ("jeanmi.bsky.social", "Jean-Mi"),
    "anna":     ("annaschmidt.bsky.social", "Anna Schmidt"),
    "spam1":    ("deals-box-fr.bsky.social", "Deals Box FR"),
    "spam2":    ("gagne-ta-box.bsky.social", "🎁 Gagne ta box 🎁"),
    "laura":    ("lauragarcia.bsky.social", "Laura García"),
    "pierre":   ("pierrot.bsky.social", "Pierrot"),
    "chloe":    ("chloemrt.bsky.social", "Chloé"),
}

# ---------------------------------------------------------------------------
# Mastodon tag timeline #nuvia, fetched from piaille.fr.  Extras: lang
# (None: the status carries none), reply (index of the status answered),
# likes/boosts/replies counts, dup (index: same status returned twice).
MASTODON_POSTS = [
    ("2026-10-14T08:02:11Z", "nuvia", "Nouvelle offre #Nuvia Fibre Max : jusqu'à 8 Gb/s symétriques, Wi-Fi 7 et TV incluse, 39,99 €/mois. Tous les détails : https://www.nuvia.example/offres/fibre-max", {"lang": "fr", "likes": 210, "boosts": 95, "replies": 41}),
    ("2026-10-14T08:40:37Z", "karim", "8 Gb/s chez #Nuvia… super, mon PC a une carte 1 Gb/s 😅 mais bon, le prix est correct pour une fois.", {"lang": "fr", "likes": 12, "boosts": 1, "replies": 2}),
    ("2026-10-14T09:15:02Z", "techguru", "Je teste la NuviaBox 7 cette semaine, premières impressions demain en vidéo. Spoiler : le boîtier est magnifique. #Nuvia #fibre", {"lang": "fr", "likes": 1840, "boosts": 402, "replies": 133}),
    ("2026-10-14T11:30:45Z", "cynique", "Ah, 8 Gb/s. Enfin de quoi charger le site du SAV #Nuvia en moins de trois jours.", {"lang": "fr", "likes": 320, "boosts": 88, "replies": 12}),
    ("2026-10-15T07:55:10Z", "camille", "Commandé la Fibre Max chez #Nuvia hier soir, livraison annoncée jeudi. On verra 🤞", {"lang": "fr", "likes": 4, "boosts": 0, "replies": 1}),
    ("2026-10-15T19:21:33Z", "klaus", "Interessant: #Nuvia bietet in Frankreich 8 Gbit/s für 40 €. In Berlin zahle ich das Doppelte für 250 Mbit/s.", {"lang": "de", "likes": 15, "boosts": 3, "replies": 0}),
    ("2026-10-16T10:02:58Z", "bonplan", "🔥🔥 CODE PROMO NUVIA -50% 🔥🔥 cliquez ici ➡ https://promo-box.example/nuvia?ref=bp77 #nuvia #fibre #promo #bonplan #box #internet #gratuit #concours #telvio #frelia", {"lang": "fr", "likes": 0, "boosts": 0, "replies": 0}),
    ("2026-10-16T12:48:00Z", "sophie", "Livraison de la box #Nuvia : le livreur a mis \"destinataire absent\" alors que j'étais chez moi toute la journée. Classique.", {"lang": "fr", "likes": 9, "boosts": 2, "replies": 3}),
    ("2026-10-16T13:05:41Z", "nuviaaide", "@sophielef Bonjour Sophie, désolés pour ce contretemps. Envoyez-nous votre numéro de commande en message privé, on relance le transporteur. Julie", {"lang": "fr", "likes": 1, "boosts": 0, "replies": 1, "reply": 7}),
    ("2026-10-17T08:10:19Z", "camille", "Box #Nuvia livrée à l'heure, installée en 10 minutes, 940 Mb/s en Wi-Fi dans le salon. J'suis pas déçue 😍", {"lang": "fr", "likes": 22, "boosts": 3, "replies": 4}),
    ("2026-10-17T17:44:27Z", "lea", "Activation de la ligne #Nuvia : \"sous 48h\" qu'ils disaient. Jour 6. Toujours rien. Pas terrible.", {"lang": "fr", "likes": 30, "boosts": 6, "replies": 5}),
    ("2026-10-18T09:33:50Z", "marco", "Me acabo de mudar a París y contraté #Nuvia. La instalación fue rápida, pero el servicio al cliente solo habla francés 😬", {"lang": "es", "likes": 6, "boosts": 0, "replies": 1}),
    ("2026-10-19T14:12:03Z", "julien", "Le SAV #Nuvia m'a raccroché au nez deux fois. DEUX FOIS. Bande de clowns.", {"lang": "fr", "likes": 41, "boosts": 9, "replies": 6}),
    ("2026-10-20T08:00:00Z", "lesondes", "#Nuvia augmente ses prix : +3 € par mois sur les anciennes offres fibre à partir du 1er décembre. Les abonnés peuvent résilier sans frais. https://www.lesondes.example/2026/10/20/nuvia-hausse-prix", {"lang": "fr", "likes": 512, "boosts": 340, "replies": 97}),
    ("2026-10-20T08:31:15Z", "mathieu", "+3 € par mois pour exactement le même service. Merci #Nuvia, vraiment, quelle générosité.", {"lang": "fr", "likes": 18, "boosts": 4, "replies": 2}),
    ("2026-10-20T09:02:44Z", "hugo", "Bon, la hausse #Nuvia me pousse à regarder chez #Frelia. Quelqu'un a des retours sur leur fibre à Montpellier ?", {"lang": "fr", "likes": 7, "boosts": 1, "replies": 3}),
    ("2026-10-20T09:40:12Z", "frelia", "@hfontaine Bonjour Hugo ! Chez Frelia, pas de hausse de prix en 2026 et les frais de résiliation remboursés jusqu'à 150 €. 😉", {"lang": "fr", "likes": 25, "boosts": 8, "replies": 4, "reply": 15}),
    ("2026-10-21T11:25:09Z", "alice", "Mon chat s'appelle Nuvia et il vient de renverser mon café sur le clavier. Aucun rapport avec la box, je précise. #chat", {"lang": "fr", "likes": 55, "boosts": 4, "replies": 8}),
    ("2026-10-22T18:03:31Z", "ines", "La facture #Nuvia de ce mois : 54,98 € au lieu de 39,99 €. Des \"frais de mise en service\" sortis de nulle part. Quelqu'un a réussi à se faire rembourser ?", {"lang": "fr", "likes": 14, "boosts": 5, "replies": 9}),
    ("2026-10-23T07:45:00Z", "yann", "Pour ceux qui demandent : le ping vers Paris depuis Brest sur la fibre #Nuvia est à 11 ms. Rien à redire côté réseau, honnêtement.", {"lang": "fr", "likes": 33, "boosts": 7, "replies": 2}),
    ("2026-10-24T20:17:48Z", "bruno", "Nuvia, c'est aussi le nom de la crêperie à côté de chez moi à Bruxelles. Galette complète au top. #bruxelles #crepes", {"lang": "fr", "likes": 11, "boosts": 0, "replies": 1}),
    ("2026-10-26T10:10:10Z", "promo2", "Fibre a 1€ ??? OUI c'est possible 👉 https://fibre-gratuite.example/go?id=4411 👉 https://fibre-gratuite.example/go?id=4412 👉 https://fibre-gratuite.example/go?id=4413 #nuvia #telvio #frelia #fibre #promo #bonplan #gratuit", {"lang": None, "likes": 0, "boosts": 0, "replies": 0}),
    ("2026-10-27T15:55:22Z", "gaelle", "Franchement le service client #Nuvia m'a surprise : conseillère patiente, problème de décodeur réglé en 15 minutes. Comme quoi.", {"lang": "fr", "likes": 19, "boosts": 2, "replies": 1}),
    ("2026-10-29T12:00:05Z", "remi", "Traceroute du jour : les paquets #Nuvia vers Frankfurt font un détour par Marseille. Quelqu'un chez Nuvia a fait un typo dans sa conf BGP ? 🙃", {"lang": "fr", "likes": 64, "boosts": 21, "replies": 7}),
    ("2026-10-31T09:20:40Z", "pauline", "Bonne nouvelle : après 3 semaines de galère, ma ligne #Nuvia est enfin activée. Mauvaise nouvelle : le débit c'est 80 Mb/s au lieu de 1 Gb/s.", {"lang": "fr", "likes": 8, "boosts": 1, "replies": 2}),
    # 5 November: the outage
    ("2026-11-05T07:06:12Z", "remi", "Plus d'internet chez #Nuvia depuis 7h à Paris 11e, la box clignote rouge. Vous aussi ? #PanneNuvia", {"lang": "fr", "likes": 45, "boosts": 30, "replies": 22}),
    ("2026-11-05T07:09:55Z", "camille", "Panne #Nuvia à Lyon aussi, fibre ET mobile. Pas de réseau du tout. #PanneNuvia", {"lang": "fr", "likes": 38, "boosts": 27, "replies": 11}),
    ("2026-11-05T07:14:30Z", "sophie", "Box HS, 4G HS, et bien sûr impossible de joindre le SAV. Merci #Nuvia 🙄 #PanneNuvia", {"lang": "fr", "likes": 20, "boosts": 9, "replies": 3}),
    ("2026-11-05T07:21:04Z", "karim", "Confirmé : panne #Nuvia nationale visiblement. Le DNS ne répond plus et le mobile est en \"urgence seulement\". #PanneNuvia", {"lang": "fr", "likes": 88, "boosts": 61, "replies": 14}),
    ("2026-11-05T07:30:49Z", "julien", "Télétravail annulé grâce à #Nuvia. 3 réunions ratées. Vous allez me rembourser ma journée ? #PanneNuvia", {"lang": "fr", "likes": 31, "boosts": 12, "replies": 5}),
    ("2026-11-05T07:42:18Z", "olivier", "Toulouse : plus rien non plus. C'est quoi ce bordel #Nuvia ?! #PanneNuvia", {"lang": "fr", "likes": 12, "boosts": 4, "replies": 2}),
    ("2026-11-05T07:58:36Z", "techguru", "⚠️ Grosse panne #Nuvia en cours partout en France (fibre + mobile). Pas de communication officielle pour l'instant. Je vous tiens au courant. #PanneNuvia", {"lang": "fr", "likes": 5210, "boosts": 2890, "replies": 640}),
    ("2026-11-05T08:05:00Z", "nuviaaide", "Un incident perturbe actuellement nos services fibre et mobile. Nos équipes sont mobilisées pour rétablir la situation au plus vite. Nous vous prions de nous excuser. #PanneNuvia", {"lang": "fr", "likes": 150, "boosts": 410, "replies": 388}),
    ("2026-11-05T08:07:44Z", "cynique", "\"Nos équipes sont mobilisées\". Traduction : quelqu'un a débranché le serveur pour recharger son téléphone. #Nuvia #PanneNuvia", {"lang": "fr", "likes": 1290, "boosts": 470, "replies": 51}),
    ("2026-11-05T08:20:11Z", "ines", "Ma mère de 82 ans a la téléassistance sur sa ligne #Nuvia. Ça fait 1h que ça ne marche plus. C'est pas une blague, c'est grave. #PanneNuvia", {"lang": "fr", "likes": 402, "boosts": 260, "replies": 44}),
    ("2026-11-05T08:33:27Z", "hugo", "Je passe chez #Frelia dès que le réseau revient. Si le réseau revient. #PanneNuvia", {"lang": "fr", "likes": 27, "boosts": 6, "replies": 3}),
    ("2026-11-05T08:41:52Z", "klaus", "Großer Ausfall bei #Nuvia in Frankreich, mein Kollege in Lyon ist seit zwei Stunden offline. #PanneNuvia", {"lang": "de", "likes": 4, "boosts": 1, "replies": 0}),
    ("2026-11-05T08:55:03Z", "nuviafan", "Courage aux techniciens #Nuvia qui doivent être sous pression ce matin 💪 ça arrive à tous les opérateurs. #PanneNuvia", {"lang": "fr", "likes": 60, "boosts": 8, "replies": 31}),
    ("2026-11-05T09:12:40Z", "lea", "3 heures sans réseau. Les élèves ne peuvent pas rendre leurs devoirs en ligne. Bravo #Nuvia. #PanneNuvia", {"lang": "fr", "likes": 52, "boosts": 19, "replies": 6}),
    ("2026-11-05T09:12:40Z", "lea", "3 heures sans réseau. Les élèves ne peuvent pas rendre leurs devoirs en ligne. Bravo #Nuvia. #PanneNuvia", {"lang": "fr", "likes": 52, "boosts": 19, "replies": 6, "dup": 38}),
    ("2026-11-05T09:30:14Z", "mathieu", "Lille toujours rien à 10h30. #Nuvia #PanneNuvia", {"lang": "fr", "likes": 6, "boosts": 2, "replies": 0}),
    ("2026-11-05T10:10:00Z", "nuvia", "Point de situation #PanneNuvia : l'incident vient d'une mise à jour logicielle sur notre cœur de réseau. Le retour au service est progressif depuis 11h. Nous reviendrons vers vous sur les mesures de dédommagement.", {"lang": "fr", "likes": 380, "boosts": 520, "replies": 610}),
    ("2026-11-05T10:24:31Z", "yann", "Retour du service sur #Nuvia à Brest, le mobile d'abord puis la fibre. Une mise à jour du cœur de réseau un jeudi matin, courageux. #PanneNuvia", {"lang": "fr", "likes": 71, "boosts": 18, "replies": 5}),
    ("2026-11-05T11:18:09Z", "remi", "Ça remarche à Paris 11e. 4h de coupure. On attend le geste commercial, #Nuvia. #PanneNuvia", {"lang": "fr", "likes": 40, "boosts": 11, "replies": 4}),
    ("2026-11-05T13:45:55Z", "marco", "Cuatro horas sin internet con #Nuvia. Ya funciona, pero qué desastre.", {"lang": "es", "likes": 3, "boosts": 0, "replies": 0}),
    # aftermath
    ("2026-11-06T08:15:00Z", "lesondes", "Panne géante chez #Nuvia : 4 heures de coupure pour 3 millions de clients, une mise à jour logicielle en cause. Notre récit : https://www.lesondes.example/2026/11/06/panne-nuvia-recit", {"lang": "fr", "likes": 890, "boosts": 610, "replies": 140}),
    ("2026-11-07T12:30:22Z", "gaelle", "Après la panne, j'ai hésité à partir, mais honnêtement en 3 ans chez #Nuvia c'est la première fois. Je reste.", {"lang": "fr", "likes": 14, "boosts": 1, "replies": 6}),
    ("2026-11-09T09:00:00Z", "nuvia", "Suite à l'incident du 5 novembre, tous nos abonnés fixes et mobiles recevront un mois d'abonnement offert sur leur prochaine facture. Merci pour votre patience. #Nuvia", {"lang": "fr", "likes": 1400, "boosts": 730, "replies": 420}),
    ("2026-11-09T09:22:37Z", "julien", "Un mois offert après la panne, c'est correct. Pas parfait mais correct. #Nuvia", {"lang": "fr", "likes": 24, "boosts": 3, "replies": 2}),
    ("2026-11-09T10:01:10Z", "cynique", "Un mois gratuit chez #Nuvia ! Génial ! J'attends avec impatience la prochaine panne, peut-être qu'on aura deux mois.", {"lang": "fr", "likes": 760, "boosts": 190, "replies": 23}),
    ("2026-11-12T07:50:44Z", "ines", "Et maintenant #Nuvia me prélève DEUX FOIS ce mois-ci. 109,96 € au lieu de 54,98. Le mois offert, il est où ?", {"lang": "fr", "likes": 66, "boosts": 30, "replies": 17}),
    ("2026-11-12T08:33:19Z", "olivier", "Double prélèvement #Nuvia pour moi aussi. Ils vont finir par me rendre fou avec leur facturation.", {"lang": "fr", "likes": 29, "boosts": 11, "replies": 4}),
    ("2026-11-12T09:41:03Z", "nuviaaide", "Un incident de facturation a entraîné un double prélèvement pour une partie de nos abonnés. Le remboursement est automatique sous 5 jours ouvrés. Toutes nos excuses. #Nuvia", {"lang": "fr", "likes": 90, "boosts": 210, "replies": 301}),
    ("2026-11-14T16:20:58Z", "alice", "Nuvia (mon chat, toujours) a décidé que le carton de la box était son nouveau lit. Au moins quelqu'un est content de la box. 🐈", {"lang": "fr", "likes": 140, "boosts": 12, "replies": 9}),
    ("2026-11-16T11:11:11Z", "bonplan", "🔥🔥 CODE PROMO NUVIA -60% 🔥🔥 cliquez ici ➡ https://promo-box.example/nuvia?ref=bp78 #nuvia #fibre #promo #bonplan #box #internet #gratuit #concours #telvio #frelia", {"lang": "fr", "likes": 0, "boosts": 0, "replies": 0}),
    ("2026-11-17T18:45:30Z", "pauline", "J'ai résilié #Nuvia pour #Telvio. Installation demain. Je vous dirai si c'est mieux ou si c'est pareil en plus cher.", {"lang": "fr", "likes": 10, "boosts": 1, "replies": 4}),
    ("2026-11-18T08:08:08Z", "karim", "RT @geektoutfr: ⚠️ Grosse panne #Nuvia en cours partout en France (fibre + mobile). Pas de communication officielle pour l'instant. Je vous tiens au courant. #PanneNuvia", {"lang": "fr", "likes": 0, "boosts": 0, "replies": 0}),
    ("2026-11-19T13:37:00Z", "hugo", "Finalement resté chez #Nuvia : ils m'ont proposé -10 € pendant un an quand j'ai appelé pour résilier. Astuce pour les autres.", {"lang": "fr", "likes": 48, "boosts": 22, "replies": 9}),
    ("2026-11-20T10:05:12Z", "bruno", "Nuvia is also the name of a very good crêpe place in Brussels. Not everything is about ISPs, people.", {"lang": "en", "likes": 7, "boosts": 0, "replies": 0}),
    ("2026-11-20T21:30:45Z", "camille", "Bilan après un mois chez #Nuvia : réseau au top (sauf LA panne), box au top, facturation catastrophique, SAV inégal. 3/5.", {"lang": "fr", "likes": 17, "boosts": 2, "replies": 3}),
]

# ---------------------------------------------------------------------------
# Bluesky searchPosts q=nuvia.  Extras: langs (list; None: no langs in record),
# likes/reposts/replies/quotes, reply (index answered).
BLUESKY_POSTS = [
    ("2026-10-14T08:05:40Z", "nuvia", "Nuvia Fibre Max est là : 8 Gb/s symétriques, Wi-Fi 7, 39,99 €/mois. www.nuvia.example/offres/fibr...", {"langs": ["fr"], "likes": 150, "reposts": 61, "replies": 30, "link": "https://www.nuvia.example/offres/fibre-max"}),
    ("2026-10-14T10:12:05Z", "thomas", "Qui a besoin de 8 Gb/s à la maison ? Sérieusement. Nuvia ferait mieux de répondre au téléphone.", {"langs": ["fr"], "likes": 40, "reposts": 5, "replies": 8}),
    ("2026-10-15T09:44:51Z", "geektout", "Unboxing de la NuviaBox 7 en ligne ! Design top, Wi-Fi 7 impressionnant, interface encore un peu lente. Vidéo complète sur la chaîne 👇", {"langs": ["fr"], "likes": 2300, "reposts": 410, "replies": 190}),
    ("2026-10-15T18:30:27Z", "dev_seb", "I moved to Lyon last month and went with Nuvia for fiber. 1 Gbps for 30 euros, honestly great value compared to what I paid in the US.", {"langs": ["en"], "likes": 22, "reposts": 2, "replies": 4}),
    ("2026-10-16T08:19:13Z", "nathalie", "Ma box Nuvia est \"en cours de livraison\" depuis 5 jours. Elle fait le tour de France à pied ou quoi ?", {"langs": ["fr"], "likes": 31, "reposts": 3, "replies": 6}),
    ("2026-10-16T08:19:13Z", "amandine", "Ma box Nuvia est \"en cours de livraison\" depuis 6 jours. Elle fait le tour de France à pied ou quoi ?", {"langs": ["fr"], "likes": 2, "reposts": 0, "replies": 0}),
    ("2026-10-17T12:02:48Z", "spam1", "🎁 Box Nuvia à 9,99€ ?! Code promo exclusif NUVIA2026 👉 cliquez ici dealsbox.example/nuvia #nuvia #promo #bonplan #fibre #box #deal #gratuit #cadeau", {"langs": ["fr"], "likes": 0, "reposts": 0, "replies": 0, "link": "https://dealsbox.example/nuvia?utm_source=bsky"}),
    ("2026-10-18T14:25:36Z", "maud", "Service client Nuvia : 45 minutes d'attente, puis la conseillère me dit que mon problème \"n'existe pas\". Ah bon.", {"langs": ["fr"], "likes": 57, "reposts": 9, "replies": 11}),
    ("2026-10-19T21:14:09Z", "fred", "nuvia c vraiment des escrocs jvous jure, 3 semaines que jattend mon activation et personne sait rien", {"langs": ["fr"], "likes": 12, "reposts": 1, "replies": 3}),
    ("2026-10-20T08:10:00Z", "lesondes", "Nuvia augmente ses anciennes offres fibre de 3 € par mois au 1er décembre. Résiliation sans frais possible. www.lesondes.example/2026/10/2...", {"langs": ["fr"], "likes": 420, "reposts": 300, "replies": 88, "link": "https://www.lesondes.example/2026/10/20/nuvia-hausse-prix"}),
    ("2026-10-20T09:55:44Z", "lucie", "Hausse de prix chez Nuvia, et chez Telvio c'est 5 € de plus pour moins de débit. On est coincés entre le pire et le moins pire.", {"langs": ["fr"], "likes": 19, "reposts": 4, "replies": 5}),
    ("2026-10-20T11:40:21Z", "telvio", "Chez Telvio, votre prix est garanti 2 ans. Pas de mauvaise surprise. 😉 telvio.example/garantie", {"langs": ["fr"], "likes": 80, "reposts": 22, "replies": 40, "link": "https://www.telvio.example/garantie"}),
    ("2026-10-21T16:03:57Z", "laura", "Mi prima Nuvia cumple años hoy 🎉 ¡Feliz cumpleaños, guapa!", {"langs": ["es"], "likes": 9, "reposts": 0, "replies": 2}),
    ("2026-10-22T10:30:30Z", "karim", "Petit test : fibre Nuvia 2 Gb/s à Villeurbanne, 1,94 Gb/s mesurés en filaire. Pour une fois la pub ne ment pas.", {"langs": ["fr"], "likes": 45, "reposts": 6, "replies": 3}),
    ("2026-10-23T19:48:16Z", "sarah", "Nuvia's customer support is a joke. Waited an hour on the phone, got disconnected. Twice.", {"langs": ["en"], "likes": 15, "reposts": 2, "replies": 1}),
    ("2026-10-25T09:10:52Z", "jeanmi", "Le jeu \"Nuvia Chronicles\" est sorti sur Switch ! Le nom m'a fait penser à ma box à chaque fois 😂 #jeuvideo", {"langs": ["fr"], "likes": 28, "reposts": 2, "replies": 4}),
    ("2026-10-27T13:22:43Z", "emma", "J'avoue que l'appli Nuvia est bien faite : suivi conso, factures, changement d'offre en deux clics. Rien à redire.", {"langs": ["fr"], "likes": 10, "reposts": 1, "replies": 0}),
    ("2026-10-29T07:15:38Z", "anna", "Wir sind nach Straßburg gezogen und haben Nuvia genommen. Der Techniker kam pünktlich, alles lief nach 20 Minuten. Sehr gut!", {"langs": ["de"], "likes": 7, "reposts": 0, "replies": 1}),
    ("2026-11-01T17:27:19Z", "max", "\"Votre conseiller Nuvia vous rappelle sous 24h\" — c'était il y a 8 jours. Mais je suis sûr qu'il va appeler. Un jour. Peut-être.", {"langs": ["fr"], "likes": 33, "reposts": 5, "replies": 2}),
    # 5 November
    ("2026-11-05T07:08:31Z", "thomas", "Plus de fibre Nuvia à Nantes depuis 8h. Ni de 4G. Quelqu'un d'autre ? #PanneNuvia", {"langs": ["fr"], "likes": 64, "reposts": 40, "replies": 29}),
    ("2026-11-05T07:12:09Z", "nathalie", "Panne Nuvia à Rennes aussi. Plus rien, même pas les appels. #PanneNuvia", {"langs": ["fr"], "likes": 22, "reposts": 15, "replies": 3}),
    ("2026-11-05T07:16:47Z", "chloe", "Ça fait 1h que j'ai plus internet avec Nuvia, génial pour mon entretien en visio à 9h 😭 #PanneNuvia", {"langs": ["fr"], "likes": 90, "reposts": 12, "replies": 14}),
    ("2026-11-05T07:25:02Z", "fred", "nuvia encore en panne, bande de branquignols, vous êtes payés à quoi faire ??? #PanneNuvia", {"langs": ["fr"], "likes": 18, "reposts": 3, "replies": 1}),
    ("2026-11-05T07:33:55Z", "pierre", "Ça fait 3 heures sans internet, merci Nuvia 👏 #PanneNuvia", {"langs": ["fr"], "likes": 41, "reposts": 30, "replies": 2}),
    ("2026-11-05T07:35:10Z", "max", "Ça fait 3 heures sans internet, merci Nuvia 👏 #PanneNuvia", {"langs": ["fr"], "likes": 3, "reposts": 0, "replies": 0}),
    ("2026-11-05T07:41:28Z", "lucie", "Ça fait 2 heures sans internet, merci Nuvia 👏 #PanneNuvia", {"langs": ["fr"], "likes": 5, "reposts": 1, "replies": 0}),
    ("2026-11-05T07:50:33Z", "geektout", "⚠️ Grosse panne Nuvia en cours partout en France (fibre + mobile). Pas de communication officielle pour l'instant. #PanneNuvia", {"langs": ["fr"], "likes": 4100, "reposts": 2200, "replies": 520}),
    ("2026-11-05T07:52:14Z", "maud", "RT @geektout.example: ⚠️ Grosse panne Nuvia en cours partout en France (fibre + mobile). Pas de communication officielle pour l'instant. #PanneNuvia", {"langs": ["fr"], "likes": 0, "reposts": 0, "replies": 0}),
    ("2026-11-05T08:02:40Z", "sarah", "Massive Nuvia outage in France this morning, no internet and no mobile. Working from a café with Telvio wifi lol #PanneNuvia", {"langs": ["en"], "likes": 20, "reposts": 3, "replies": 2}),
    ("2026-11-05T08:06:01Z", "nuvia", "Un incident perturbe nos services fibre et mobile. Nos équipes sont mobilisées pour rétablir la situation au plus vite. Toutes nos excuses. #PanneNuvia", {"langs": ["fr"], "likes": 120, "reposts": 380, "replies": 450}),
    ("2026-11-05T08:18:26Z", "ines", "Ma mère de 82 ans a la téléassistance sur sa ligne Nuvia. Ça fait 1h que ça ne marche plus. C'est grave. #PanneNuvia", {"langs": ["fr"], "likes": 310, "reposts": 190, "replies": 35}),
    ("2026-11-05T08:27:45Z", "dev_seb", "Nuvia's whole network is down, fiber and mobile. Our office in Lyon is offline. Great Thursday. #PanneNuvia", {"langs": ["en"], "likes": 11, "reposts": 2, "replies": 1}),
    ("2026-11-05T08:44:12Z", "jeanmi", "Nuvia en panne, Telvio saturé parce que tout le monde se connecte en partage de co chez les potes. Chaos total à Paris. #PanneNuvia", {"langs": ["fr"], "likes": 37, "reposts": 8, "replies": 4}),
    ("2026-11-05T09:05:59Z", "amandine", "franchement nuvia jvais vous quitter, 4e panne cette année, ya un moment ça suffit #PanneNuvia", {"langs": ["fr"], "likes": 9, "reposts": 1, "replies": 1}),
    ("2026-11-05T09:20:36Z", "yann", "Hypothèse : un changement de config propagé sur tout le cœur de réseau Nuvia d'un coup, sans déploiement progressif. On verra le post-mortem. #PanneNuvia", {"langs": ["fr"], "likes": 140, "reposts": 44, "replies": 12}),
    ("2026-11-05T10:15:20Z", "lesondes", "Nuvia confirme une mise à jour logicielle défaillante sur son cœur de réseau. Le service revient progressivement. #PanneNuvia", {"langs": ["fr"], "likes": 260, "reposts": 190, "replies": 33}),
    ("2026-11-05T11:02:03Z", "chloe", "Internet revenu 🙏 entretien reporté à demain, le recruteur a été sympa. Nuvia, vous me devez un café. #PanneNuvia", {"langs": ["fr"], "likes": 70, "reposts": 4, "replies": 6}),
    ("2026-11-05T11:28:57Z", "thomas", "Retour du réseau Nuvia à Nantes. 4h de panne. J'espère qu'il y aura un geste commercial. #PanneNuvia", {"langs": ["fr"], "likes": 25, "reposts": 3, "replies": 2}),
    # aftermath
    ("2026-11-06T12:40:50Z", "spam2", "🎁🎁 GAGNE TA BOX NUVIA 🎁🎁 RT + follow + like pour participer !!! Résultat dimanche. Check out my channel for more giveaways 👉 gagnetabox.example #nuvia #concours #gratuit #giveaway #box #fibre #cadeau #promo", {"langs": ["fr"], "likes": 3, "reposts": 12, "replies": 0, "link": "https://gagnetabox.example/?src=bsky"}),
    ("2026-11-07T09:33:22Z", "emma", "Après la panne de jeudi, le support Nuvia m'a rappelée spontanément pour vérifier que tout allait bien. Chapeau, je ne m'y attendais pas.", {"langs": ["fr"], "likes": 21, "reposts": 2, "replies": 3}),
    ("2026-11-09T09:05:00Z", "nuvia", "Suite à l'incident du 5 novembre, un mois d'abonnement offert pour tous nos abonnés fixes et mobiles, sur la prochaine facture. Merci de votre patience.", {"langs": ["fr"], "likes": 980, "reposts": 400, "replies": 300}),
    ("2026-11-09T10:44:18Z", "lucie", "Un mois offert par Nuvia. Pas mal. Pas de quoi oublier la panne non plus.", {"langs": ["fr"], "likes": 6, "reposts": 0, "replies": 1}),
    ("2026-11-12T08:01:37Z", "nathalie", "Nuvia m'a prélevé deux fois ce mois-ci ?! C'est une blague ? Après la panne, la double facture.", {"langs": ["fr"], "likes": 44, "reposts": 12, "replies": 9}),
    ("2026-11-12T08:30:03Z", "camille", "Double prélèvement Nuvia aussi. Je commence à comprendre pourquoi tout le monde râle sur leur facturation.", {"langs": ["fr"], "likes": 12, "reposts": 2, "replies": 2}),
    ("2026-11-13T18:12:40Z", "pierre", "Nuvia m'a remboursé le double prélèvement en 24h. Je retire (un peu) ce que j'ai dit.", {"langs": ["fr"], "likes": 8, "reposts": 0, "replies": 1}),
    ("2026-11-15T14:05:26Z", "laura", "Hoy Nuvia y yo fuimos al cine a ver la nueva de Almodóvar. ¡Recomendadísima!", {"langs": ["es"], "likes": 4, "reposts": 0, "replies": 0}),
    ("2026-11-17T20:20:20Z", "spam1", "🎁 Box Nuvia à 9,99€ ?! Code promo exclusif NUVIA2026 👉 cliquez ici dealsbox.example/nuvia #nuvia #promo #bonplan #fibre #box #deal #gratuit #cadeau", {"langs": ["fr"], "likes": 0, "reposts": 0, "replies": 0, "link": "https://dealsbox.example/nuvia?utm_source=bsky"}),
    ("2026-11-18T11:49:09Z", "yann", "Le post-mortem de Nuvia est publié, et il est plutôt honnête : pas de déploiement progressif, pas de retour arrière automatique. Ça arrive aux meilleurs.", {"langs": ["fr"], "likes": 96, "reposts": 31, "replies": 7}),
    ("2026-11-19T19:30:00Z", "max", "Passé de Nuvia à Frelia. Même débit, 8 € de moins, et la hotline a décroché en 2 minutes. Je dis ça je dis rien.", {"langs": None, "likes": 27, "reposts": 4, "replies": 9}),
    ("2026-11-20T08:44:44Z", "chloe", "J'ai eu le poste 🎉 malgré la panne Nuvia le jour de l'entretien. Fin heureuse.", {"langs": ["fr"], "likes": 210, "reposts": 5, "replies": 40}),
]

# ---------------------------------------------------------------------------
# Forum RSS (phpBB-like, ISO-8859-1): (date, pseudo, topic title, text, extras)
# extras: entities (True: the forum writes é as &eacute;), cdata (True: the
# description is a CDATA section), zone (how the date is written).
FORUM = [
    ("2026-10-14T12:10:00Z", "Olive31", "NuviaBox 7 : vos premières impressions ?", "Salut à tous,\nLa NuviaBox 7 est sortie aujourd'hui. Qui l'a déjà commandée ? Le Wi-Fi 7 ça vaut le coup ou c'est du marketing ?", {"zone": "+0200"}),
    ("2026-10-14T13:45:00Z", "Mathieu59", "Re: NuviaBox 7 : vos premières impressions ?", "Commandée ce matin. Perso je prends surtout pour le prix, 39,99 € pour 8 Gb/s c'est imbattable. Le Wi-Fi 7 mes appareils ne le gèrent même pas lol", {"zone": "+0200", "entities": True}),
    ("2026-10-15T06:20:00Z", "Camille_R", "Re: NuviaBox 7 : vos premières impressions ?", "Commande passée aussi. Livraison annoncée jeudi, je vous dirai.", {"zone": "GMT"}),
    ("2026-10-16T15:02:00Z", "sophie75", "Livraison box : \"destinataire absent\" alors que j'étais là", "Bonjour,\nLe transporteur de Nuvia a marqué \"destinataire absent\" alors que j'étais chez moi, le téléphone à la main. Maintenant il faut aller chercher le colis en point relais à 6 km. Quelqu'un a eu pareil ? C'est quoi ce transporteur de m****", {"zone": "+0200", "entities": True}),
    ("2026-10-16T16:30:00Z", "TomN44", "Re: Livraison box : \"destinataire absent\" alors que j'étais là", "Pareil il y a 2 semaines. Appelle le SAV et demande une nouvelle livraison, ils l'ont fait pour moi sans discuter.", {"zone": "+0200"}),
    ("2026-10-17T08:00:00Z", "Camille_R", "Re: NuviaBox 7 : vos premières impressions ?", "Reçue ! Installation en 10 min, 940 Mb/s en Wi-Fi au salon. J'suis pas déçue, franchement.", {"zone": "+0200", "cdata": True}),
    ("2026-10-18T19:12:00Z", "JuJu38", "Activation ligne : 10 jours et toujours rien", "Bonsoir, ma ligne devait être activée sous 48h. Ça fait 10 jours. Le SAV me dit \"c'est en cours\" à chaque appel. Des idées pour faire bouger les choses ? Je commence à perdre patience...", {"zone": "+0200", "entities": True}),
    ("2026-10-18T20:40:00Z", "Yannig29", "Re: Activation ligne : 10 jours et toujours rien", "Lettre recommandée au service consommateurs + signalement sur la plateforme de la DGCCRF, en général ça débloque. Courage.", {"zone": "+0200"}),
    ("2026-10-19T07:55:00Z", "Nath_35", "Re: Activation ligne : 10 jours et toujours rien", "Même galère à Rennes, 12 jours pour moi. Le technicien est venu 2 fois pour rien parce que le PTO n'était pas référencé.", {"zone": "+0200"}),
    ("2026-10-20T09:30:00Z", "KarimB", "Hausse de prix de 3 € au 1er décembre", "Vous avez reçu le mail ? +3 € par mois sur les anciennes offres. Moi je suis sur la Fibre Essentiel depuis 2023, je passe de 29,99 € à 32,99 €. Ils justifient par \"l'amélioration continue du réseau\". Mon œil.", {"zone": "+0200", "entities": True}),
    ("2026-10-20T10:05:00Z", "HugoF34", "Re: Hausse de prix de 3 € au 1er décembre", "Résiliation sans frais possible jusqu'à fin novembre, c'est la loi. Je regarde Frelia et Telvio en ce moment.", {"zone": "+0200"}),
    ("2026-10-20T10:48:00Z", "Mandine21", "Re: Hausse de prix de 3 € au 1er décembre", "Franchement ça reste moins cher que Telvio pour le même débit. Pas de quoi fouetter un chat.", {"zone": "+0200"}),
    ("2026-10-21T14:14:00Z", "PromoFibreTop", "Code promo Nuvia -50% !!!", "CODE PROMO NUVIA -50% valable aujourd'hui seulement, cliquez ici : https://promo-box.example/nuvia?ref=forum1 -- aussi pour Telvio : https://promo-box.example/telvio?ref=forum1 et Frelia : https://promo-box.example/frelia?ref=forum1", {"zone": "+0200"}),
    ("2026-10-22T17:25:00Z", "KarimB", "Facture : frais de mise en service non annoncés", "Ma première facture : 54,98 € au lieu de 39,99 €. 14,99 € de \"frais de mise en service\" dont personne ne m'a parlé à la souscription. J'ai relu le contrat, c'est en page 7 en tout petit. Pratique commerciale limite.", {"zone": "+0200"}),
    ("2026-10-23T08:10:00Z", "Olive31", "Re: Facture : frais de mise en service non annoncés", "Conteste par écrit via l'espace client, ils me les ont remboursés en avoir le mois suivant.", {"zone": "+0200", "cdata": True}),
    ("2026-10-24T11:00:00Z", "TomN44", "[Résolu] Décodeur TV qui redémarre en boucle", "Pour info, si votre décodeur Nuvia redémarre en boucle : débranchez le câble HDMI, redémarrez la box puis le décodeur. Le SAV me l'a expliqué et ça marche. Merci à la conseillère, super patiente.", {"zone": "+0200", "entities": True}),
    ("2026-10-26T09:40:00Z", "sophie75", "Re: Livraison box : \"destinataire absent\" alors que j'étais là", "Finalement reçue après 10 jours. Par contre ma fille a cru que la boîte était un cadeau d'anniversaire, déception totale quand elle a vu une box internet 😂", {"zone": "+0100", "cdata": True}),
    ("2026-10-28T21:05:00Z", "Mathieu59", "Débit Wi-Fi décevant avec la NuviaBox 7", "Bon, après 2 semaines : en filaire c'est génial, en Wi-Fi c'est pas terrible du tout dès qu'on change de pièce. 200 Mb/s dans la chambre à 8 m de la box. Le répéteur est à 79 €, sérieux ?", {"zone": "+0100"}),
    ("2026-10-30T13:30:00Z", "Camille_R", "Re: Débit Wi-Fi décevant avec la NuviaBox 7", "Essaie de changer de canal dans l'interface, chez moi ça a doublé le débit. Sinon le CPL marche bien.", {"zone": "+0100"}),
    # 5 November: outage
    ("2026-11-05T07:04:00Z", "KarimB", "[PANNE] Plus d'internet ni de mobile ce matin", "Plus rien depuis 8h à Villeurbanne : box en rouge, mobile sans réseau. Vous aussi ?", {"zone": "+0100"}),
    ("2026-11-05T07:07:00Z", "sophie75", "Re: [PANNE] Plus d'internet ni de mobile ce matin", "Paris 15e : pareil. Tout est mort.", {"zone": "+0100"}),
    ("2026-11-05T07:11:00Z", "JuJu38", "Re: [PANNE] Plus d'internet ni de mobile ce matin", "Grenoble aussi. J'écris depuis le wifi du boulot (Telvio, ironie).", {"zone": "CET"}),
    ("2026-11-05T07:18:00Z", "Nath_35", "Re: [PANNE] Plus d'internet ni de mobile ce matin", "Rennes : rien non plus. Le numéro du SAV sonne occupé en permanence.", {"zone": "+0100"}),
    ("2026-11-05T07:26:00Z", "Yannig29", "Re: [PANNE] Plus d'internet ni de mobile ce matin", "Brest idem. Vu l'ampleur (fixe + mobile, toute la France), c'est le cœur de réseau. Ça ne se répare pas en 5 minutes.", {"zone": "+0100", "entities": True}),
    ("2026-11-05T07:37:00Z", "Olive31", "Re: [PANNE] Plus d'internet ni de mobile ce matin", "Toulouse pareil. Et j'ai un client à appeler à 9h... Vous êtes nuls Nuvia, vraiment nuls.", {"zone": "+0100"}),
    ("2026-11-05T07:49:00Z", "Mandine21", "Re: [PANNE] Plus d'internet ni de mobile ce matin", "Dijon. Rien. 4e panne cette année, j'en ai ras le bol.", {"zone": "+0100"}),
    ("2026-11-05T08:15:00Z", "Mathieu59", "Re: [PANNE] Plus d'internet ni de mobile ce matin", "Communiqué officiel : \"un incident perturbe nos services\". Merci, on avait remarqué.", {"zone": "+0100", "entities": True}),
    ("2026-11-05T08:52:00Z", "TomN44", "Re: [PANNE] Plus d'internet ni de mobile ce matin", "Ma grand-mère a une alarme reliée à la ligne fixe. Si elle tombe ce matin personne n'est prévenu. C'est pas acceptable.", {"zone": "+0100"}),
    ("2026-11-05T09:40:00Z", "HugoF34", "Re: [PANNE] Plus d'internet ni de mobile ce matin", "Toujours rien à Montpellier. Je tente le partage de connexion chez un voisin Frelia.", {"zone": "+0100"}),
    ("2026-11-05T10:31:00Z", "Yannig29", "Re: [PANNE] Plus d'internet ni de mobile ce matin", "Retour du mobile à Brest, la fibre suit 10 minutes après. Nuvia parle d'une mise à jour logicielle ratée sur le cœur de réseau.", {"zone": "+0100"}),
    ("2026-11-05T11:22:00Z", "KarimB", "Re: [PANNE] Plus d'internet ni de mobile ce matin", "Revenu à Villeurbanne. 4h de coupure au total. On verra s'ils font un geste.", {"zone": "+0100", "cdata": True}),
    # aftermath
    ("2026-11-09T10:00:00Z", "Olive31", "Un mois offert suite à la panne", "Mail reçu ce matin : un mois d'abonnement offert pour tout le monde. Honnêtement c'est plus que ce que j'attendais. Bien joué Nuvia pour une fois.", {"zone": "+0100"}),
    ("2026-11-09T10:33:00Z", "Mandine21", "Re: Un mois offert suite à la panne", "Un mois offert ok, mais ça ne me rend pas ma journée de boulot perdue. Pas si généreux que ça.", {"zone": "+0100"}),
    ("2026-11-12T07:58:00Z", "JuJu38", "Double prélèvement ce mois-ci ?!", "Prélevé deux fois 54,98 € ce matin. Le mois \"offert\" s'est transformé en mois payé double. Quelqu'un d'autre ?", {"zone": "+0100", "entities": True}),
    ("2026-11-12T08:20:00Z", "Nath_35", "Re: Double prélèvement ce mois-ci ?!", "Oui moi aussi ! Ils sont en train de battre des records cette semaine...", {"zone": "+0100"}),
    ("2026-11-12T10:15:00Z", "Camille_R", "Re: Double prélèvement ce mois-ci ?!", "Ils annoncent un remboursement automatique sous 5 jours ouvrés. On verra.", {"zone": "+0100"}),
    ("2026-11-13T09:00:00Z", "JuJu38", "Re: Double prélèvement ce mois-ci ?!", "Remboursé ce matin. Au moins c'était rapide, je dois le reconnaître.", {"zone": "+0100", "year2": True}),
    ("2026-11-14T18:40:00Z", "nuvia_orange_fan", "Nuvia en couleur orange ?", "Hors sujet mais : quelqu'un sait si la coque orange \"Nuvia\" de la marque d'accessoires pour téléphone est encore vendue ? Rien à voir avec l'opérateur hein, c'est pour un iPhone.", {"zone": "+0100"}),
    ("2026-11-16T12:12:00Z", "PromoFibreTop", "Code promo Nuvia -50% !!!", "CODE PROMO NUVIA -50% valable aujourd'hui seulement, cliquez ici : https://promo-box.example/nuvia?ref=forum2 -- aussi pour Telvio : https://promo-box.example/telvio?ref=forum2 et Frelia : https://promo-box.example/frelia?ref=forum2", {"zone": "+0100"}),
    ("2026-11-17T20:00:00Z", "Mathieu59", "Telvio vs Nuvia vs Frelia : le comparatif", "J'ai fait un tableau des 3 offres fibre 2 Gb/s :\n- Nuvia : 34,99 €, box correcte, SAV inégal\n- Telvio : 41,99 €, box excellente, SAV bon\n- Frelia : 29,99 €, box moyenne, pas de TV\nBref, aucun n'est parfait.", {"zone": "+0100"}),
    ("2026-11-18T09:25:00Z", "sophie75", "Re: Telvio vs Nuvia vs Frelia : le comparatif", "Merci pour le tableau ! Pour moi le SAV Nuvia a été top sur le décodeur mais nul sur la livraison. Ça dépend vraiment sur qui on tombe.", {"zone": "+0100"}),
    ("2026-11-19T15:15:00Z", "HugoF34", "Re: Telvio vs Nuvia vs Frelia : le comparatif", "J'ai menacé de résilier, ils m'ont fait -10 € pendant un an. Je reste chez Nuvia du coup.", {"zone": "+0100"}),
    ("2026-11-20T19:45:00Z", "Yannig29", "Post-mortem de la panne du 5 novembre publié", "Nuvia a publié son post-mortem. Une mise à jour du cœur de réseau déployée d'un coup sur tous les routeurs, sans retour arrière automatique. Honnête et détaillé, c'est assez rare pour être souligné.", {"zone": "+0100", "entities": True}),
]
# Forum pseudo -> person key (for emails in <author>) or None
FORUM_EMAIL = {"Camille_R": "camille", "KarimB": "karim", "sophie75": "sophie", "TomN44": "thomas",
               "Mathieu59": "mathieu", "JuJu38": "julien", "Nath_35": "nathalie", "Olive31": "olivier",
               "HugoF34": "hugo", "Mandine21": "amandine", "Yannig29": "yann"}

# ---------------------------------------------------------------------------
# Reddit search q=nuvia: (date, user, subreddit, title, selftext, extras)
# extras: url (link post), score, comments, ratio
REDDIT = [
    ("2026-10-14T09:30:12Z", "kbenali69", "france", "Nuvia lance une offre fibre 8 Gb/s à 39,99 €", "", {"url": "https://www.lesondes.example/2026/10/14/nuvia-fibre-max", "score": 412, "comments": 187}),
    ("2026-10-14T15:02:44Z", "tom_ngn", "france", "Sérieusement, qui a besoin de 8 Gb/s ?", "Vraie question. Je suis chez Nuvia en 1 Gb/s et je n'ai jamais saturé la ligne, même avec 4 personnes en télétravail et Netflix en 4K.\n\nC'est juste du marketing pour vendre la nouvelle box ?", {"score": 230, "comments": 144}),
    ("2026-10-16T11:11:03Z", "throwaway_box22", "conseiljuridique", "Box jamais livrée, Nuvia me facture quand même", "Bonjour,\n\nJ'ai souscrit chez Nuvia le 2 octobre. La box n'est jamais arrivée (colis \"perdu\" par le transporteur) mais on m'a prélevé le premier mois. Le SAV me dit d'attendre. Ai-je le droit de demander le remboursement ?\n\nMerci d'avance.", {"score": 56, "comments": 23}),
    ("2026-10-18T20:45:31Z", "julienp38", "france", "Le SAV de Nuvia est une honte", "Trois appels, trois conseillers, trois réponses différentes. Le dernier m'a raccroché au nez. Je ne suis pas du genre à râler mais là c'est le pompon.\n\nEdit : merci pour les conseils, j'ai envoyé une lettre recommandée.", {"score": 890, "comments": 321}),
    ("2026-10-20T08:44:09Z", "odubois31", "vosfinances", "Nuvia +3 €/mois : résilier ou pas ?", "Je paie 29,99 € pour 1 Gb/s chez Nuvia, ça passe à 32,99 €. Frelia propose 29,99 € pour 2 Gb/s mais sans TV. Le calcul est vite fait mais la flemme de changer de box... Vous feriez quoi ?", {"score": 145, "comments": 98}),
    ("2026-10-20T12:12:12Z", "Telvio_Official_Fan", "france", "Pourquoi je suis passé de Nuvia à Telvio (et pourquoi vous devriez aussi)", "Prix garanti 2 ans, box excellente, hotline qui répond. Lien de parrainage en commentaire 😉 utilisez mon code TELVIO-XK42 pour 50 € offerts !!!", {"score": -12, "comments": 40}),
    ("2026-10-22T14:25:50Z", "mat_girard", "france", "Nuvia : les frais de mise en service, vous les avez eus ?", "14,99 € sur ma première facture, jamais mentionnés au téléphone. C'est légal ?", {"score": 77, "comments": 52}),
    ("2026-10-23T10:03:27Z", "hugo_ftn", "montpellier", "Fibre à Montpellier : Nuvia, Telvio ou Frelia ?", "Je déménage à Montpellier (quartier Antigone) le mois prochain. Des retours sur les opérateurs fibre dans le coin ? Surtout la stabilité, je suis en télétravail.", {"score": 18, "comments": 27}),
    ("2026-10-25T18:20:00Z", "gamer_nuvia", "jeuxvideo", "Nuvia Chronicles : le jeu vaut-il ses 40 € ?", "Je viens de finir Nuvia Chronicles (le RPG indé sorti la semaine dernière, rien à voir avec l'opérateur). 25h de jeu, histoire sympa mais combats répétitifs. 7/10.", {"score": 340, "comments": 88}),
    ("2026-10-27T07:40:18Z", "sysadmin_lyon", "sysadmin", "Weird routing on a French ISP (Nuvia) - traffic to Frankfurt via Marseille", "Anyone else seeing this? Traceroutes from Nuvia fiber customers in Paris to AWS eu-central-1 go through Marseille, adding ~15 ms. Started last week. Support is, predictably, useless.", {"score": 64, "comments": 31}),
    ("2026-10-29T21:05:42Z", "petite_souris", "france", "Mon expérience Nuvia après 3 ans : plutôt positive", "On lit surtout des plaintes ici, donc je fais contrepoids : 3 ans chez Nuvia, 2 coupures courtes, débit conforme, SAV qui a toujours fini par régler mes problèmes. Pas parfait, mais honnêtement pas mal du tout.", {"score": 205, "comments": 76}),
    # 5 November
    ("2026-11-05T07:10:33Z", "kbenali69", "france", "[Megathread] Panne Nuvia fibre + mobile ce matin", "Visiblement toute la France est touchée : plus d'internet, plus de 4G/5G, plus d'appels. Centralisez vos infos ici (ville, type de service, heure de début).\n\n**MAJ 11h10** : Nuvia parle d'une mise à jour logicielle sur le cœur de réseau. Retour progressif.\n\n**MAJ 12h20** : retour à la normale presque partout.", {"score": 2840, "comments": 1203}),
    ("2026-11-05T07:15:59Z", "lyon_fiber", "lyon", "Panne Nuvia à Lyon ?", "Plus rien depuis 8h, fixe et mobile. Vous aussi ?", {"score": 88, "comments": 64}),
    ("2026-11-05T07:44:21Z", "tom_ngn", "france", "Panne Nuvia : comment prévenir mon employeur sans téléphone ni internet ?", "Tout est coupé. J'écris depuis le wifi d'une boulangerie. Ce pays.", {"score": 650, "comments": 130}),
    ("2026-11-05T08:22:47Z", "infirmiere_nuit", "france", "La panne Nuvia touche aussi les téléalarmes des personnes âgées", "Je travaille en soins à domicile. Plusieurs de nos patients ont une téléassistance reliée à une ligne Nuvia : depuis 8h elles ne fonctionnent plus. On fait le tour des patients à risque. Si vous avez des proches âgés chez Nuvia, appelez-les (d'un autre réseau) ou passez les voir.", {"score": 3100, "comments": 240}),
    ("2026-11-05T09:10:05Z", "sysadmin_lyon", "sysadmin", "Nationwide outage at French ISP Nuvia - core network update gone wrong?", "Both fixed and mobile down since ~07:00 UTC. BGP announcements for their prefixes withdrawn around 06:58 UTC according to public route collectors. Smells like a bad config push to the core.", {"score": 420, "comments": 95}),
    ("2026-11-05T12:30:00Z", "odubois31", "france", "Nuvia : 4h de panne, on a droit à quoi ?", "Le contrat parle d'un dédommagement au-delà de 48h d'interruption. 4h, ça ne compte pas ? Quelqu'un connaît le droit là-dessus ?", {"score": 190, "comments": 80}),
    # aftermath
    ("2026-11-06T09:01:00Z", "kbenali69", "france", "Panne géante chez Nuvia : le récit de 4 heures de coupure", "", {"url": "https://www.lesondes.example/2026/11/06/panne-nuvia-recit", "score": 1020, "comments": 311}),
    ("2026-11-09T09:15:40Z", "mat_girard", "france", "Nuvia offre un mois d'abonnement après la panne", "", {"url": "https://www.nuvia.example/actualites/geste-commercial-5-novembre", "score": 780, "comments": 290}),
    ("2026-11-09T11:48:19Z", "random_redditor_77", "france", "Un mois offert chez Nuvia : c'est assez ?", "Perso je trouve ça correct, c'est plus que ce que la loi impose. Mais je vois beaucoup de gens furieux en commentaires. Vous en pensez quoi ?", {"score": 60, "comments": 112}),
    ("2026-11-12T08:10:25Z", "julienp38", "france", "Nuvia prélève deux fois ce mois-ci", "Après la panne, le double prélèvement. 109,96 € débités au lieu de 54,98 €. Vérifiez vos comptes.", {"score": 1500, "comments": 402}),
    ("2026-11-12T08:12:02Z", "julienp38", "vosfinances", "Nuvia prélève deux fois ce mois-ci", "Après la panne, le double prélèvement. 109,96 € débités au lieu de 54,98 €. Vérifiez vos comptes.", {"score": 210, "comments": 45}),
    ("2026-11-13T19:30:10Z", "seo_master_2026", "france", "Meilleure box internet 2026 : notre comparatif complet", "Découvrez notre comparatif des box Nuvia, Telvio et Frelia sur https://meilleure-box.example/comparatif ! Code promo exclusif, cliquez ici : https://meilleure-box.example/promo https://meilleure-box.example/nuvia https://meilleure-box.example/telvio https://meilleure-box.example/frelia", {"score": -5, "comments": 2}),
    ("2026-11-15T16:00:00Z", "berlin_expat", "germany", "Anyone moving to France: Nuvia vs Telvio?", "Moving from Berlin to Lyon in January. I read about the big Nuvia outage. Is Telvio more reliable or is it all the same? Prices are so much lower than in Germany either way.", {"score": 25, "comments": 19}),
    ("2026-11-17T10:40:40Z", "petite_souris", "france", "Résiliation Nuvia : le service rétention m'a fait une offre", "J'ai appelé pour résilier suite à la hausse, on m'a proposé -10 €/mois pendant 12 mois. Sans que je demande. Donc si vous voulez partir, appelez d'abord, ça peut valoir le coup.", {"score": 980, "comments": 201}),
    ("2026-11-18T14:20:20Z", "sysadmin_lyon", "sysadmin", "Nuvia published their postmortem for the Nov 5 outage", "", {"url": "https://www.nuvia.example/blog/post-mortem-5-novembre", "score": 512, "comments": 77}),
    ("2026-11-19T08:08:08Z", "nuvia_acheteur", "france", "ACHETEZ NUVIA !!!!", "NUVIA C LE MEILLEUR OPERATEUR CODE PROMO ICI https://promo-box.example/nuvia?ref=rd9 #nuvia #fibre #promo #bonplan #box #internet #gratuit #concours", {"score": -30, "comments": 5}),
    ("2026-11-20T17:55:55Z", "tom_ngn", "france", "Bilan : j'ai quitté Nuvia pour Frelia, retour après 1 semaine", "Installation en 3 jours, débit conforme, hotline joignable. Seul bémol : pas de TV. Bon, je regarde tout en streaming de toute façon. Pas de regrets pour l'instant.", {"score": 330, "comments": 120}),
]

# ---------------------------------------------------------------------------
# Hacker News (Algolia search_by_date, query "nuvia").  kind story|comment;
# (date, author, kind, title or story title, text or url, extras)
HN = [
    ("2026-10-14T10:20:00Z", "pjl", "story", "French ISP Nuvia launches 8 Gbps symmetric fiber for 40 EUR/month", "https://www.lesondes.example/2026/10/14/nuvia-fibre-max", {"points": 212, "comments": 180}),
    ("2026-10-14T10:55:31Z", "markf", "comment", "French ISP Nuvia launches 8 Gbps symmetric fiber for 40 EUR/month", "Meanwhile I pay $90 for 300 Mbps in Ohio. French ISPs are ridiculous (in a good way).", {"parent": 0}),
    ("2026-10-14T11:40:02Z", "corewatch", "comment", "French ISP Nuvia launches 8 Gbps symmetric fiber for 40 EUR/month", "Not to be confused with Nuvia the chip design team that ended up at a large mobile SoC vendor. Confused me for a second, I thought this was about CPU cores.", {"parent": 0}),
    ("2026-10-14T12:02:47Z", "tbrochard", "comment", "French ISP Nuvia launches 8 Gbps symmetric fiber for 40 EUR/month", "I'm a Nuvia customer in Paris. The network is genuinely good, the customer service much less so. Getting the line activated took me three weeks.", {"parent": 0}),
    ("2026-10-27T08:30:10Z", "sysadmin_lyon", "comment", "Ask HN: Weird routing from French ISPs?", "Nuvia routes traffic to Frankfurt through Marseille since last week for me, about +15 ms. Their NOC never answers.", {"story_id": 0, "story_title": "Ask HN: Weird routing from French ISPs?"}),
    ("2026-11-02T14:00:00Z", "armcore", "story", "Nuvia-derived cores: a look at the new laptop chips", "https://chips-and-cores.example/2026/11/nuvia-derived-cores", {"points": 145, "comments": 60}),
    ("2026-11-02T15:12:18Z", "silicondan", "comment", "Nuvia-derived cores: a look at the new laptop chips", "The Nuvia team's design shows up clearly in the front end. Impressive IPC, if the benchmarks hold up.", {"parent": 5}),
    ("2026-11-05T07:35:40Z", "tbrochard", "story", "Nuvia (French ISP) down nationwide, fixed and mobile", "https://www.reddit.com/r/france/comments/1gmx8k2/megathread_panne_nuvia_fibre_mobile_ce_matin/", {"points": 380, "comments": 210}),
    ("2026-11-05T07:58:19Z", "bgpwatcher", "comment", "Nuvia (French ISP) down nationwide, fixed and mobile", "All their prefixes were withdrawn at 06:58 UTC. Fixed and mobile share the core, so everything went at once. Classic.", {"parent": 7}),
    ("2026-11-05T08:20:55Z", "markf", "comment", "Nuvia (French ISP) down nationwide, fixed and mobile", "This is why emergency calls should never depend on a single operator's core. Hope nobody got hurt.", {"parent": 7}),
    ("2026-11-05T09:41:03Z", "nerdherder", "comment", "Nuvia (French ISP) down nationwide, fixed and mobile", "Pushing a core update on a Thursday morning without canaries. Bold move.", {"parent": 7}),
    ("2026-11-05T11:30:27Z", "tbrochard", "comment", "Nuvia (French ISP) down nationwide, fixed and mobile", "Update: service is back in Paris after ~4 hours. They blame a software update on the core network.", {"parent": 7}),
    ("2026-11-18T13:00:00Z", "bgpwatcher", "story", "Nuvia post-mortem: the Nov 5 nationwide outage", "https://www.nuvia.example/blog/post-mortem-5-novembre", {"points": 301, "comments": 95}),
    ("2026-11-18T13:45:09Z", "nerdherder", "comment", "Nuvia post-mortem: the Nov 5 nationwide outage", "Refreshingly honest post-mortem. No staged rollout, no automatic rollback, and they say so plainly. More companies should write like this.", {"parent": 12}),
    ("2026-11-18T14:30:51Z", "growthhacker_99", "comment", "Nuvia post-mortem: the Nov 5 nationwide outage", "Great writeup! Check out my channel where I review every ISP outage of 2026 >> https://youtube.example/@outagereviews << like and subscribe!", {"parent": 12}),
]

# ---------------------------------------------------------------------------
# Discourse (communaute.nuvia.example, search q=panne OR facture...):
# (date, username, name, topic index, text, extras)
DISCOURSE_TOPICS = [
    # (title, slug, category)
    ("Box qui redémarre toute seule la nuit", "box-qui-redemarre-toute-seule-la-nuit", 5),
    ("Panne générale du 5 novembre", "panne-generale-du-5-novembre", 2),
    ("Double prélèvement novembre", "double-prelevement-novembre", 3),
    ("Activation ligne fibre : délais ?", "activation-ligne-fibre-delais", 4),
    ("Configurer l'IPv6 sur la NuviaBox 7", "configurer-lipv6-sur-la-nuviabox-7", 5),
]
DISCOURSE = [
    ("2026-10-19T10:00:00Z", "olive31", "Olivier D.", 0, "Bonjour, ma NuviaBox 7 redémarre toute seule vers 3h du matin, chaque nuit. Les voyants passent au rouge puis tout revient. Normal ?", {"likes": 2}),
    ("2026-10-19T11:24:00Z", "Nuvia_Margaux", "Margaux - Équipe Nuvia", 0, "Bonjour Olivier, c'est la fenêtre de maintenance automatique : la box installe ses mises à jour la nuit. Vous pouvez choisir l'heure dans Réglages > Système. Bonne journée !", {"likes": 5, "staff": True}),
    ("2026-10-19T12:03:00Z", "olive31", "Olivier D.", 0, "Ah parfait, merci Margaux, réponse rapide et claire 👍", {"likes": 1}),
    ("2026-10-21T16:40:00Z", "juju38", "Julien Perrin", 3, "Commande le 8 octobre, activation annoncée sous 48h, toujours rien le 21. Le statut affiche \"en cours\" depuis 13 jours. Qu'est-ce qui bloque ?", {"likes": 8}),
    ("2026-10-21T17:55:00Z", "Nuvia_Margaux", "Margaux - Équipe Nuvia", 3, "Bonjour Julien, je regarde votre dossier : le point de raccordement de votre immeuble n'était pas référencé. Un technicien passe vendredi. Désolée pour l'attente.", {"likes": 3, "staff": True}),
    ("2026-10-25T09:12:00Z", "juju38", "Julien Perrin", 3, "Technicien passé, ligne activée. 17 jours au total, mais c'est réglé. Merci quand même.", {"likes": 4}),
    ("2026-10-28T20:30:00Z", "n_morel", "Nathalie M.", 3, "Même souci ici à Rennes, 12 jours. Quelqu'un sait si on peut demander un dédommagement pour le retard ?", {"likes": 6}),
    ("2026-10-30T08:45:00Z", "yannig", "Yann Le Goff", 4, "Pour activer l'IPv6 : Réglages > Réseau > IPv6, cocher \"activer\", puis redémarrer la box. Le préfixe délégué est un /56, pratique pour ceux qui ont plusieurs VLAN.", {"likes": 14}),
    ("2026-10-30T09:30:00Z", "kbenali", "Karim B.", 4, "Merci Yann, ça marche nickel. Par contre le pare-feu IPv6 bloque tout en entrant par défaut, pensez à ouvrir vos ports.", {"likes": 5}),
    ("2026-11-05T07:08:00Z", "kbenali", "Karim B.", 1, "Plus d'internet ni de mobile depuis 8h à Villeurbanne. C'est général ?", {"likes": 40}),
    ("2026-11-05T07:12:00Z", "camille_r", "Camille Roux", 1, "Lyon 3e, pareil. Box en rouge, mobile sans réseau.", {"likes": 22}),
    ("2026-11-05T07:20:00Z", "olive31", "Olivier D.", 1, "Toulouse aussi. Je poste depuis le partage de connexion d'un collègue chez Telvio.", {"likes": 18}),
    ("2026-11-05T07:45:00Z", "emma_l", "Emma Lambert", 1, "Strasbourg. Rien. Et aucune info sur le site, qui est lui-même en panne. 🙃", {"likes": 31}),
    ("2026-11-05T08:10:00Z", "Nuvia_Margaux", "Margaux - Équipe Nuvia", 1, "Bonjour à tous, nous confirmons un incident national sur nos services fibre et mobile. Les équipes techniques sont mobilisées. Nous mettrons ce sujet à jour dès que possible. Toutes nos excuses.", {"likes": 12, "staff": True}),
    ("2026-11-05T08:40:00Z", "mandine21", "Amandine G.", 1, "C'est la 4e panne de l'année. Franchement je vais partir, vous êtes nuls.", {"likes": 25}),
    ("2026-11-05T09:15:00Z", "yannig", "Yann Le Goff", 1, "Vu l'ampleur c'est le cœur de réseau. Merci de nous tenir informés, et courage aux équipes.", {"likes": 19}),
    ("2026-11-05T10:20:00Z", "Nuvia_Margaux", "Margaux - Équipe Nuvia", 1, "Mise à jour : l'incident est lié à une mise à jour logicielle du cœur de réseau. Le service revient progressivement depuis 11h.", {"likes": 30, "staff": True}),
    ("2026-11-05T11:30:00Z", "kbenali", "Karim B.", 1, "Revenu ici. 4h au total. Merci pour les mises à jour régulières sur ce fil, c'était appréciable.", {"likes": 15}),
    ("2026-11-12T08:05:00Z", "n_morel", "Nathalie M.", 2, "Prélevée deux fois ce matin (2 × 54,98 €). Le mois offert, c'était donc un mois payé double ?", {"likes": 44}),
    ("2026-11-12T08:25:00Z", "camille_r", "Camille Roux", 2, "Pareil. Ça commence à faire beaucoup en une semaine.", {"likes": 20}),
    ("2026-11-12T09:45:00Z", "Nuvia_Margaux", "Margaux - Équipe Nuvia", 2, "Bonjour, un incident de facturation a causé un double prélèvement pour une partie des abonnés. Le remboursement est automatique sous 5 jours ouvrés, sans démarche. Toutes nos excuses.", {"likes": 17, "staff": True}),
    ("2026-11-13T17:20:00Z", "n_morel", "Nathalie M.", 2, "Remboursée aujourd'hui. Dont acte.", {"likes": 9}),
    ("2026-11-14T10:10:10Z", "promo_master", "Promo Master", 2, "Marre de Nuvia ? CODE PROMO TELVIO -50% ici : https://promo-box.example/telvio?ref=disc cliquez ici vite !!!", {"likes": 0}),
    ("2026-11-16T14:00:00Z", "sophie_lef", "Sophie Lefèvre", 0, "Même problème de redémarrage nocturne, mais chez moi ça coupe aussi le téléphone fixe à 3h. Pas pratique pour ma mère qui appelle tôt.", {"likes": 3}),
    ("2026-11-16T15:30:00Z", "Nuvia_Margaux", "Margaux - Équipe Nuvia", 0, "Bonjour Sophie, vous pouvez déplacer la fenêtre de maintenance à 4h ou 5h dans Réglages > Système > Maintenance. N'hésitez pas si besoin.", {"likes": 2, "staff": True}),
]

# ---------------------------------------------------------------------------
# YouTube commentThreads on GeekTout's video "NuviaBox 7 : le test complet"
# (date, author handle, text, extras: likes, replies)
YOUTUBE_VIDEO = "k7Xq3NuV1aZ"
YOUTUBE = [
    ("2026-10-15T10:02:11Z", "@lucas_tech", "Super test comme d'hab ! Le Wi-Fi 7 ça change vraiment quelque chose au quotidien ?", {"likes": 120, "replies": 4}),
    ("2026-10-15T10:15:40Z", "@sophielefevre", "J'ai la même box depuis hier, je confirme : interface lente mais débit au top.", {"likes": 34, "replies": 1}),
    ("2026-10-15T10:31:09Z", "@bonsplansbox", "🔥 CODE PROMO NUVIA -50% 🔥 cliquez ici 👉 https://promo-box.example/nuvia?ref=yt1 👉 check out my channel for more deals!!!", {"likes": 0, "replies": 0}),
    ("2026-10-15T11:02:55Z", "@marine_d", "Vous êtes sponsorisé par Nuvia ? Parce que le test est bien gentil avec une box à 40 € par mois.", {"likes": 210, "replies": 12}),
    ("2026-10-15T11:45:20Z", "@geektout", "@marine_d Non, box achetée avec nos sous, aucun partenariat. On le dit à 0:45 😉", {"likes": 480, "replies": 2}),
    ("2026-10-15T13:30:03Z", "@papi_geek", "A mon age je comprends rien a tout ca mais ma petite fille dit que c bien alors jai commandé. merci jeune homme", {"likes": 890, "replies": 20}),
    ("2026-10-15T16:00:47Z", "@lea-mrchd", "Dommage que le SAV ne soit pas aussi bon que la box. 6 jours pour activer ma ligne.", {"likes": 77, "replies": 3}),
    ("2026-10-16T08:12:30Z", "@thesteve", "Great review, wish we had prices like this in the UK. 8 gig for 40 quid, madness.", {"likes": 56, "replies": 2}),
    ("2026-10-16T19:19:19Z", "@subscribe4subscribe", "nice video!! check out my channel, i do unboxings too 🙏🙏 sub4sub", {"likes": 1, "replies": 0}),
    ("2026-10-17T09:40:00Z", "@emmalbt", "Test très complet merci. Petit regret : vous ne parlez pas de la conso électrique de la box.", {"likes": 45, "replies": 1}),
    ("2026-10-18T21:03:13Z", "@nico_dz", "la box est belle mais 79 € le répéteur wifi c'est du vol pur et simple", {"likes": 160, "replies": 5}),
    ("2026-10-20T08:55:00Z", "@julienperrin", "Et maintenant +3 € par mois sur les anciennes offres. Le test date de 5 jours et il est déjà périmé 😂", {"likes": 300, "replies": 6}),
    ("2026-10-22T12:00:00Z", "@frelia_officiel", "Et chez Frelia, la box est à 29,99 € sans hausse de prix 😇", {"likes": 12, "replies": 30}),
    ("2026-10-24T17:45:32Z", "@anna.s", "Sehr gutes Video! Wir haben die Box in Straßburg, funktioniert super.", {"likes": 15, "replies": 0}),
    ("2026-11-05T07:20:15Z", "@lucas_tech", "Qui est là pendant la panne Nuvia ? 😅 (en 4G chez un pote Telvio)", {"likes": 1400, "replies": 60}),
    ("2026-11-05T07:35:48Z", "@marine_d", "Le test a pas parlé de la fiabilité du réseau... aujourd'hui on a la réponse. #PanneNuvia", {"likes": 620, "replies": 14}),
    ("2026-11-05T07:52:02Z", "@nico_dz", "nuvia en panne partout, même le site est hs. bande de guignols", {"likes": 230, "replies": 8}),
    ("2026-11-05T08:30:30Z", "@papi_geek", "ma petite fille dit que internet marche plus c'est normal ? j'ecris depuis la bibliotheque", {"likes": 1900, "replies": 45}),
    ("2026-11-05T09:02:10Z", "@thesteve", "Well, 8 gig doesn't help much when the whole network is down lol", {"likes": 410, "replies": 3}),
    ("2026-11-05T10:45:00Z", "@sophielefevre", "C'est revenu chez moi (Paris 15e). 3h40 de panne.", {"likes": 88, "replies": 2}),
    ("2026-11-06T18:18:18Z", "@geektout", "Vidéo spéciale sur la panne Nuvia de jeudi demain à 18h : ce qui s'est passé, vos droits, et faut-il changer d'opérateur.", {"likes": 2100, "replies": 95}),
    ("2026-11-09T12:34:56Z", "@emmalbt", "Un mois offert après la panne, c'est plutôt classe de leur part honnêtement.", {"likes": 150, "replies": 4}),
    ("2026-11-12T09:09:09Z", "@julienperrin", "Double prélèvement ce mois-ci chez Nuvia. Vidéo sur la facturation svp @geektout !", {"likes": 520, "replies": 11}),
    ("2026-11-14T20:20:02Z", "@bonsplansbox", "🔥 CODE PROMO NUVIA -50% 🔥 cliquez ici 👉 https://promo-box.example/nuvia?ref=yt2 👉 check out my channel for more deals!!!", {"likes": 0, "replies": 0}),
    ("2026-11-15T11:11:11Z", "@cuisine_de_nuvia", "Nuvia c'est aussi ma chaîne de cuisine 😄 rien à voir mais venez voir mes recettes de tartes !", {"likes": 3, "replies": 0}),
    ("2026-11-18T16:40:00Z", "@lucas_tech", "Le post-mortem de Nuvia est sorti, vous pourriez en faire une vidéo ? C'est passionnant.", {"likes": 95, "replies": 2}),
    ("2026-11-20T10:10:10Z", "@marine_d", "Je retire ce que j'ai dit sur le sponsoring, votre vidéo sur la panne était très critique. Respect.", {"likes": 330, "replies": 6}),
]

# ---------------------------------------------------------------------------
# Atom: "Télécom & moi" blog (xml:base, relative links).
# (published UTC, updated UTC or None, author key, title, relative link, html content, extras)
ATOM = [
    ("2026-10-14T07:00:00Z", None, "redac", "Nuvia Fibre Max : 8 Gb/s pour 39,99 €, que vaut l'offre ?", "2026/10/14/nuvia-fibre-max",
     "<p>Nuvia dégaine une offre fibre à <strong>8 Gb/s symétriques</strong> pour 39,99&nbsp;€ par mois. Sur le papier, c'est la meilleure affaire du marché, devant Telvio et Frelia.</p><p>Mais attention : peu d'appareils savent exploiter plus de 1 Gb/s. <a href=\"../../guides/debit\">Notre guide du débit</a> explique pourquoi.</p>", {}),
    ("2026-10-17T08:30:00Z", "2026-10-18T10:00:00Z", "redac", "Test de la NuviaBox 7 : une belle box, un Wi-Fi 7 encore inutile", "2026/10/17/test-nuviabox-7",
     "<p>Nous avons testé la NuviaBox 7 pendant une semaine. Design réussi, débits filaires impressionnants, mais Wi-Fi décevant à travers les murs.</p><ul><li>Points forts : débit, design, appli</li><li>Points faibles : portée Wi-Fi, répéteur à 79&nbsp;€</li></ul><p>Note : 7/10.</p>", {}),
    ("2026-10-20T09:00:00Z", None, "redac", "Hausse de prix chez Nuvia : vos droits", "2026/10/20/hausse-prix-nuvia-droits",
     "<p>Nuvia augmente de 3&nbsp;€ ses anciennes offres au 1er décembre. Bonne nouvelle : toute hausse de prix vous donne le droit de <em>résilier sans frais</em> pendant quatre mois.</p><p>Voir aussi notre <a href=\"/guides/resiliation\">guide de la résiliation</a>.</p>", {}),
    ("2026-10-23T15:00:00Z", None, "invite", "Why French broadband is so cheap: a guest post", "2026/10/23/why-french-broadband-is-cheap",
     "<p>Guest post by an economist. France has some of the cheapest fiber in Europe: Nuvia, Telvio and Frelia compete hard on price, and the regulator made infrastructure sharing mandatory early on.</p>", {"lang": "en", "base": "https://blog.telecom-et-moi.example/en/"}),
    ("2026-10-28T10:00:00Z", None, "redac", "Telvio répond à Nuvia avec un prix garanti deux ans", "2026/10/28/telvio-prix-garanti",
     "<p>Telvio contre-attaque : prix garanti 24 mois sur toutes ses offres fibre. Un argument de poids face à la hausse annoncée par Nuvia.</p>", {}),
    ("2026-11-05T08:45:00Z", "2026-11-05T12:00:00Z", "redac", "EN DIRECT – Panne Nuvia : fibre et mobile coupés dans toute la France", "2026/11/05/panne-nuvia-direct",
     "<p><strong>MAJ 13h</strong> : le service est rétabli presque partout.</p><p><strong>MAJ 11h15</strong> : Nuvia évoque une mise à jour logicielle sur son cœur de réseau.</p><p>Depuis 8h ce jeudi, les abonnés Nuvia n'ont plus ni internet ni réseau mobile. Des milliers de signalements.</p>", {}),
    ("2026-11-06T07:00:00Z", None, "redac", "Panne Nuvia : ce que l'on sait, ce que vous pouvez demander", "2026/11/06/panne-nuvia-droits",
     "<p>Quatre heures de coupure pour environ trois millions de clients. Le contrat prévoit un dédommagement au-delà de 48&nbsp;h, mais rien n'empêche de réclamer un geste commercial. <a href=\"2026/11/05/panne-nuvia-direct\">Notre direct du 5 novembre</a>.</p>", {}),
    ("2026-11-09T11:00:00Z", None, "redac", "Nuvia offre un mois d'abonnement après la panne", "2026/11/09/nuvia-mois-offert",
     "<p>Geste commercial plus généreux que prévu : un mois offert à tous les abonnés. Les concurrents Telvio et Frelia, eux, en profitent pour multiplier les offres de portabilité.</p>", {}),
    ("2026-11-12T12:00:00Z", None, "redac", "Double prélèvement chez Nuvia : remboursement sous 5 jours", "2026/11/12/nuvia-double-prelevement",
     "<p>Après la panne, la facturation : une partie des abonnés Nuvia ont été prélevés deux fois. L'opérateur promet un remboursement automatique.</p>", {}),
    ("2026-11-15T09:00:00Z", None, "invite", "Orange mécanique, Nuvia et autres homonymes : le casse-tête de la veille", "2026/11/15/homonymes-veille",
     "<p>Tribune d'une analyste : surveiller une marque qui porte un nom commun ou un prénom (Nuvia est aussi un prénom hispanique et le nom d'une équipe de conception de processeurs) demande des règles d'exclusion soignées.</p>", {}),
    ("2026-11-18T16:00:00Z", None, "redac", "Le post-mortem de Nuvia, un modèle du genre ?", "2026/11/18/post-mortem-nuvia",
     "<p>Nuvia a publié un post-mortem détaillé de la panne du 5 novembre. Une transparence rare, que l'on aimerait voir plus souvent chez Telvio et Frelia.</p>", {}),
    ("2026-11-20T08:00:00Z", None, "redac", "Comparatif fibre novembre 2026 : Nuvia, Telvio, Frelia", "2026/11/20/comparatif-fibre-novembre",
     "<p>Notre comparatif mensuel. <strong>Nuvia</strong> reste le moins cher au Gb/s malgré la hausse ; <strong>Telvio</strong> offre le meilleur SAV ; <strong>Frelia</strong> le prix d'entrée le plus bas.</p>", {}),
]
ATOM_AUTHORS = {
    "redac": ("La rédaction", "https://blog.telecom-et-moi.example/a-propos", None),
    "invite": ("Claire Vasseur", "https://blog.telecom-et-moi.example/auteurs/claire-vasseur", "claire.vasseur@example.org"),
}

# ---------------------------------------------------------------------------
# JSON Feed of the news site "Les Ondes".  (date with its offset, id, title,
# url, summary, content_html, extras)
JSONFEED = [
    ("2026-10-14T09:00:00+02:00", "Nuvia lance la Fibre Max à 8 Gb/s", "2026/10/14/nuvia-fibre-max", "<p>Nuvia frappe fort avec 8&nbsp;Gb/s pour 39,99&nbsp;€.</p>"),
    ("2026-10-20T10:00:00+02:00", "Nuvia augmente ses prix de 3 € au 1er décembre", "2026/10/20/nuvia-hausse-prix", "<p>Les anciennes offres fibre de Nuvia passent à +3&nbsp;€ par mois. Résiliation sans frais possible.</p>"),
    ("2026-10-22T18:30:00+02:00", "Telvio garantit ses prix deux ans", "2026/10/22/telvio-prix-garantis", "<p>En réponse à Nuvia, Telvio gèle ses prix pendant 24 mois.</p>"),
    ("2026-10-27T11:00:00+01:00", "Frelia dépasse le million d'abonnés fibre", "2026/10/27/frelia-million", "<p>Le petit opérateur grignote des parts de marché à Nuvia et Telvio.</p>"),
    ("2026-11-05T09:10:00+01:00", "Panne géante chez Nuvia", "2026/11/05/panne-nuvia", "<p>Fibre et mobile coupés dans toute la France depuis 8&nbsp;h.</p>"),
    ("2026-11-05T12:40:00+01:00", "Panne Nuvia : le service revient progressivement", "2026/11/05/panne-nuvia-retour", "<p>Une mise à jour logicielle du cœur de réseau serait en cause.</p>"),
    ("2026-11-06T09:00:00+01:00", "Panne géante chez Nuvia : le récit de 4 heures de coupure", "2026/11/06/panne-nuvia-recit", "<p>Heure par heure, comment 3 millions de clients se sont retrouvés sans réseau.</p>"),
    ("2026-11-09T10:00:00+01:00", "Un mois offert pour les abonnés Nuvia", "2026/11/09/nuvia-mois-offert", "<p>Nuvia annonce un geste commercial pour tous ses clients.</p>"),
    ("2026-11-12T11:00:00+01:00", "Nuvia : un double prélèvement après la panne", "2026/11/12/nuvia-double-prelevement", "<p>Un incident de facturation touche une partie des abonnés.</p>"),
    ("2026-11-14T08:00:00+01:00", "Le régulateur des télécoms ouvre une enquête sur la panne Nuvia", "2026/11/14/regulateur-enquete-nuvia", "<p>Il veut comprendre pourquoi les appels d'urgence ont été coupés.</p>"),
    ("2026-11-17T15:00:00+01:00", "Portabilité : Telvio et Frelia profitent de la crise Nuvia", "2026/11/17/portabilite-telvio-frelia", "<p>Les demandes de portabilité vers Telvio et Frelia ont doublé en novembre.</p>"),
    ("2026-11-18T14:00:00+01:00", "Post-mortem : Nuvia détaille la panne du 5 novembre", "2026/11/18/nuvia-post-mortem", "<p>Pas de déploiement progressif, pas de retour arrière automatique.</p>"),
    ("2026-11-19T10:00:00+01:00", "Nuvia Chronicles, le RPG indé qui cartonne", "2026/11/19/nuvia-chronicles-rpg", "<p>Rien à voir avec l'opérateur : le jeu indé français dépasse les 500 000 ventes.</p>"),
    ("2026-11-20T09:00:00+01:00", "Box internet : le classement de novembre", "2026/11/20/classement-box-novembre", "<p>Nuvia, Telvio, Frelia : qui a la meilleure box ce mois-ci ?</p>"),
]

# ---------------------------------------------------------------------------
# A news aggregator's RSS (UTF-8) relaying articles: the same links as the
# Les Ondes JSON Feed and the Atom blog, under the aggregator's own guids.
# (date UTC, relayed site, title, link, summary)
AGGREGATOR = [
    ("2026-10-14T07:30:00Z", "Les Ondes", "Nuvia lance la Fibre Max à 8 Gb/s", "https://www.lesondes.example/2026/10/14/nuvia-fibre-max", "Nuvia frappe fort avec 8 Gb/s pour 39,99 €."),
    ("2026-10-17T09:00:00Z", "Télécom & moi", "Test de la NuviaBox 7", "https://blog.telecom-et-moi.example/2026/10/17/test-nuviabox-7", "Une belle box, un Wi-Fi 7 encore inutile. Note : 7/10."),
    ("2026-10-20T08:15:00Z", "Les Ondes", "Nuvia augmente ses prix de 3 € au 1er décembre", "https://www.lesondes.example/2026/10/20/nuvia-hausse-prix", "Les anciennes offres fibre de Nuvia passent à +3 € par mois."),
    ("2026-10-22T16:45:00Z", "Les Ondes", "Telvio garantit ses prix deux ans", "https://www.lesondes.example/2026/10/22/telvio-prix-garantis", "En réponse à Nuvia, Telvio gèle ses prix pendant 24 mois."),
    ("2026-10-30T10:00:00Z", "Tech Hebdo", "Les box les plus économes en énergie", "https://www.techhebdo.example/2026/10/30/box-energie", "NuviaBox, Telvio Box, Frelia Box : on a mesuré leur consommation. La NuviaBox 7 est la moins gourmande."),
    ("2026-11-05T08:20:00Z", "Les Ondes", "Panne géante chez Nuvia", "https://www.lesondes.example/2026/11/05/panne-nuvia", "Fibre et mobile coupés dans toute la France depuis 8 h."),
    ("2026-11-05T08:50:00Z", "Télécom & moi", "EN DIRECT – Panne Nuvia", "https://blog.telecom-et-moi.example/2026/11/05/panne-nuvia-direct", "Suivez la panne en direct : fibre et mobile coupés dans toute la France."),
    ("2026-11-06T08:10:00Z", "Les Ondes", "Panne géante chez Nuvia : le récit", "https://www.lesondes.example/2026/11/06/panne-nuvia-recit", "Heure par heure, comment 3 millions de clients se sont retrouvés sans réseau."),
    ("2026-11-09T09:30:00Z", "Les Ondes", "Un mois offert pour les abonnés Nuvia", "https://www.lesondes.example/2026/11/09/nuvia-mois-offert", "Nuvia annonce un geste commercial pour tous ses clients."),
    ("2026-11-14T07:30:00Z", "Les Ondes", "Le régulateur des télécoms ouvre une enquête sur la panne Nuvia", "https://www.lesondes.example/2026/11/14/regulateur-enquete-nuvia", "Il veut comprendre pourquoi les appels d'urgence ont été coupés."),
    ("2026-11-16T12:00:00Z", "Jardin Facile", "Nuvia, la nouvelle variété de tomate cerise", "https://www.jardinfacile.example/2026/11/16/tomate-nuvia", "Sucrée, précoce et résistante au mildiou : la tomate 'Nuvia' arrive dans les jardineries au printemps."),
    ("2026-11-18T13:20:00Z", "Les Ondes", "Post-mortem : Nuvia détaille la panne du 5 novembre", "https://www.lesondes.example/2026/11/18/nuvia-post-mortem", "Pas de déploiement progressif, pas de retour arrière automatique."),
]

BLUESKY_POSTS += [
    ("2026-10-24T12:12:12Z", "sarah", "Update: Nuvia support called me back and fixed the line in 10 min. Credit where it's due.", {"langs": ["en"], "likes": 6, "reposts": 0, "replies": 1}),
    ("2026-10-30T18:05:41Z", "fred", "bon ok nuvia ma ligne est activée, pas trop tôt, 3 semaine pour ça... mais bon ça marche bien jdois dire", {"langs": ["fr"], "likes": 4, "reposts": 0, "replies": 0}),
    ("2026-11-05T07:58:02Z", "lucie", "Nuvia down, Telvio down (saturé), il reste quoi ? Les pigeons voyageurs ? #PanneNuvia", {"langs": ["fr"], "likes": 55, "reposts": 14, "replies": 3}),
    ("2026-11-05T08:12:49Z", "anna", "Totaler Netzausfall bei Nuvia in ganz Frankreich. Zum Glück habe ich noch eine deutsche SIM-Karte. #PanneNuvia", {"langs": ["de"], "likes": 5, "reposts": 0, "replies": 0}),
    ("2026-11-05T08:36:30Z", "pierre", "Ça fait 3 heures sans internet, merci Nuvia 👏 #PanneNuvia", {"langs": ["fr"], "likes": 41, "reposts": 30, "replies": 2}),
    ("2026-11-05T09:48:19Z", "emma", "Toujours rien à Strasbourg. Nuvia, un SMS pour prévenir vos clients, c'était trop demander ? Ah non, le réseau mobile est HS aussi. 🙃 #PanneNuvia", {"langs": ["fr"], "likes": 120, "reposts": 35, "replies": 9}),
    ("2026-11-10T16:30:00Z", "telvio", "Vous aussi vous voulez un réseau qui ne tombe pas un jeudi matin ? 😇 Portabilité offerte jusqu'au 30/11 : telvio.example/portabilite", {"langs": ["fr"], "likes": 310, "reposts": 90, "replies": 220, "link": "https://www.telvio.example/portabilite"}),
    ("2026-11-16T09:45:15Z", "dev_seb", "Three weeks after the Nuvia outage: honestly the network has been flawless since. One bad day in a year isn't a reason to switch.", {"langs": ["en"], "likes": 13, "reposts": 1, "replies": 5}),
]

MASTODON_POSTS += [
    ("2026-11-05T07:47:21Z", "gaelle", "Je comptais sur le mobile pour prévenir au boulot… raté. #Nuvia #PanneNuvia", {"lang": "fr", "likes": 9, "boosts": 2, "replies": 1}),
    ("2026-11-05T08:48:03Z", "pauline", "Pas de réseau depuis 2h, mais j'ai découvert que mes voisins sont sympas. Merci #Nuvia pour ce moment de lien social. #PanneNuvia", {"lang": "fr", "likes": 210, "boosts": 60, "replies": 12}),
    ("2026-11-06T19:02:33Z", "remi", "Les traceroutes #Nuvia repassent enfin par Frankfurt directement. La panne aura au moins servi à corriger ça ?", {"lang": "fr", "likes": 22, "boosts": 5, "replies": 3}),
    ("2026-11-13T10:30:00Z", "promo2", "Fibre a 1€ ??? OUI c'est possible 👉 https://fibre-gratuite.example/go?id=4414 👉 https://fibre-gratuite.example/go?id=4415 👉 https://fibre-gratuite.example/go?id=4416 #nuvia #telvio #frelia #fibre #promo #bonplan #gratuit", {"lang": None, "likes": 0, "boosts": 0, "replies": 0}),
]
