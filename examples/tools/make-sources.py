#!/usr/bin/env python3
"""make-sources.py - write examples/sources/* from content.py.

Renders the invented mentions of content.py in the native shape of each
service (RSS 2.0 in ISO-8859-1, Atom with xml:base, JSON Feed, Mastodon,
Bluesky, Reddit, Hacker News Algolia, Discourse, YouTube), the way those
services return them: HTML in the fields that carry HTML, entities, their
own date formats and id schemes.  Output is deterministic (no clock, no
randomness), so re-running it on unchanged content changes nothing.

Usage: examples/tools/make-sources.py [OUTDIR]   (default: examples/sources)
"""

import datetime as dt
import hashlib
import html
import html.entities
import json
import os
import re
import sys
import unicodedata

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C  # noqa: E402

UTC = dt.timezone.utc
PARIS_DST_END = dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)  # last Sunday of October


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def paris_offset(t):
    return dt.timedelta(hours=2 if t < PARIS_DST_END else 1)


def digest(*parts):
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).digest()


def b32(data, n, alphabet="abcdefghijklmnopqrstuvwxyz234567"):
    """n letters of alphabet drawn from data (any alphabet size)."""
    v = int.from_bytes(data, "big")
    out = []
    for _ in range(n):
        v, r = divmod(v, len(alphabet))
        out.append(alphabet[r])
    return "".join(out)


def digits(key, n):
    return str(int.from_bytes(digest(key), "big"))[:n]


def dump_json(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# --- turning plain text into each service's markup ---

TOKEN = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:!?)]|#\w+|@[\w.-]+(?:@[\w.-]+)?[\w])", re.UNICODE)


def tokens(text):
    """Yields (kind, token) with kind in text/url/tag/mention."""
    pos = 0
    for m in TOKEN.finditer(text):
        if m.start() > 0 and text[m.start() - 1] not in " \n(\"'":
            continue  # an @ or # inside a word (e-mail, anchor)
        if m.start() > pos:
            yield "text", text[pos:m.start()]
        tok = m.group(0)
        yield {"h": "url", "#": "tag", "@": "mention"}[tok[0]], tok
        pos = m.end()
    if pos < len(text):
        yield "text", text[pos:]


def mastodon_html(text, instance):
    esc = lambda s: html.escape(s, quote=True).replace("&#x27;", "&#39;")
    paras = []
    for para in text.split("\n\n"):
        out = []
        for kind, tok in tokens(para):
            if kind == "text":
                out.append(esc(tok).replace("\n", "<br />"))
            elif kind == "tag":
                out.append('<a href="https://%s/tags/%s" class="mention hashtag" rel="tag">#<span>%s</span></a>'
                           % (instance, tok[1:].lower(), esc(tok[1:])))
            elif kind == "mention":
                user, _, host = tok[1:].partition("@")
                out.append('<span class="h-card" translate="no"><a href="https://%s/@%s" class="u-url mention">@<span>%s</span></a></span>'
                           % (host or instance, user, esc(user)))
            else:
                scheme, rest = tok.split("://", 1)
                shown, hidden = rest[:30], rest[30:]
                out.append('<a href="%s" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
                           '<span class="invisible">%s://</span><span class="%s">%s</span><span class="invisible">%s</span></a>'
                           % (esc(tok), scheme, "ellipsis" if hidden else "", esc(shown), esc(hidden)))
        paras.append("<p>" + "".join(out) + "</p>")
    return "".join(paras)


def simple_html(text, entities=False, br="<br />"):
    """Forum/YouTube style: escaped text, links as <a>, newlines as <br>."""
    out = []
    for kind, tok in tokens(text):
        if kind == "url":
            out.append('<a href="%s" class="postlink">%s</a>' % (html.escape(tok), html.escape(tok)))
        else:
            out.append(html.escape(tok, quote=False))
    s = "".join(out).replace("\n", br)
    if entities:
        s = "".join("&%s;" % html.entities.codepoint2name[ord(c)]
                    if ord(c) > 127 and ord(c) in html.entities.codepoint2name else c for c in s)
    return s


# --- Mastodon ---

def mastodon_id(t, seq):
    return str((int(t.timestamp() * 1000) << 16) + seq)


def mastodon_account(key, home):
    inst, user, name, followers, following, statuses, bot, note = C.MASTODON[key]
    aid = digits("masto-acct" + inst + user, 18)
    created = dt.datetime(2022, 11, 1, tzinfo=UTC) + dt.timedelta(days=int(digits(user, 3)))
    return {
        "id": aid,
        "username": user,
        "acct": user if inst == home else "%s@%s" % (user, inst),
        "display_name": name,
        "locked": False,
        "bot": bot,
        "discoverable": True,
        "group": False,
        "created_at": created.strftime("%Y-%m-%dT00:00:00.000Z"),
        "note": "<p>%s</p>" % html.escape(note) if note else "",
        "url": "https://%s/@%s" % (inst, user),
        "uri": "https://%s/users/%s" % (inst, user),
        "avatar": "https://%s/system/accounts/avatars/%s/original/%s.png" % (inst, aid, b32(digest(user), 16)),
        "avatar_static": "https://%s/system/accounts/avatars/%s/original/%s.png" % (inst, aid, b32(digest(user), 16)),
        "header": "https://%s/headers/original/missing.png" % inst,
        "header_static": "https://%s/headers/original/missing.png" % inst,
        "followers_count": followers,
        "following_count": following,
        "statuses_count": statuses,
        "last_status_at": "2026-11-20",
        "emojis": [],
        "fields": [],
    }


def write_mastodon(path):
    home = "piaille.fr"
    ids = []
    for i, (date, _, _, ex) in enumerate(C.MASTODON_POSTS):
        ids.append(ids[ex["dup"]] if "dup" in ex else mastodon_id(when(date), i))
    statuses = []
    for i, (date, who, text, ex) in enumerate(C.MASTODON_POSTS):
        acct = mastodon_account(who, home)
        inst = C.MASTODON[who][0]
        sid = ids[i]
        if inst == home:
            url = "https://%s/@%s/%s" % (home, acct["username"], sid)
            uri = "https://%s/users/%s/statuses/%s" % (home, acct["username"], sid)
        else:  # a remote status: the origin has its own id, the instance serving the timeline its own
            rid = digits("remote" + sid, 18)
            url = "https://%s/@%s/%s" % (inst, acct["username"], rid)
            uri = "https://%s/users/%s/statuses/%s" % (inst, acct["username"], rid)
        reply = ex.get("reply")
        tags = [{"name": t[1:].lower(), "url": "https://%s/tags/%s" % (home, t[1:].lower())}
                for k, t in tokens(text) if k == "tag"]
        mentions = []
        for k, t in tokens(text):
            if k == "mention":
                user, _, host = t[1:].partition("@")
                host = host or inst
                mentions.append({"id": digits("masto-acct" + host + user, 18), "username": user,
                                 "url": "https://%s/@%s" % (host, user),
                                 "acct": user if host == home else "%s@%s" % (user, host)})
        statuses.append({
            "id": sid,
            "created_at": when(date).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (int(sid) % 1000),
            "in_reply_to_id": ids[reply] if reply is not None else None,
            "in_reply_to_account_id": mastodon_account(C.MASTODON_POSTS[reply][1], home)["id"] if reply is not None else None,
            "sensitive": False,
            "spoiler_text": "",
            "visibility": "public",
            "language": ex.get("lang"),
            "uri": uri,
            "url": url,
            "replies_count": ex.get("replies", 0),
            "reblogs_count": ex.get("boosts", 0),
            "favourites_count": ex.get("likes", 0),
            "edited_at": None,
            "content": mastodon_html(text, inst),
            "reblog": None,
            "application": {"name": "Web", "website": None} if inst == home else None,
            "account": acct,
            "media_attachments": [],
            "mentions": mentions,
            "tags": tags,
            "emojis": [],
            "card": None,
            "poll": None,
        })
    statuses.sort(key=lambda s: int(s["id"]), reverse=True)  # a timeline is newest first
    dump_json(statuses, path)


# --- Bluesky ---

def did_of(handle):
    return "did:plc:" + b32(digest("did", handle), 24)


def tid(t, seq):
    us = int(t.timestamp() * 1_000_000) + seq
    v = (us << 10) | (int(digits(seq, 3)) & 1023)
    alphabet = "234567abcdefghijklmnopqrstuvwxyz"
    return "".join(alphabet[(v >> (5 * i)) & 31] for i in range(12, -1, -1))


BSKY_LINK = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9-]+\.example/\S*")


def bluesky_facets(text, link):
    facets = []

    def span(m):
        return {"byteStart": len(text[:m.start()].encode()), "byteEnd": len(text[:m.end()].encode())}
    for m in BSKY_LINK.finditer(text):
        uri = link or ("https://" + m.group(0) if not m.group(0).startswith("http") else m.group(0))
        facets.append({"features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}], "index": span(m)})
    for m in re.finditer(r"(?<![\w/])#(\w+)", text):
        facets.append({"features": [{"$type": "app.bsky.richtext.facet#tag", "tag": m.group(1)}], "index": span(m)})
    for m in re.finditer(r"(?<!\w)@([a-z0-9.-]+\.[a-z]+)", text):
        facets.append({"$type": "app.bsky.richtext.facet",
                       "features": [{"$type": "app.bsky.richtext.facet#mention", "did": did_of(m.group(1))}],
                       "index": span(m)})
    facets.sort(key=lambda f: f["index"]["byteStart"])
    return facets


def write_bluesky(path):
    posts = []
    uris = []
    for i, (date, who, text, ex) in enumerate(C.BLUESKY_POSTS):
        handle, _ = C.BLUESKY[who]
        uris.append("at://%s/app.bsky.feed.post/%s" % (did_of(handle), tid(when(date), i)))
    for i, (date, who, text, ex) in enumerate(C.BLUESKY_POSTS):
        handle, name = C.BLUESKY[who]
        t = when(date)
        record = {"$type": "app.bsky.feed.post", "createdAt": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (i * 37 % 1000)}
        facets = bluesky_facets(text, ex.get("link"))
        if facets:
            record["facets"] = facets
        if ex.get("langs"):
            record["langs"] = ex["langs"]
        if "reply" in ex:
            parent = {"uri": uris[ex["reply"]], "cid": "bafyrei" + b32(digest("cid", uris[ex["reply"]]), 52)}
            record["reply"] = {"parent": parent, "root": parent}
        record["text"] = text
        posts.append({
            "uri": uris[i],
            "cid": "bafyrei" + b32(digest("cid", uris[i]), 52),
            "author": {
                "did": did_of(handle),
                "handle": handle,
                "displayName": name,
                "avatar": "https://cdn.bsky.app/img/avatar/plain/%s/bafkrei%s@jpeg" % (did_of(handle), b32(digest("av", handle), 52)),
                "associated": {"chat": {"allowIncoming": "following"}},
                "viewer": {"muted": False, "blockedBy": False},
                "labels": [],
                "createdAt": "2024-%02d-%02dT10:00:00.000Z" % (1 + i % 12, 1 + i % 28),
            },
            "record": record,
            "replyCount": ex.get("replies", 0),
            "repostCount": ex.get("reposts", 0),
            "likeCount": ex.get("likes", 0),
            "quoteCount": ex.get("quotes", 0),
            "indexedAt": (t + dt.timedelta(milliseconds=250 + i)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
            "viewer": {"threadMuted": False, "embeddingDisabled": False},
            "labels": [],
        })
    posts.sort(key=lambda p: p["indexedAt"], reverse=True)
    dump_json({"posts": posts, "cursor": "%d" % len(posts), "hitsTotal": len(posts)}, path)


# --- Forum RSS (ISO-8859-1) ---

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc822(t, zone, year2=False):
    if zone == "GMT":
        local, z = t, "GMT"
    elif zone in ("CET", "CEST"):
        local, z = t + paris_offset(t), zone
    else:
        local, z = t + paris_offset(t), zone
    year = "%02d" % (local.year % 100) if year2 else "%d" % local.year
    return "%s, %02d %s %s %s %s" % (DAYS[local.weekday()], local.day, MONTHS[local.month - 1], year,
                                    local.strftime("%H:%M:%S"), z)


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def latin1_safe_html(s):
    """Characters ISO-8859-1 lacks become HTML numeric references (for CDATA)."""
    return "".join(c if ord(c) < 256 else "&#%d;" % ord(c) for c in s)


def rss_item(elements):
    """An <item>: elements are (tag, attributes, already-escaped content)."""
    lines = ["      <%s%s>%s</%s>\n" % (tag, attrs, body, tag) for tag, attrs, body in elements]
    return "    <item>\n" + "".join(lines) + "    </item>\n"


def rss_doc(encoding, namespaces, channel_head, items):
    """An RSS 2.0 document, items (date, xml) newest first."""
    items = sorted(items, key=lambda x: x[0], reverse=True)
    return ('<?xml version="1.0" encoding="%s"?>\n<rss version="2.0"%s>\n  <channel>\n%s%s  </channel>\n</rss>\n'
            % (encoding, namespaces, channel_head, "".join(x[1] for x in items)))


def write_forum(path):
    base = "https://forum.nuviaddicts.example"
    topics = {}
    items = []
    for i, (date, pseudo, title, text, ex) in enumerate(C.FORUM):
        t = when(date)
        key = title[4:] if title.startswith("Re: ") else title
        if key not in topics or "Code promo" in key:
            topics[key] = 4100 + len(topics) * 7 + (i if "Code promo" in key else 0)
        pid = 88000 + i * 13
        link = "%s/viewtopic.php?t=%d&p=%d#p%d" % (base, topics[key], pid, pid)
        body = simple_html(text, entities=ex.get("entities", False))
        body = ('<p>%s</p><p>Statistiques : posté par <a href="%s/memberlist.php?mode=viewprofile&amp;un=%s">%s</a></p>'
                % (body, base, pseudo, html.escape(pseudo)))
        desc = "<![CDATA[" + latin1_safe_html(body) + "]]>" if ex.get("cdata") else xml_escape(body)
        items.append((t, rss_item([
            ("title", "", xml_escape(title)),
            ("link", "", xml_escape(link)),
            ("guid", ' isPermaLink="false"', "%s/p%d" % (base, pid)),
            ("dc:creator", "", xml_escape(pseudo)),
            ("category", "", "Pannes et incidents" if "PANNE" in title else "Offres, box et SAV"),
            ("pubDate", "", rfc822(t, ex.get("zone", "+0100"), ex.get("year2", False))),
            ("description", "", desc)])))
    head = ('    <title>Nuviaddicts – le forum des abonnés Nuvia</title>\n'
            '    <link>%s/</link>\n'
            '    <atom:link href="%s/feed.php?mode=topics_active" rel="self" type="application/rss+xml" />\n'
            '    <description>Entraide entre abonnés : box, fibre, mobile, facturation. '
            'Forum indépendant, non affilié à Nuvia.</description>\n'
            '    <language>fr</language>\n'
            '    <lastBuildDate>Sat, 21 Nov 2026 09:00:02 +0100</lastBuildDate>\n'
            '    <generator>forum software 3.3</generator>\n') % (base, base)
    doc = rss_doc("ISO-8859-1", ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"',
                  head, items)
    with open(path, "wb") as f:
        f.write(doc.encode("iso-8859-1", "xmlcharrefreplace"))


def write_aggregator(path):
    items = []
    for i, (date, site, title, link, summary) in enumerate(C.AGGREGATOR):
        t = when(date)
        items.append((t, rss_item([
            ("title", "", xml_escape("[%s] %s" % (site, title))),
            ("link", "", xml_escape(link)),
            ("guid", ' isPermaLink="false"', "actu-telecom-%d" % (70500 + i * 3)),
            ("source", ' url="%s"' % xml_escape(re.sub(r"(https://[^/]+/).*", r"\1", link)), xml_escape(site)),
            ("pubDate", "", rfc822(t, "GMT")),
            ("description", "", xml_escape(summary))])))
    head = ('    <title>Actu Télécom – l\'agrégateur</title>\n'
            '    <link>https://actu-telecom.example/</link>\n'
            '    <description>Les articles télécoms du web francophone, relayés automatiquement.</description>\n'
            '    <language>fr-fr</language>\n'
            '    <ttl>30</ttl>\n')
    with open(path, "w", encoding="utf-8") as f:
        f.write(rss_doc("UTF-8", "", head, items))


# --- Atom ---

def iso_local(t):
    off = paris_offset(t)
    return (t + off).strftime("%Y-%m-%dT%H:%M:%S") + "+%02d:00" % (off.seconds // 3600)


def write_atom(path):
    base = "https://blog.telecom-et-moi.example/"
    entries = []
    for i, (pub, upd, who, title, rel, content, ex) in enumerate(C.ATOM):
        name, uri, email = C.ATOM_AUTHORS[who]
        t = when(pub)
        attrs = ""
        if ex.get("base"):
            attrs += ' xml:base="%s"' % ex["base"]
        if ex.get("lang"):
            attrs += ' xml:lang="%s"' % ex["lang"]
        author = "      <name>%s</name>\n      <uri>%s</uri>\n" % (xml_escape(name), uri)
        if email:
            author += "      <email>%s</email>\n" % email
        entries.append((t, "  <entry%s>\n"
                        "    <id>tag:blog.telecom-et-moi.example,%s:/%s</id>\n"
                        "    <title type=\"text\">%s</title>\n"
                        "    <link rel=\"alternate\" type=\"text/html\" href=\"%s\"/>\n"
                        "    <published>%s</published>\n"
                        "    <updated>%s</updated>\n"
                        "    <author>\n%s    </author>\n"
                        "    <category term=\"operateurs\" label=\"Opérateurs\"/>\n"
                        "    <content type=\"html\">%s</content>\n"
                        "  </entry>\n" % (attrs, t.strftime("%Y-%m-%d"), rel, xml_escape(title), rel, iso_local(t),
                                          iso_local(when(upd)) if upd else iso_local(t), author, xml_escape(content))))
    entries.sort(key=lambda x: x[0], reverse=True)
    doc = ('<?xml version="1.0" encoding="utf-8"?>\n'
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr" xml:base="%s">\n'
           '  <title>Télécom &amp; moi</title>\n'
           '  <subtitle>Le blog qui décortique vos box, forfaits et factures</subtitle>\n'
           '  <id>tag:blog.telecom-et-moi.example,2019:feed</id>\n'
           '  <link rel="self" type="application/atom+xml" href="feed.atom"/>\n'
           '  <link rel="alternate" type="text/html" href="./"/>\n'
           '  <updated>2026-11-20T09:00:00+01:00</updated>\n'
           '  <generator uri="https://blog.telecom-et-moi.example/" version="2.1">petit-blog</generator>\n'
           '%s'
           '</feed>\n') % (base, "".join(e[1] for e in entries))
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


# --- JSON Feed ---

def write_jsonfeed(path):
    base = "https://www.lesondes.example/"
    items = []
    for date, title, rel, body in C.JSONFEED:
        items.append({
            "id": base + rel,
            "url": base + rel,
            "title": title,
            "content_html": body,
            "date_published": date,
            "authors": [{"name": "Rédaction Les Ondes", "url": base + "equipe"}],
            "tags": ["opérateurs"],
        })
    items.reverse()  # newest first
    dump_json({"version": "https://jsonfeed.org/version/1.1", "title": "Les Ondes", "home_page_url": base,
               "feed_url": base + "feed.json", "language": "fr-FR", "items": items}, path)


# --- Reddit ---

def base36(n):
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + s
    return s


def reddit_slug(title):
    s = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s[:50].rstrip("_")


def reddit_html(md):
    paras = []
    for p in md.split("\n\n"):
        p = html.escape(p, quote=False)
        p = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", p)
        paras.append("<p>%s</p>" % p.replace("\n", "<br/>\n"))
    return html.escape('<!-- SC_OFF --><div class="md">' + "\n\n".join(paras) + "\n</div><!-- SC_ON -->", quote=False)


def reddit_id(i, date):
    if "Megathread" in C.REDDIT[i][3]:
        return "1gmx8k2"
    return base36(int("1gm0000", 36) + int(when(date).timestamp()) // 600 + i)


def write_reddit(path):
    children = []
    for i, (date, user, sub, title, text, ex) in enumerate(C.REDDIT):
        t = when(date)
        rid = reddit_id(i, date)
        permalink = "/r/%s/comments/%s/%s/" % (sub, rid, reddit_slug(title))
        link = ex.get("url")
        children.append({"kind": "t3", "data": {
            "approved_at_utc": None,
            "subreddit": sub,
            "selftext": text,
            "author_fullname": "t2_" + b32(digest("t2", user), 8, "0123456789abcdefghijklmnopqrstuv"),
            "saved": False,
            "gilded": 0,
            "clicked": False,
            "title": title,
            "link_flair_text": "Actualité" if link else None,
            "subreddit_name_prefixed": "r/" + sub,
            "hidden": False,
            "pwls": 6,
            "downs": 0,
            "hide_score": False,
            "name": "t3_" + rid,
            "quarantine": False,
            "upvote_ratio": 0.97 if ex["score"] > 100 else (0.31 if ex["score"] < 0 else 0.88),
            "subreddit_type": "public",
            "ups": ex["score"],
            "total_awards_received": 0,
            "thumbnail": "default" if link else "self",
            "edited": False,
            "is_self": not link,
            "created": t.timestamp(),
            "domain": re.sub(r"https?://([^/]+)/.*", r"\1", link) if link else "self." + sub,
            "selftext_html": reddit_html(text) if text else None,
            "likes": None,
            "archived": False,
            "no_follow": ex["score"] < 0,
            "over_18": False,
            "subreddit_id": "t5_" + b32(digest("t5", sub), 5, "0123456789abcdefghijklmnopqrstuv"),
            "id": rid,
            "author": user,
            "num_comments": ex["comments"],
            "permalink": permalink,
            "url": link or "https://www.reddit.com" + permalink,
            "subreddit_subscribers": {"france": 2610000, "vosfinances": 520000, "sysadmin": 980000}.get(sub, 45000),
            "created_utc": t.timestamp(),
            "num_crossposts": 0,
            "score": ex["score"],
            "stickied": "Megathread" in title,
        }})
    children.sort(key=lambda c: c["data"]["created_utc"], reverse=True)
    dump_json({"kind": "Listing", "data": {"after": "t3_" + children[-1]["data"]["id"], "dist": len(children),
                                            "modhash": "", "geo_filter": "", "children": children, "before": None}},
              path)


# --- Hacker News (Algolia) ---

def hn_html(text):
    s = html.escape(text, quote=True).replace("/", "&#x2F;")
    s = re.sub(r"(https?:&#x2F;&#x2F;[^\s<>]+)",
               lambda m: '<a href="%s" rel="nofollow">%s</a>' % (m.group(1), m.group(1)), s)
    return s.replace("\n\n", "<p>")


def write_hn(path):
    ids = []
    for i, (date, *_rest) in enumerate(C.HN):
        ids.append(45800000 + (int(when(date).timestamp()) - 1760400000) // 50 + i)
    hits = []
    for i, (date, author, kind, title, body, ex) in enumerate(C.HN):
        t = when(date)
        hit = {"created_at": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "created_at_i": int(t.timestamp()),
               "author": author, "objectID": str(ids[i]), "updated_at": (t + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")}
        if kind == "story":
            hit.update({"title": title, "url": body, "points": ex["points"], "num_comments": ex["comments"],
                        "story_id": ids[i], "children": [],
                        "_tags": ["story", "author_" + author, "story_%d" % ids[i]],
                        "_highlightResult": {"title": {"value": re.sub(r"(?i)(nuvia)", r"<em>\1</em>", title),
                                                       "matchLevel": "full", "matchedWords": ["nuvia"]},
                                             "author": {"value": author, "matchLevel": "none", "matchedWords": []}}})
        else:
            if "parent" in ex:
                root = ex["parent"]
                sid, stitle, surl = ids[root], C.HN[root][3], C.HN[root][4]
                parent = sid
            else:
                sid, stitle, surl = 45790011, ex["story_title"], None
                parent = sid
            hit.update({"comment_text": hn_html(body), "parent_id": parent, "story_id": sid, "story_title": stitle,
                        "story_url": surl, "points": None, "num_comments": None,
                        "_tags": ["comment", "author_" + author, "story_%d" % sid],
                        "_highlightResult": {"comment_text": {"value": re.sub(r"(?i)(nuvia)", r"<em>\1</em>", hn_html(body)),
                                                              "matchLevel": "full", "matchedWords": ["nuvia"]},
                                             "author": {"value": author, "matchLevel": "none", "matchedWords": []}}})
        hits.append(hit)
    hits.sort(key=lambda h: h["created_at_i"], reverse=True)
    dump_json({"hits": hits, "nbHits": len(hits), "page": 0, "nbPages": 1, "hitsPerPage": 50,
               "exhaustiveNbHits": True, "exhaustiveTypo": True,
               "exhaustive": {"nbHits": True, "typo": True}, "query": "nuvia",
               "params": "query=nuvia&tags=%28story%2Ccomment%29&hitsPerPage=50&numericFilters=created_at_i%3E1760000000",
               "processingTimeMS": 3}, path)


# --- Discourse (/posts.json: latest posts) ---

def write_discourse(path):
    posts = []
    counters = {}
    for i, (date, user, name, topic, text, ex) in enumerate(C.DISCOURSE):
        title, slug, cat = C.DISCOURSE_TOPICS[topic]
        counters[topic] = counters.get(topic, 0) + 1
        t = when(date)
        cooked = "".join("<p>%s</p>" % simple_html(p, br="<br>\n").replace(' class="postlink"', "")
                         for p in text.split("\n\n"))
        staff = ex.get("staff", False)
        posts.append({
            "id": 3100 + i,
            "name": name,
            "username": user,
            "avatar_template": "/letter_avatar_proxy/v4/letter/%s/%s/{size}.png" % (user[0].lower(), b32(digest(user), 6, "0123456789abcdef")),
            "created_at": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (i * 41 % 1000),
            "cooked": cooked,
            "post_number": counters[topic],
            "post_type": 1,
            "updated_at": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (i * 41 % 1000),
            "reply_count": 0,
            "reply_to_post_number": None if counters[topic] == 1 else 1,
            "quote_count": 0,
            "incoming_link_count": 0,
            "reads": 40 + i * 3,
            "score": float(ex.get("likes", 0) * 3 + 2),
            "yours": False,
            "topic_id": 120 + topic,
            "topic_slug": slug,
            "topic_title": title,
            "topic_html_title": html.escape(title, quote=False),
            "category_id": cat,
            "display_username": name,
            "primary_group_name": "equipe_nuvia" if staff else None,
            "version": 1,
            "can_edit": False,
            "can_delete": False,
            "user_title": "Équipe Nuvia" if staff else None,
            "raw": text,
            "actions_summary": [{"id": 2, "count": ex.get("likes", 0)}] if ex.get("likes") else [],
            "moderator": staff,
            "admin": False,
            "staff": staff,
            "user_id": 200 + int(digits(user, 4)) % 5000,
            "hidden": False,
            "trust_level": 4 if staff else 1 + i % 3,
            "deleted_at": None,
            "user_deleted": False,
            "edit_reason": None,
            "wiki": False,
        })
    posts.sort(key=lambda p: p["created_at"], reverse=True)
    dump_json({"latest_posts": posts}, path)


# --- YouTube commentThreads ---

def write_youtube(path):
    items = []
    channel = "UC" + b32(digest("geektout-channel"), 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[:32])
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    for i, (date, handle, text, ex) in enumerate(C.YOUTUBE):
        t = when(date)
        cid = "Ugx" + "".join(alphabet[b] for b in (x % 64 for x in digest("yt", i, text)[:19])) + "4AaABAg"
        author_chan = "UC" + "".join(alphabet[b] for b in (x % 64 for x in digest("ytc", handle)[:22]))
        display = simple_html(text, br="<br>").replace(' class="postlink"', "").replace("'", "&#39;")
        stamp = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        items.append({
            "kind": "youtube#commentThread",
            "etag": b32(digest("etag", cid), 27, alphabet[:32]),
            "id": cid,
            "snippet": {
                "channelId": channel,
                "videoId": C.YOUTUBE_VIDEO,
                "topLevelComment": {
                    "kind": "youtube#comment",
                    "etag": b32(digest("etag2", cid), 27, alphabet[:32]),
                    "id": cid,
                    "snippet": {
                        "channelId": channel,
                        "videoId": C.YOUTUBE_VIDEO,
                        "textDisplay": display,
                        "textOriginal": text,
                        "authorDisplayName": handle,
                        "authorProfileImageUrl": "https://yt3.ggpht.com/ytc/%s=s48-c-k-c0x00ffffff-no-rj" % b32(digest("img", handle), 40, alphabet[:32]),
                        "authorChannelUrl": "http://www.youtube.com/" + handle,
                        "authorChannelId": {"value": author_chan},
                        "canRate": True,
                        "viewerRating": "none",
                        "likeCount": ex.get("likes", 0),
                        "publishedAt": stamp,
                        "updatedAt": stamp,
                    },
                },
                "canReply": True,
                "totalReplyCount": ex.get("replies", 0),
                "isPublic": True,
            },
        })
    items.sort(key=lambda it: it["snippet"]["topLevelComment"]["snippet"]["publishedAt"], reverse=True)
    dump_json({"kind": "youtube#commentThreadListResponse", "etag": b32(digest("page"), 27, alphabet[:32]),
               "pageInfo": {"totalResults": len(items), "resultsPerPage": 100}, "items": items}, path)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sources")
    os.makedirs(out, exist_ok=True)
    write_forum(os.path.join(out, "forum-nuvia.rss"))
    write_aggregator(os.path.join(out, "actu-telecom.rss"))
    write_atom(os.path.join(out, "blog-telecom.atom"))
    write_jsonfeed(os.path.join(out, "lesondes.json"))
    write_mastodon(os.path.join(out, "mastodon-tag-nuvia.json"))
    write_bluesky(os.path.join(out, "bluesky-search.json"))
    write_reddit(os.path.join(out, "reddit-search.json"))
    write_hn(os.path.join(out, "hn-search.json"))
    write_discourse(os.path.join(out, "discourse-latest-posts.json"))
    write_youtube(os.path.join(out, "youtube-comments.json"))


if __name__ == "__main__":
    main()
