#!/usr/bin/env python3
"""sources-to-ndjson.py - turn examples/sources/* into mention records.

A reference adapter in Python (stdlib only), written so that
examples/mentions.ndjson is derived from the recorded responses and never
drifts from them.  It is what `scrm-fetch examples/sources/*` is expected to
produce, up to fetched_at (taken from sources/ORIGINS.tsv, not the clock).

Usage: examples/tools/sources-to-ndjson.py [SOURCES_DIR] > mentions.ndjson

Conventions it follows (see examples/README.md):
  - ids are those scrm-fetch gives: "feed:<guid, entry id or item id>" for
    feeds when that id is a URL, a tag: URI or a URN, else
    "feed:<16 hex digits of the SHA-256 of the feed's URL>:<id>";
    "<source>:<server>:<native id>" where a native id is only unique
    within a server (mastodon, discourse), else "<source>:<native id>";
  - created_at/fetched_at are RFC 3339 UTC with whole seconds; a date that
    cannot be parsed is left out, never invented;
  - text is plain: HTML tags dropped, entities decoded, <br> a newline,
    paragraphs separated by a blank line, runs of spaces folded;
  - url is the mention's own page (a Reddit permalink, an HN item), not the
    page it links to; a feed item's url is its link, so one article relayed
    by two feeds has the same url in both;
  - author.handle as the service writes it (Mastodon: "@user@server");
    lang as the source gives it ("fr", "fr-FR"); absent values left out.
"""

import datetime as dt
import hashlib
import html.parser
import json
import os
import re
import sys
import urllib.parse
import xml.etree.ElementTree as ET

UTC = dt.timezone.utc
XML_NS = "{http://www.w3.org/XML/1998/namespace}"
ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"


# --- text ---

class _Text(html.parser.HTMLParser):
    BLOCK = {"p", "div", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
             "tr", "table", "article", "section", "figure", "hr"}
    SKIP = {"script", "style", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in ("br", "li"):  # list items one a line, like lines of a paragraph
            self.out.append("\n")
        elif tag in self.BLOCK:
            self.out.append("\n\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.SKIP:
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def fold(text):
    """Folds whitespace: spaces within lines, at most one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def html_text(s):
    if s is None:
        return None
    p = _Text()
    p.feed(s)
    p.close()
    return fold("".join(p.out))


# --- dates ---

ZONES = {"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
         "MDT": -6, "PST": -8, "PDT": -7, "CET": 1, "CEST": 2, "MET": 1, "MEST": 2, "BST": 1, "WET": 0,
         "WEST": 1, "EET": 2, "EEST": 3}
MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}


def stamp(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc822(s):
    m = re.match(r"\s*(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]+)?\s*$", s or "")
    if not m or m.group(2).lower() not in MONTHS:
        return None
    day, mon, year, hh, mm, ss, zone = m.groups()
    year = int(year)
    if year < 100:
        year += 2000 if year < 50 else 1900
    zone = zone or "GMT"
    if zone[0] in "+-":
        off = (int(zone[1:3]) * 60 + int(zone[3:5])) * (1 if zone[0] == "+" else -1)
    elif zone.upper() in ZONES:
        off = ZONES[zone.upper()] * 60
    else:
        return None
    try:
        t = dt.datetime(year, MONTHS[mon.lower()], int(day), int(hh), int(mm), int(ss or 0),
                        tzinfo=dt.timezone(dt.timedelta(minutes=off)))
    except ValueError:
        return None
    return stamp(t)


def rfc3339(s):
    if not s:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$", s.strip())
    if not m:
        return None
    y, mo, d, hh, mi, ss, z = m.groups()
    if z in (None, "Z"):
        off = 0
    else:
        z = z.replace(":", "")
        off = (int(z[1:3]) * 60 + int(z[3:5])) * (1 if z[0] == "+" else -1)
    try:
        t = dt.datetime(int(y), int(mo), int(d), int(hh), int(mi), int(ss or 0),
                        tzinfo=dt.timezone(dt.timedelta(minutes=off)))
    except ValueError:
        return None
    return stamp(t)


def epoch(x):
    return stamp(dt.datetime.fromtimestamp(float(x), UTC)) if x is not None else None


# --- the record ---

AUTHOR_KEYS = ("id", "handle", "name", "url", "followers", "following", "posts", "verified", "location")
METRIC_KEYS = ("likes", "shares", "replies", "views")


def record(origin, id, source, channel=None, url=None, created_at=None, lang=None, title=None, text=None,
           author=None, metrics=None, in_reply_to=None):
    """One mention in the documented field order; None and empty objects left out."""
    r = {"id": id, "source": source, "channel": channel, "url": url, "created_at": created_at,
         "fetched_at": origin["fetched_at"], "lang": lang, "title": title, "text": text}
    a = {k: (author or {}).get(k) for k in AUTHOR_KEYS}
    r["author"] = {k: v for k, v in a.items() if v is not None and v != ""} or None
    m = {k: (metrics or {}).get(k) for k in METRIC_KEYS}
    r["metrics"] = {k: v for k, v in m.items() if v is not None} or None
    r["in_reply_to"] = in_reply_to
    r["query"] = origin["query"]
    return {k: v for k, v in r.items() if v is not None and v != ""}


def text_of(el):
    return el.text.strip() if el is not None and el.text else None


def feed_id(origin, ident):
    """A feed entry's id: as it is when it names the entry anywhere, else
    scoped by the feed's address, as scrm-fetch scopes it."""
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", ident) or re.match(r"(?i)(tag|urn):", ident):
        return "feed:" + ident
    return "feed:%s:%s" % (hashlib.sha256(origin["url"].encode()).hexdigest()[:16], ident)


# --- adapters: each yields records ---

def rss(path, origin):
    root = ET.parse(path).getroot()
    ch = root.find("channel")
    channel, lang = text_of(ch.find("title")), text_of(ch.find("language"))
    for it in ch.findall("item"):
        guid, link = text_of(it.find("guid")), text_of(it.find("link"))
        creator = text_of(it.find(DC + "creator"))
        author = {"name": creator} if creator else None
        if not author and text_of(it.find("author")):  # "mail@example.org (Name)"
            m = re.match(r"\s*(\S+@\S+)\s*(?:\((.*)\))?", text_of(it.find("author")))
            author = {"id": m.group(1), "name": m.group(2)} if m else None
        yield record(origin, feed_id(origin, guid or link), "rss", channel, link, rfc822(text_of(it.find("pubDate"))),
                     lang, html_text(text_of(it.find("title"))), html_text(text_of(it.find("description"))), author)


def atom(path, origin):
    root = ET.parse(path).getroot()
    fbase = urllib.parse.urljoin(origin["url"], root.get(XML_NS + "base", ""))
    flang = root.get(XML_NS + "lang")
    channel = text_of(root.find(ATOM + "title"))
    for e in root.findall(ATOM + "entry"):
        base = urllib.parse.urljoin(fbase, e.get(XML_NS + "base", ""))
        link = None
        for l in e.findall(ATOM + "link"):
            if l.get("rel", "alternate") == "alternate":
                link = urllib.parse.urljoin(base, l.get("href"))
                break
        body = e.find(ATOM + "content")
        if body is None:
            body = e.find(ATOM + "summary")
        text = None
        if body is not None:
            kind = body.get("type", "text")
            if kind == "html":
                text = html_text(body.text)
            elif kind == "xhtml":
                text = html_text(ET.tostring(body, encoding="unicode"))
            else:
                text = fold(body.text or "")
        a = e.find(ATOM + "author")
        author = None
        if a is not None:
            author = {"name": text_of(a.find(ATOM + "name")), "url": text_of(a.find(ATOM + "uri"))}
        date = text_of(e.find(ATOM + "published")) or text_of(e.find(ATOM + "updated"))
        yield record(origin, feed_id(origin, text_of(e.find(ATOM + "id"))), "atom", channel, link, rfc3339(date),
                     e.get(XML_NS + "lang") or flang, html_text(text_of(e.find(ATOM + "title"))), text,
                     author)


def jsonfeed(path, origin):
    feed = json.load(open(path, encoding="utf-8"))
    for it in feed["items"]:
        authors = it.get("authors") or ([it["author"]] if it.get("author") else [])
        author = {"name": authors[0].get("name"), "url": authors[0].get("url")} if authors else None
        text = html_text(it["content_html"]) if it.get("content_html") else fold(it.get("content_text") or "")
        yield record(origin, feed_id(origin, str(it["id"])), "jsonfeed", feed.get("title"), it.get("url"),
                     rfc3339(it.get("date_published")), it.get("language") or feed.get("language"),
                     it.get("title"), text, author)


def mastodon(path, origin):
    home = urllib.parse.urlsplit(origin["url"]).hostname
    for s in json.load(open(path, encoding="utf-8")):
        shown = s["reblog"] or s
        acc = shown["account"]
        acct = acc["acct"] if "@" in acc["acct"] else "%s@%s" % (acc["acct"], home)
        text = html_text(shown["content"])
        if shown.get("spoiler_text"):
            text = shown["spoiler_text"] + "\n\n" + text
        yield record(origin, "mastodon:%s:%s" % (home, s["id"]), "mastodon", home,
                     shown.get("url") or shown.get("uri"), rfc3339(shown["created_at"]), shown.get("language"),
                     None, text,
                     {"id": "mastodon:%s:%s" % (home, acc["id"]), "handle": "@" + acct, "name": acc.get("display_name") or None, "url": acc.get("url"),
                      "followers": acc.get("followers_count"), "following": acc.get("following_count"),
                      "posts": acc.get("statuses_count")},
                     {"likes": shown.get("favourites_count"), "shares": shown.get("reblogs_count"),
                      "replies": shown.get("replies_count")},
                     "mastodon:%s:%s" % (home, shown["in_reply_to_id"]) if shown.get("in_reply_to_id") else None)


def bluesky(path, origin):
    for p in json.load(open(path, encoding="utf-8"))["posts"]:
        rec, a = p["record"], p["author"]
        rkey = p["uri"].rsplit("/", 1)[1]
        parent = (rec.get("reply") or {}).get("parent", {}).get("uri")
        yield record(origin, "bluesky:" + p["uri"], "bluesky", "bsky.app",
                     "https://bsky.app/profile/%s/post/%s" % (a["handle"], rkey), rfc3339(rec.get("createdAt")),
                     (rec.get("langs") or [None])[0], None, rec.get("text"),
                     {"id": a["did"], "handle": a["handle"], "name": a.get("displayName") or None,
                      "url": "https://bsky.app/profile/" + a["handle"], "followers": a.get("followersCount"),
                      "following": a.get("followsCount"), "posts": a.get("postsCount")},
                     {"likes": p.get("likeCount"), "shares": p.get("repostCount"), "replies": p.get("replyCount")},
                     "bluesky:" + parent if parent else None)


def reddit(path, origin):
    for c in json.load(open(path, encoding="utf-8"))["data"]["children"]:
        d = c["data"]
        yield record(origin, "reddit:" + d["name"], "reddit", d.get("subreddit_name_prefixed"),
                     "https://www.reddit.com" + d["permalink"],
                     epoch(d.get("created_utc")), None, d.get("title"), fold(d.get("selftext") or "") or d.get("title"),
                     {"id": d.get("author_fullname"), "handle": d.get("author"),
                      "url": "https://www.reddit.com/user/" + d["author"]},
                     {"likes": d["score"] if d.get("score", -1) >= 0 else None, "replies": d.get("num_comments")})


def hn(path, origin):
    for h in json.load(open(path, encoding="utf-8"))["hits"]:
        item = "https://news.ycombinator.com/item?id=" + h["objectID"]
        body = h.get("comment_text") or h.get("story_text")
        title = h.get("title")
        yield record(origin, "hn:" + h["objectID"], "hn", "Hacker News", item,
                     epoch(h.get("created_at_i")) if h.get("created_at_i") else rfc3339(h.get("created_at")), None,
                     title, html_text(body) if body else title,
                     {"handle": h.get("author"), "url": "https://news.ycombinator.com/user?id=" + h["author"]},
                     {"likes": h.get("points"), "replies": h.get("num_comments")},
                     "hn:%s" % h["parent_id"] if h.get("parent_id") else None)


def discourse(path, origin):
    u = urllib.parse.urlsplit(origin["url"])
    site = "%s://%s" % (u.scheme, u.hostname)
    for p in json.load(open(path, encoding="utf-8"))["latest_posts"]:
        likes = sum(a.get("count", 0) for a in p.get("actions_summary", []) if a.get("id") == 2)
        yield record(origin, "discourse:%s:post:%s" % (u.hostname, p["id"]), "discourse", u.hostname,
                     "%s/t/%s/%s/%s" % (site, p["topic_slug"], p["topic_id"], p["post_number"]),
                     rfc3339(p["created_at"]), None, p.get("topic_title"), html_text(p.get("cooked")),
                     {"id": "discourse:%s:user:%s" % (u.hostname, p["user_id"]), "handle": p["username"], "name": p.get("name") or None,
                      "url": "%s/u/%s" % (site, p["username"])},
                     {"likes": likes, "replies": p.get("reply_count"), "views": p.get("reads")})


def youtube(path, origin):
    for it in json.load(open(path, encoding="utf-8"))["items"]:
        c = it["snippet"]["topLevelComment"]
        s = c["snippet"]
        vid = s.get("videoId") or it["snippet"].get("videoId")
        name = s.get("authorDisplayName")
        yield record(origin, "youtube:" + c["id"], "youtube", "https://www.youtube.com/watch?v=" + vid,
                     "https://www.youtube.com/watch?v=%s&lc=%s" % (vid, c["id"]), rfc3339(s.get("publishedAt")),
                     None, None, fold(s["textOriginal"]) if "textOriginal" in s else html_text(s.get("textDisplay")),
                     {"id": (s.get("authorChannelId") or {}).get("value"),
                      "name": name, "url": s.get("authorChannelUrl")},
                     {"likes": s.get("likeCount"), "replies": it["snippet"].get("totalReplyCount")})


ADAPTERS = {"rss": rss, "atom": atom, "jsonfeed": jsonfeed, "mastodon": mastodon, "bluesky": bluesky,
            "reddit": reddit, "hn": hn, "discourse": discourse, "youtube": youtube}


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sources")
    out = sys.stdout
    with open(os.path.join(src, "ORIGINS.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, kind, url, fetched, query = line.rstrip("\n").split("\t")
            origin = {"url": url, "fetched_at": fetched, "query": None if query == "-" else query}
            for r in ADAPTERS[kind](os.path.join(src, name), origin):
                out.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    out.flush()


if __name__ == "__main__":
    main()
