#!/usr/bin/python3
"""A loopback http-json lead source (SPEC §7) for the lead-source tests, with scripted faults.

Prints "PORT <n>" once listening on 127.0.0.1 (a free port), then one line per request:
  REQUEST <path> auth=<ok|missing|wrong> q=<q> limit=<limit>
Every line is flushed at once so the test can follow along.

With --key KEY every path checks "Authorization: Bearer KEY" first and answers 401 otherwise.

Paths (the client keeps the endpoint's own query items, so they can carry options):
  /leads             200 {"leads": [...]}: min(limit, count) leads; ?count=N (default 25),
                     ?prefix=P (address prefix, default "lead"), ?domain=D (default acme.example),
                     ?scores=1 (each lead carries a source score)
  /leads-mixed       200 with 6 records: 3 valid, one bad address, one that is not an object,
                     one whose firstName is a number
  /status/<code>     answers with that HTTP status and a small body
  /slow              sleeps --slow-seconds (default 30) before answering
  /malformed         200 with truncated JSON
  /oversized         200, streams --oversize-bytes (default 8 MB) of JSON, no Content-Length
  /oversized-declared  200 with a Content-Length of 1 GB, then a short body
  /wrong-shape       200 with {"leads": {...}} (an object, not an array)
  /not-object        200 with a JSON array at the top level
  /redirect          302 to /leads on the same server
"""
import argparse
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

TITLES = ["CEO", "VP Sales", "Head of Growth", "Director of IT", "Marketing Manager",
          "Software Engineer"]
FIRST = ["Ada", "Ben", "Cleo", "Dev", "Eva", "Finn", "Gus", "Hana"]
LAST = ["Stone", "Rivera", "Okafor", "Lind", "Moreau", "Tanaka", "Berg", "Costa"]


def emit(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def make_leads(n, prefix, domain, scores):
    leads = []
    for i in range(n):
        lead = {
            "email": f"{prefix}{i + 1}@{domain}",
            "firstName": FIRST[i % len(FIRST)],
            "lastName": LAST[i % len(LAST)],
            "company": f"Company {i % 7 + 1}",
            "title": TITLES[i % len(TITLES)],
        }
        if scores:
            lead["score"] = 40 + (i * 7) % 61
        leads.append(lead)
    return leads


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # keep stdout for events only
        pass

    def send_json(self, status, payload):
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        opt = lambda name, default: query.get(name, [default])[-1]
        auth = self.headers.get("Authorization")
        key = self.server.key
        if auth is None:
            auth_state = "missing"
        elif key is not None and auth != f"Bearer {key}":
            auth_state = "wrong"
        else:
            auth_state = "ok"
        emit(f"REQUEST {url.path} auth={auth_state} q={opt('q', '')} limit={opt('limit', '')}")
        if key is not None and auth_state != "ok":
            return self.send_json(401, {"error": "unauthorized"})
        limit = int(opt("limit", "50") or 50)
        path = url.path
        try:
            if path == "/leads":
                n = min(limit, int(opt("count", "25")))
                leads = make_leads(n, opt("prefix", "lead"), opt("domain", "acme.example"),
                                   opt("scores", "0") == "1")
                return self.send_json(200, {"leads": leads})
            if path == "/leads-mixed":
                leads = make_leads(3, opt("prefix", "mixed"), "acme.example", False)
                leads += [{"email": "not-an-address", "firstName": "Bad"},
                          "just a string",
                          {"email": "typed@acme.example", "firstName": 42}]
                return self.send_json(200, {"leads": leads})
            if path.startswith("/status/"):
                return self.send_json(int(path.split("/")[2]), {"error": "scripted"})
            if path == "/slow":
                time.sleep(self.server.slow_seconds)
                return self.send_json(200, {"leads": []})
            if path == "/malformed":
                return self.send_json(200, b'{"leads": [{"email": "a@acme.example", "firstN')
            if path == "/oversized":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                self.wfile.write(b'{"leads": [')
                chunk = json.dumps(make_leads(1, "big", "acme.example", False)[0]).encode()
                chunk = (chunk + b",") * 1000
                sent = 0
                while sent < self.server.oversize_bytes:
                    self.wfile.write(chunk)
                    sent += len(chunk)
                self.wfile.write(b'{"email": "last@acme.example"}]}')
                return
            if path == "/oversized-declared":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(1 << 30))
                self.end_headers()
                self.close_connection = True
                self.wfile.write(b'{"leads": []}')
                return
            if path == "/wrong-shape":
                return self.send_json(200, {"leads": {"email": "a@acme.example"}})
            if path == "/not-object":
                return self.send_json(200, [{"email": "a@acme.example"}])
            if path == "/redirect":
                self.send_response(302)
                self.send_header("Location", "/leads")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            return self.send_json(404, {"error": "no such path"})
        except (BrokenPipeError, ConnectionResetError):
            # The client stopped reading (oversized answers, timeouts): that is the point.
            self.close_connection = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--key")
    parser.add_argument("--slow-seconds", type=float, default=30.0)
    parser.add_argument("--oversize-bytes", type=int, default=8 * 1024 * 1024)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.key = args.key
    server.slow_seconds = args.slow_seconds
    server.oversize_bytes = args.oversize_bytes
    emit(f"PORT {server.server_address[1]}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
