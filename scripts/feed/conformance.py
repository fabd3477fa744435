#!/usr/bin/env python3
"""Checks scrm's feed parser against feedparser's test corpus.

Usage: conformance.py [-v] [--min-rate R] [--opml] DRIVER CORPUS_DIR

Every corpus file opens with a comment holding `Expect:` (a Python expression
over feedparser's result) and optional `Header:` lines (HTTP headers). The
driver (build/feedparse, or anything with its interface: `DRIVER -i -b URL
[-c CHARSET] FILE` printing mentions and a last {"feed": ...} line) is run on
each file under `timeout 5`.

An expectation is split at its top-level `and`s; each part is one check.
Parts about `bozo` (feedparser's ill-formedness flag) are dropped. A part is
*mappable* when everything it reads has a counterpart in a mention:

    entries[i]['title'], ['title_detail']['value']       -> title
    entries[i]['summary'|'description'], ['summary_detail']['value'],
      ['content'][j]['value']                             -> text (plain)
    entries[i]['link']                                    -> url
    entries[i]['id'|'guid']                               -> id minus "feed:"
    entries[i]['author'], ['author_detail']['name'|'href'] -> author.name, .url
    entries[i]['published_parsed'|'updated_parsed'|'created_parsed']
                                                          -> created_at
    feed['title'], ['title_detail']['value']              -> channel

Anything else (links lists, tags, enclosures, e-mail addresses, raw date
strings, encodings, HTTP data) is not mappable and not counted. feedparser
keeps sanitised HTML where scrm keeps plain text, so a text value passes when
it equals the expected value, or the expected value's text as Python's own
html.parser sees it (white space folded on both sides).

A file that crashes the driver or makes it time out is a failure, whatever
its expectations. Prints the figures; exits 1 on a crash/hang or when the
pass rate is below --min-rate.

With --opml the corpus is listparser's (`Eval:` lines over result, driver
run as `DRIVER -O FILE`): result['feeds'][i]['url'|'title'], len(result['feeds']),
result['meta']['title'] map directly; ['categories'] is the group split at
"/" (one category: scrm keeps one group per feed); tags, lists,
opportunities, dates and the rest are not mappable.
"""
import ast
import calendar
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import time


class Unmappable(Exception):
    pass


BLOCK = {'p', 'br', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol',
         'blockquote', 'pre', 'table', 'hr', 'dt', 'dd'}
DROP = {'script', 'style', 'template', 'head', 'noscript', 'iframe', 'object', 'svg',
        'math', 'textarea', 'select'}


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in DROP:
            self.skip += 1
        elif tag in BLOCK or tag in ('td', 'th', 'img'):
            self.out.append(' ')

    def handle_endtag(self, tag):
        if tag in DROP and self.skip:
            self.skip -= 1
        elif tag in BLOCK:
            self.out.append(' ')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = _Text()
    p.feed(s)
    p.close()
    return ''.join(p.out)


def fold(s):
    return ' '.join(s.split())


class TextValue(str):
    """A plain-text field compared with a value feedparser may hold as HTML."""

    def __eq__(self, other):
        if not isinstance(other, str):
            return str.__eq__(self, other)
        mine = fold(self)
        if mine == fold(other):
            return True
        try:
            return mine == fold(html_text(other))
        except Exception:
            return False

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = str.__hash__


class AuthorValue(TextValue):
    """Author name; feedparser's "Name (email)" forms are not mappable (no e-mail in a mention)."""

    def __eq__(self, other):
        if isinstance(other, str) and '@' in other:
            raise Unmappable('author e-mail')
        return TextValue.__eq__(self, other)

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = str.__hash__


class Proxy(object):
    """Dict-like view that answers mappable keys and raises Unmappable for the rest."""

    def __init__(self, fields):
        self.fields = fields

    def __getitem__(self, key):
        if key not in self.fields:
            raise Unmappable(key)
        v = self.fields[key]
        if callable(v):
            return v()
        return v

    def __getattr__(self, key):
        if key.startswith('__'):
            raise AttributeError(key)
        return self[key]

    def get(self, key, default=None):
        raise Unmappable('get')

    def has_key(self, key):
        raise Unmappable('has_key')

    def __contains__(self, key):
        raise Unmappable('in')


def parsed_time(s):
    if s is None:
        return None
    t = calendar.timegm(time.strptime(s, '%Y-%m-%dT%H:%M:%SZ'))
    return time.gmtime(t)


def text_of(v):
    return TextValue(v if v is not None else '')


def entry_proxy(m):
    author = m.get('author') or {}
    title = text_of(m.get('title'))
    text = text_of(m.get('text'))
    ident = m.get('id')
    if ident is not None and ident.startswith('feed:'):
        ident = ident[5:]
    if ident is not None and ident.startswith('sha256:'):
        ident = None   # made up by scrm: feedparser has no id there
    date = parsed_time(m.get('created_at'))
    return Proxy({
        'title': title,
        'title_detail': Proxy({'value': title}),
        'summary': text,
        'description': text,
        'summary_detail': Proxy({'value': text}),
        'content': [Proxy({'value': text})],
        'link': m.get('url'),
        'id': ident,
        'guid': ident,
        'author': AuthorValue(author.get('name') or ''),
        'author_detail': Proxy({'name': AuthorValue(author.get('name') or ''),
                                'href': author.get('url')}),
        'published_parsed': date,
        'updated_parsed': date,
        'created_parsed': date,
    })


def feed_proxy(info):
    title = text_of(info.get('title'))
    return Proxy({
        'title': title,
        'title_detail': Proxy({'value': title}),
    })


class Env(dict):
    """Globals for eval: the names feedparser's result has; unknown ones are unmappable."""

    def __missing__(self, key):
        raise Unmappable(key)


def read_header(path):
    with open(path, 'rb') as f:
        head = f.read(4096)
    for enc in ('utf-8', 'utf-16', 'utf-32', 'latin-1'):
        try:
            text = head.decode(enc)
            if 'Expect:' in text:
                break
        except UnicodeDecodeError:
            continue
    else:
        return None, {}
    m = re.search(r'Expect:\s*(.*?)\s*(?:\n|-->|"\s*,?\s*$)', text, re.S)
    if not m:
        return None, {}
    expect = m.group(1).strip()
    headers = {}
    for hm in re.finditer(r'Header:\s*([^:\n]+):\s*([^\n]*)', text):
        headers[hm.group(1).strip().lower()] = hm.group(2).strip()
    return expect, headers


def charset_of(headers):
    ct = headers.get('content-type')
    if not ct:
        return None
    m = re.search(r'charset\s*=\s*["\']?\s*([^"\';\s]+)', ct, re.I)
    return m.group(1) if m else None


def opml_env(lines):
    feeds = []
    meta = {}
    for l in lines:
        if 'opml' in l:
            meta = l['opml']
            continue
        group = l.get('group')
        feeds.append(Proxy({
            'url': l.get('url'),
            'title': l.get('title') or '',
            'categories': [group.split('/')] if group else [],
        }))
    result = Proxy({'feeds': feeds, 'meta': Proxy({'title': meta.get('title') or ''})})
    return Env(result=result, len=len)


def read_evals(path):
    with open(path, 'rb') as f:
        text = f.read(8192).decode('utf-8', 'replace')
    evals = [m.group(1).strip() for m in re.finditer(r'Eval:\s*(.*)', text)]
    return [e for e in evals if not re.search(r"\['bozo'\]|\[\"bozo\"\]", e)]


def main_opml(driver, corpus, verbose):
    stats = {'files': 0, 'crash': 0, 'mappable': 0, 'passed': 0, 'checks': 0}
    fails = []
    for root, _, names in os.walk(corpus):
        if os.sep + 'rdf' in root:
            continue   # FOAF/RDF blogrolls: not OPML, not supported
        for n in sorted(names):
            if not n.endswith(('.xml', '.opml')):
                continue
            path = os.path.join(root, n)
            stats['files'] += 1
            p = subprocess.run(['timeout', '5', driver, '-O', path], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
            if p.returncode not in (0, 1, 3) or b'Sanitizer' in p.stderr or b'runtime error' in p.stderr:
                stats['crash'] += 1
                fails.append((path, 'CRASH/HANG rc=%d' % p.returncode))
                continue
            env = opml_env([json.loads(l) for l in p.stdout.decode('utf-8').splitlines() if l.strip()])
            for e in read_evals(path):
                stats['checks'] += 1
                try:
                    ok = bool(eval(e, env))
                except Unmappable:
                    continue
                except (IndexError, KeyError, TypeError, AttributeError, SyntaxError, NameError):
                    ok = False
                stats['mappable'] += 1
                stats['passed'] += ok
                if not ok:
                    fails.append((os.path.relpath(path, corpus), e))
    if verbose:
        for f in fails:
            print('FAIL %s: %s' % f)
    m = stats['mappable']
    print('opml conformance: %d files, %d crashes; %d checks, %d mappable, %d passed, %d failed: %.1f%%'
          % (stats['files'], stats['crash'], stats['checks'], m, stats['passed'], m - stats['passed'],
             100.0 * stats['passed'] / m if m else 0))
    return stats, (100.0 * stats['passed'] / m if m else 0)


def conjuncts(expr):
    tree = ast.parse(expr, mode='eval').body
    if isinstance(tree, ast.BoolOp) and isinstance(tree.op, ast.And):
        parts = tree.values
    else:
        parts = [tree]
    out = []
    for p in parts:
        src = ast.unparse(p) if hasattr(ast, 'unparse') else None
        if src is None:
            raise Unmappable('old python')
        if re.fullmatch(r'(not\s+)?bozo', src.strip()):
            continue
        out.append((src, compile(ast.Expression(p), '<expect>', 'eval')))
    return out


def run_batch(driver, jobs):
    """Runs the driver once over all jobs (path, base, charset) with -B.

    Returns ({path: (lines, None)}, stderr, returncode); files the process did not
    get to (a crash or a hang kills it) are simply missing."""
    inp = ''.join('%s\t%s\t%s\n' % (p, b, c or '') for p, b, c in jobs).encode()
    try:
        p = subprocess.run([driver, '-B'], input=inp, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=1800)
        out, err, rc = p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        out, err, rc = e.stdout or b'', e.stderr or b'', 124
    results = {}
    pending = []
    for line in out.decode('utf-8', 'replace').splitlines():
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            continue   # a line cut short by a crash
        if 'feed' in obj and 'file' in obj['feed']:
            results[obj['feed']['file']] = pending + [obj]
            pending = []
        else:
            pending.append(obj)
    return results, err, rc


def run(driver, path, base, charset):
    cmd = ['timeout', '5', driver, '-i', '-b', base]
    if charset:
        cmd += ['-c', charset]
    cmd.append(path)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout, p.stderr


def main(argv):
    verbose = '-v' in argv
    argv = [a for a in argv if a != '-v']
    min_rate = None
    if '--min-rate' in argv:
        i = argv.index('--min-rate')
        min_rate = float(argv[i + 1])
        del argv[i:i + 2]
    opml = '--opml' in argv
    argv = [a for a in argv if a != '--opml']
    if len(argv) != 2:
        sys.stderr.write(__doc__)
        return 2
    driver, corpus = argv
    if opml:
        stats, rate = main_opml(driver, corpus, verbose)
        if stats['crash'] or (min_rate is not None and rate < min_rate):
            return 1
        return 0
    files = []
    for root, _, names in os.walk(corpus):
        for n in names:
            if n.endswith(('.xml', '.json', '.rdf', '.atom', '.rss')):
                files.append(os.path.join(root, n))
    files.sort()
    stats = {'files': 0, 'crash': 0, 'hang': 0, 'checks': 0, 'mappable': 0, 'passed': 0}
    failures = []
    jobs = []
    expects = {}
    for path in files:
        expect, headers = read_header(path)
        rel = os.path.relpath(path, corpus)
        base = 'http://127.0.0.1:8097/tests/' + rel
        if headers.get('content-location'):
            base = headers['content-location']   # where the server says the document is
        jobs.append((path, base, charset_of(headers)))
        expects[path] = expect
    results, berr, brc = run_batch(driver, jobs)
    sanitizer = b'Sanitizer' in berr or b'runtime error' in berr
    if sanitizer and len(results) == len(jobs):
        stats['crash'] += 1   # e.g. a leak report at exit: not tied to one file
        failures.append(('(all files)', 'SANITIZER', berr.decode('utf-8', 'replace')[:600]))
    for path, base, charset in jobs:
        rel = os.path.relpath(path, corpus)
        expect = expects[path]
        stats['files'] += 1
        if path in results:
            lines = results[path]
        else:
            # the batch died before or on this file: run it alone to know what happened
            rc, out, err = run(driver, path, base, charset)
            if rc == 124:
                stats['hang'] += 1
                failures.append((rel, 'HANG', ''))
                continue
            if rc not in (0, 1, 3) or b'Sanitizer' in err or b'runtime error' in err:
                stats['crash'] += 1
                failures.append((rel, 'CRASH rc=%d' % rc, err.decode('utf-8', 'replace')[:300]))
                continue
            lines = [json.loads(l) for l in out.decode('utf-8').splitlines() if l.strip()]
        if not expect:
            continue
        info = lines[-1]['feed'] if lines and 'feed' in lines[-1] else {}
        mentions = [l for l in lines if 'feed' not in l]
        env = Env(entries=[entry_proxy(m) for m in mentions], feed=feed_proxy(info),
                  len=len, ord=ord, datetime=__import__('datetime'), time=time)
        try:
            parts = conjuncts(expect)
        except (SyntaxError, Unmappable, ValueError):
            continue
        for src, code in parts:
            stats['checks'] += 1
            try:
                ok = bool(eval(code, env))
            except Unmappable:
                continue
            except (IndexError, KeyError, TypeError, AttributeError):
                ok = False
            stats['mappable'] += 1
            if ok:
                stats['passed'] += 1
            else:
                failures.append((rel, src, json.dumps(mentions[:1], ensure_ascii=False)[:300]))
    rate = stats['passed'] / stats['mappable'] if stats['mappable'] else 0.0
    if verbose:
        for f in failures:
            print('FAIL %s: %s\n     got %s' % f)
    print('feed conformance: %d files, %d crashes, %d hangs; %d checks, %d mappable, %d passed, '
          '%d failed: %.1f%%' % (stats['files'], stats['crash'], stats['hang'], stats['checks'],
                                 stats['mappable'], stats['passed'], stats['mappable'] - stats['passed'],
                                 100 * rate))
    if stats['crash'] or stats['hang']:
        for f in failures:
            if f[1].startswith(('CRASH', 'HANG', 'SANITIZER')):
                print('%s: %s %s' % f)
        return 1
    if min_rate is not None and 100 * rate < min_rate:
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
