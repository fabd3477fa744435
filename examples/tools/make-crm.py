#!/usr/bin/env python3
"""make-crm.py - write examples/crm/contacts.csv, a Salesforce-style export.

About 150 invented contacts of Nuvia's customer base, shaped like a Data
Loader export (every field quoted, CRLF, ISO dates with milliseconds,
18-character ids).  Some are the authors of mentions in examples/sources/
(content.PEOPLE and a few others), findable by handle, name or e-mail, with
the usual mess: handles written several ways, accents dropped, a homonym
in another city, a duplicated contact.  The rest is filler drawn from a
seeded PRNG, so the file is the same on every run.

Usage: examples/tools/make-crm.py [OUTFILE]   (default: examples/crm/contacts.csv)
"""

import csv
import os
import random
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C  # noqa: E402

HEADER = ["Id", "Salutation", "FirstName", "LastName", "Email", "Phone", "MobilePhone", "MailingStreet",
          "MailingPostalCode", "MailingCity", "MailingCountry", "Account.Name", "Title", "HasOptedOutOfEmail",
          "CreatedDate", "Description", "Twitter_Handle__c", "Mastodon_Handle__c", "Bluesky_Handle__c",
          "Customer_Number__c", "Offer__c"]

CITIES = [("01000", "Bourg-en-Bresse"), ("02100", "Saint-Quentin"), ("03000", "Moulins"), ("04000", "Digne-les-Bains"),
          ("05000", "Gap"), ("06000", "Nice"), ("07000", "Privas"), ("08000", "Charleville-Mézières"),
          ("09000", "Foix"), ("13001", "Marseille"), ("21000", "Dijon"), ("29200", "Brest"), ("31000", "Toulouse"),
          ("33000", "Bordeaux"), ("34000", "Montpellier"), ("35000", "Rennes"), ("38000", "Grenoble"),
          ("44000", "Nantes"), ("59000", "Lille"), ("67000", "Strasbourg"), ("69003", "Lyon"),
          ("69100", "Villeurbanne"), ("75011", "Paris"), ("75015", "Paris"), ("97400", "Saint-Denis"),
          ("20000", "Ajaccio")]
CITY_CODE = {c: p for p, c in CITIES}
FIRST = ["Agnès", "Alain", "Anaïs", "Antoine", "Aurélie", "Benoît", "Bérénice", "Céline", "Christophe", "Clément",
         "Damien", "Delphine", "Élodie", "Éric", "Fabienne", "François", "Gaëtan", "Hélène", "Isabelle", "Jérôme",
         "Joël", "Laëtitia", "Loïc", "Lucie", "Manon", "Marc", "Maëlys", "Nicolas", "Noémie", "Pascal", "Rémi",
         "Sandrine", "Sébastien", "Solène", "Stéphane", "Thérèse", "Valérie", "Xavier", "Yasmine", "Zoé"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
        "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin",
        "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez",
        "N'Diaye", "Le Gall", "O'Neill", "de la Tour", "Saint-Martin"]
STREETS = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta", "rue Pasteur",
           "place de la Mairie", "chemin des Vignes", "allée des Tilleuls", "rue du Général-de-Gaulle", "impasse des Lilas"]
OFFERS = ["Fibre Essentiel", "Fibre Max", "Fibre Max + Mobile", "Mobile 100 Go", "ADSL Confort", "Pro Fibre"]
COMPANIES = ["Boulangerie Martin SARL", "Cabinet Dupré & Associés", "Garage du Centre", "Pharmacie des Halles",
             "Atelier \"Le Bois Doré\"", "Agence Immo Sud, Est & Co"]
DESCRIPTIONS = [
    "", "", "", "",
    "Client depuis 2023. Très satisfait de la fibre.",
    "A appelé le SAV le 16/10 : box \"non livrée\", dossier n° 4411.\nRelance transporteur faite.",
    "Réclamation facturation (frais de mise en service, 14,99 €) ; remboursé en avoir.",
    "Demande de résiliation suite à la hausse de prix; offre de rétention -10 €/mois acceptée.",
    "Ne souhaite pas être rappelé le matin, préfère l'e-mail.",
    "Technicien passé 2 fois, PTO non référencé.\nActivation finalement le 25/10.",
    "Ancien client Telvio, arrivé via parrainage.",
    "Signalé la panne du 05/11, \"téléassistance\" de sa mère coupée; rappelé le 06/11.",
]


def sf_id(n):
    """An 18-character Contact id: key prefix 003, a counter, a 3-letter suffix."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    v, body = 1000000 + n * 7919, ""
    for _ in range(5):
        v, r = divmod(v, 62)
        body = alphabet[r] + body
    suffix = "".join("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[(n * k * 31) % 32] for k in (3, 5, 7))
    return "0035g00000" + body + suffix


def phone(rng, mobile):
    d = [rng.randrange(10) for _ in range(8)]
    lead = rng.choice("67") if mobile else rng.choice("12345")
    style = rng.randrange(4)
    pairs = "".join(map(str, d))
    if style == 0:
        return "+33 %s %s %s %s %s" % (lead, pairs[0:2], pairs[2:4], pairs[4:6], pairs[6:8])
    if style == 1:
        return "0%s %s %s %s %s" % (lead, pairs[0:2], pairs[2:4], pairs[4:6], pairs[6:8])
    if style == 2:
        return "0%s%s" % (lead, pairs)
    return "+33%s%s" % (lead, pairs)


def ascii_fold(s):
    import unicodedata
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def contact(rng, n, first, last, email=None, city=None, twitter="", mastodon="", bluesky="", desc=None,
            salutation=None, opted=None, account="Particulier", title=""):
    postcode, cityname = (CITY_CODE.get(city, "75011"), city) if city else rng.choice(CITIES)
    created = "20%02d-%02d-%02dT%02d:%02d:%02d.000Z" % (rng.choice([22, 23, 24, 25, 26]), rng.randint(1, 12),
                                                      rng.randint(1, 28), rng.randint(7, 19), rng.randrange(60),
                                                      rng.randrange(60))
    street = "%d %s" % (rng.randint(1, 140), rng.choice(STREETS))
    if rng.randrange(6) == 0:
        street += "\nBât. %s, %de étage" % (rng.choice("ABCD"), rng.randint(1, 6))
    return {
        "Id": sf_id(n),
        "Salutation": salutation if salutation is not None else rng.choice(["M.", "Mme", "Mme", "M.", ""]),
        "FirstName": first,
        "LastName": last,
        "Email": email if email is not None else "%s.%s@%s" % (
            ascii_fold(first).lower(), ascii_fold(last).lower().replace(" ", "").replace("'", ""),
            rng.choice(["example.fr", "example.com", "example.org", "example.net"])),
        "Phone": phone(rng, False) if rng.randrange(3) == 0 else "",
        "MobilePhone": phone(rng, True) if rng.randrange(5) else "",
        "MailingStreet": street,
        "MailingPostalCode": postcode,
        "MailingCity": cityname,
        "MailingCountry": "France",
        "Account.Name": account,
        "Title": title,
        "HasOptedOutOfEmail": ("true" if opted else "false") if opted is not None else
                              ("true" if rng.randrange(7) == 0 else "false"),
        "CreatedDate": created,
        "Description": desc if desc is not None else rng.choice(DESCRIPTIONS),
        "Twitter_Handle__c": twitter,
        "Mastodon_Handle__c": mastodon,
        "Bluesky_Handle__c": bluesky,
        "Customer_Number__c": "NV%08d" % (10000000 + n * 4099 % 89999999),
        "Offer__c": rng.choice(OFFERS),
    }


FEMALE = {"camille", "sophie", "lea", "ines", "nathalie", "emma", "amandine"}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crm", "contacts.csv")
    rng = random.Random(2026)
    rows = []
    n = 0
    # Mention authors, with their handles written the way people type them into a CRM.
    for i, (key, p) in enumerate(C.PEOPLE.items()):
        name, email, city, masto, bsky, _reddit, _forum, _yt, twitter = p
        first, last = name.split(" ", 1)
        mstyle = i % 3
        mhandle = ""
        if masto:
            inst, user = masto
            mhandle = ["@%s@%s" % (user, inst), "https://%s/@%s" % (inst, user), "%s@%s" % (user, inst)][mstyle]
        tw = ("@" + twitter if i % 2 else twitter) if twitter else ""
        if key == "lea":
            first = "Lea"  # typed without the accent
        if key == "julien":
            email = "J.Perrin@Example.net"  # same address, other case
        n += 1
        rows.append(contact(rng, n, first, last, email=email or "", city=city, twitter=tw, mastodon=mhandle,
                            bluesky=bsky or "", opted=(key in ("ines", "olivier")),
                            salutation="Mme" if key in FEMALE else "M."))
    # Other authors: the guest blogger (by e-mail), the YouTuber (pro contact), a forum regular known by pseudo.
    extra = [
        ("Claire", "Vasseur", "claire.vasseur@example.org", "Paris", "", "", "", "Analyste veille média",
         "Journaliste indépendante ; a écrit sur les homonymes de marque (blog Télécom & moi)."),
        ("Maxime", "Tessier", "contact@geektout.example", "Lyon", "@geektout_fr", "@geektoutfr@mastodon.social",
         "geektout.example", "Créateur de contenu",
         "Influenceur tech (chaîne GeekTout, ~230 k abonnés Mastodon).\nNe pas envoyer de box sans accord du service presse."),
        ("Rémi", "Caron", "remi.caron@example.fr", "Paris", "", "remi_c@mamot.fr", "", "Administrateur systèmes",
         "Client pro. Remonte souvent des soucis de routage (traceroutes à l'appui)."),
        ("Chloé", "Martinet", "chloe.martinet@example.com", "Paris", "", "", "chloemrt.bsky.social", "",
         "Entretien d'embauche raté pendant la panne du 05/11 ; geste commercial proposé."),
        ("Fred", "Olivier", "fredo75@example.fr", "Paris", "", "", "@fredo75.bsky.social", "",
         "Ton agressif au téléphone, mais réclamation fondée (activation 3 semaines)."),
    ]
    for first, last, email, city, tw, masto, bsky, title, desc in extra:
        n += 1
        rows.append(contact(rng, n, first, last, email=email, city=city, twitter=tw, mastodon=masto, bluesky=bsky,
                            desc=desc, title=title))
    # Traps: a homonym of a mention author in another city, and a contact entered twice.
    n += 1
    rows.append(contact(rng, n, "Camille", "Roux", email="camille.roux59@example.com", city="Lille",
                        desc="Homonyme : rien à voir avec la cliente de Lyon."))
    n += 1
    rows.append(contact(rng, n, "Thomas", "Nguyen", email="thomas.nguyen@example.fr", city="Nantes", twitter="tom_ngn",
                        desc="Doublon de fiche ? (créé par le SAV, même e-mail)"))
    # Business accounts and filler.
    while len(rows) < 150:
        n += 1
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if rng.randrange(8) == 0:
            rows.append(contact(rng, n, first, last, account=rng.choice(COMPANIES),
                                title=rng.choice(["Gérant", "Gérante", "Responsable informatique", "Comptable"])))
        else:
            rows.append(contact(rng, n, first, last))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main()
