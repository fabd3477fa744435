#!/usr/bin/env python3
"""fixture_server.py - the HTTP server scrm-fetch's tests talk to.

Listens on 127.0.0.1 only, on a free port it prints on stdout (one line),
serves fixture files and injects faults, logs every request (one line:
METHOD PATH header=value...) to --log, and stops by itself after
--lifetime seconds (default 60) so a failed test never leaves it running.

Routes:
  /f/PATH                 file PATH under --root, with ETag and Last-Modified;
                          If-None-Match / If-Modified-Since answered with 304
  /s/PATH                 file PATH under --shared (the recorded API samples)
  /type/CT/f/PATH         as /f/PATH with Content-Type CT ("_" stands for "/")
  /gzip/f/PATH            the file gzip-encoded (when the client accepts gzip)
  /redirect/N/REST        302 to /redirect/N-1/REST, then to /REST at 0
  /to-file                302 to file:///etc/passwd
  /to-ftp                 302 to ftp://127.0.0.1/feed.xml
  /no-location            302 without a Location header
  /429/KEY/REST           first request for KEY: 429 with Retry-After: 1; then /REST
  /reset/KEY/REST         first request: 429 with X-RateLimit-Reset (epoch s +1); then /REST
  /500/KEY/REST           first request for KEY: 500; then /REST
  /always500              500 every time
  /404                    404
  /stall                  headers and half a body, then silence for 20 s
  /truncated              Content-Length 2000, 100 bytes, then the connection closes
  /big?mb=N               N MB of feed-like bytes (streamed)
  /bomb                   gzip body that decodes to 64 MB of spaces (64 KB on the wire)
  /gen/feed/N?items=K     a generated RSS 2.0 feed number N with K items (bench)
  /bsky/xrpc/com.atproto.server.createSession   POST {identifier,password}: accessJwt
  /bsky/xrpc/app.bsky.feed.searchPosts           needs "Authorization: Bearer test-jwt";
                          serves --bsky-file
  /bsky/xrpc/app.bsky.actor.getProfiles          serves --bsky-profiles
  /auth/KEY/REST          needs "Authorization: Bearer KEY", then /REST; else 401
  /algolia/PATH           the Algolia search result in file PATH under --root, its hits
                          filtered by numericFilters=created_at_i>N or >=N, as Algolia does
"""
import argparse
import email.utils
import gzip
import hashlib
import http.server
import os
import socketserver
import sys
import threading
import time
import urllib.parse


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_handler(opts, state):
    bomb = []   # built on first use: compressing 64 MB takes a moment

    def get_bomb():
        with state["lock"]:
            if not bomb:
                bomb.append(gzip.compress(b" " * (64 << 20), compresslevel=6))
            return bomb[0]

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):
            pass

        def log_request_line(self):
            hdrs = " ".join(
                "%s=%s" % (k.lower(), v) for k, v in self.headers.items()
                if k.lower() in ("if-none-match", "if-modified-since", "authorization",
                                 "accept-encoding", "content-type"))
            with state["lock"]:
                with open(opts.log, "a") as fp:
                    fp.write("%.3f %s %s %s\n" % (time.time(), self.command, self.path, hdrs))

        def send(self, code, body=b"", headers=()):
            self.send_response(code)
            for k, v in headers:
                self.send_header(k, v)
            if not any(k.lower() == "content-length" for k, _ in headers):
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def first_time(self, key):
            with state["lock"]:
                seen = key in state["keys"]
                state["keys"].add(key)
            return not seen

        def serve_file(self, base, rel, ctype=None, encode=False):
            path = os.path.realpath(os.path.join(base, urllib.parse.unquote(rel)))
            if not path.startswith(os.path.realpath(base) + os.sep) or not os.path.isfile(path):
                return self.send(404, b"no such fixture\n")
            with open(path, "rb") as fp:
                data = fp.read()
            etag = '"%s"' % hashlib.sha1(data).hexdigest()[:16]
            mtime = email.utils.formatdate(os.path.getmtime(path), usegmt=True)
            inm = self.headers.get("If-None-Match")
            # RFC 9110 13.2.2: If-None-Match, when sent, decides alone.
            if (inm == etag) if inm is not None else \
               (self.headers.get("If-Modified-Since") == mtime):
                return self.send(304, b"", [("ETag", etag), ("Last-Modified", mtime)])
            if ctype is None:
                ctype = ("application/json" if path.endswith((".json", ".jsonl"))
                         else "application/xml")
            headers = [("Content-Type", ctype), ("ETag", etag), ("Last-Modified", mtime)]
            if encode and "gzip" in self.headers.get("Accept-Encoding", ""):
                data = gzip.compress(data)
                headers.append(("Content-Encoding", "gzip"))
            self.send(200, data, headers)

        def serve_algolia(self, rel, numeric):
            import json
            import re
            path = os.path.realpath(os.path.join(opts.root, rel))
            if not path.startswith(os.path.realpath(opts.root) + os.sep) or not os.path.isfile(path):
                return self.send(404, b"no such fixture\n")
            with open(path, "rb") as fp:
                doc = json.load(fp)
            m = re.fullmatch(r"created_at_i(>=|>)(\d+)", numeric)
            if m:
                t = int(m.group(2))
                doc["hits"] = [h for h in doc["hits"]
                               if h["created_at_i"] > t or (m.group(1) == ">=" and h["created_at_i"] == t)]
                doc["nbHits"] = len(doc["hits"])
            self.send(200, json.dumps(doc).encode(), [("Content-Type", "application/json")])

        def route(self, path, query):
            parts = path.lstrip("/").split("/")
            head = parts[0]
            rest = "/".join(parts[1:])
            if head == "f":
                return self.serve_file(opts.root, rest)
            if head == "s" and opts.shared:
                return self.serve_file(opts.shared, rest)
            if head == "type" and len(parts) > 2:
                return self.serve_file(opts.root, "/".join(parts[3:]), parts[1].replace("_", "/"))
            if head == "gzip" and len(parts) > 2 and parts[1] == "f":
                return self.serve_file(opts.root, "/".join(parts[2:]), encode=True)
            if head == "redirect" and len(parts) > 1:
                n = int(parts[1])
                target = "/%s/%s" % ("redirect/%d" % (n - 1), "/".join(parts[2:])) if n > 0 \
                    else "/" + "/".join(parts[2:])
                return self.send(302, b"", [("Location", target)])
            if head == "to-file":
                return self.send(302, b"", [("Location", "file:///etc/passwd")])
            if head == "no-location":
                return self.send(302, b"")
            if head == "to-ftp":
                return self.send(302, b"", [("Location", "ftp://127.0.0.1/feed.xml")])
            if head in ("429", "500", "reset", "auth") and len(parts) > 2:
                key, target = parts[1], "/" + "/".join(parts[2:])
                if head == "auth":
                    if self.headers.get("Authorization") != "Bearer " + key:
                        return self.send(401, b'{"error":"unauthorized"}\n')
                elif self.first_time(head + key):
                    if head == "429":
                        return self.send(429, b"slow down\n", [("Retry-After", "1")])
                    if head == "reset":
                        return self.send(429, b"slow down\n",
                                         [("X-RateLimit-Reset", str(int(time.time()) + 2))])
                    return self.send(500, b"oops\n")
                return self.route(target, query)
            if head == "algolia":
                return self.serve_algolia(rest, query.get("numericFilters", [""])[0])
            if head == "always500":
                return self.send(500, b"oops\n")
            if head == "stall":
                self.send_response(200)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", "1000")
                self.end_headers()
                self.wfile.write(b"<?xml version='1.0'?><rss version='2.0'><channel>")
                self.wfile.flush()
                time.sleep(20)
                return
            if head == "truncated":
                self.send_response(200)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", "2000")
                self.end_headers()
                self.wfile.write(b"<?xml version='1.0'?><rss version='2.0'><channel>" + b" " * 50)
                self.wfile.flush()
                self.close_connection = True
                return
            if head == "big":
                mb = int(query.get("mb", ["40"])[0])
                self.send_response(200)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(mb << 20))
                self.end_headers()
                chunk = b" " * (1 << 20)
                try:
                    for _ in range(mb):
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True
                return
            if head == "bomb":
                return self.send(200, get_bomb(), [("Content-Type", "application/xml"),
                                             ("Content-Encoding", "gzip")])
            if head == "gen" and len(parts) == 3 and parts[1] == "feed":
                return self.send(200, gen_feed(int(parts[2]), int(query.get("items", ["50"])[0])),
                                 [("Content-Type", "application/rss+xml; charset=utf-8")])
            if head == "bsky" and rest == "xrpc/app.bsky.actor.getProfiles":
                if not opts.bsky_profiles:
                    return self.send(404, b'{"error":"NotFound"}\n')
                with open(opts.bsky_profiles, "rb") as fp:
                    return self.send(200, fp.read(), [("Content-Type", "application/json")])
            if head == "bsky" and rest == "xrpc/app.bsky.feed.searchPosts":
                if self.headers.get("Authorization") != "Bearer test-jwt":
                    return self.send(401, b'{"error":"AuthMissing"}\n')
                with open(opts.bsky_file, "rb") as fp:
                    return self.send(200, fp.read(), [("Content-Type", "application/json")])
            return self.send(404, b"no such route\n")

        def do_GET(self):
            self.log_request_line()
            u = urllib.parse.urlsplit(self.path)
            try:
                self.route(u.path, urllib.parse.parse_qs(u.query))
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_HEAD(self):
            self.do_GET()

        def do_POST(self):
            self.log_request_line()
            n = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(n) if n > 0 else b""
            if self.path == "/bsky/xrpc/com.atproto.server.createSession":
                import json
                try:
                    req = json.loads(body)
                except ValueError:
                    return self.send(400, b'{"error":"InvalidRequest"}\n')
                if req.get("identifier") == "tester.example" and req.get("password") == "app-pass":
                    return self.send(200, b'{"accessJwt":"test-jwt","refreshJwt":"r","handle":"tester.example"}',
                                     [("Content-Type", "application/json")])
                return self.send(401, b'{"error":"AuthenticationRequired"}\n')
            return self.send(404, b"no such route\n")

    return Handler


def gen_feed(n, items):
    out = ["<?xml version='1.0' encoding='UTF-8'?>\n<rss version='2.0'><channel>",
           "<title>Feed %d</title><link>http://127.0.0.1/feed/%d</link>" % (n, n)]
    for i in range(items):
        out.append("<item><title>Item %d of feed %d</title><link>http://127.0.0.1/feed/%d/%d</link>"
                   "<guid>feed-%d-item-%d</guid><pubDate>Mon, 02 Nov 2026 %02d:%02d:00 GMT</pubDate>"
                   "<description>&lt;p&gt;Une mention de la marque Nuvia, num&#233;ro %d, avec un peu "
                   "de texte autour pour avoir la taille d'un vrai billet de blog.&lt;/p&gt;"
                   "</description></item>" % (i, n, n, i, n, i, (i // 60) % 24, i % 60, i))
    out.append("</channel></rss>\n")
    return "".join(out).encode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--shared", default="")
    ap.add_argument("--bsky-file", default="")
    ap.add_argument("--bsky-profiles", default="")
    ap.add_argument("--log", default=os.devnull)
    ap.add_argument("--lifetime", type=float, default=60)
    opts = ap.parse_args()
    state = {"lock": threading.Lock(), "keys": set()}
    srv = Server(("127.0.0.1", 0), make_handler(opts, state))
    print(srv.server_address[1], flush=True)
    timer = threading.Timer(opts.lifetime, srv.shutdown)
    timer.daemon = True
    timer.start()
    try:
        srv.serve_forever(poll_interval=0.2)
    finally:
        srv.server_close()


if __name__ == "__main__":
    sys.exit(main())
