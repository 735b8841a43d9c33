#!/usr/bin/env python3
"""A deliberately broken IMAP server on loopback, for testing that a client fails cleanly.

It behaves like a plain-text IMAP4rev1 server (greeting, CAPABILITY, LOGIN/AUTHENTICATE,
SELECT/EXAMINE, UID SEARCH) until the step named by --mode, where it sends hostile data:

  huge-literal     UID FETCH answers with a literal announced as 99999999999 bytes, then sends
                   a trickle of bytes and never finishes it
  broken-quote     UID FETCH answers with a quoted string that is never closed before CRLF
  bad-escape       UID FETCH answers with a quoted string holding an invalid escape (\\x)
  deep-nesting     UID FETCH answers with 10000 nested parentheses
  endless-line     UID FETCH answers with an endless line without CRLF
  greeting-literal the greeting itself announces a 2^60-byte literal
  stall            after the greeting, never answers anything
  bye              answers LOGIN with an untagged BYE and closes

Prints "PORT <n>" on stdout once listening. Each connection is logged as "CONNECT".
"""
import argparse
import socket
import socketserver
import sys
import threading
import time


class Handler(socketserver.StreamRequestHandler):
    def send(self, data):
        self.wfile.write(data)
        self.wfile.flush()

    def handle(self):
        mode = self.server.mode
        print("CONNECT", flush=True)
        try:
            if mode == "greeting-literal":
                self.send(b"* OK {1152921504606846976}\r\n")
                self.trickle()
                return
            self.send(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] hostile server ready\r\n")
            if mode == "stall":
                self.trickle(send=False)
                return
            while True:
                line = self.rfile.readline()
                if not line:
                    return
                parts = line.rstrip(b"\r\n").split(b" ")
                tag = parts[0]
                command = b" ".join(parts[1:3]).upper()
                verb = parts[1].upper() if len(parts) > 1 else b""
                if verb == b"CAPABILITY":
                    self.send(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\n" + tag +
                              b" OK done\r\n")
                elif verb in (b"LOGIN", b"AUTHENTICATE"):
                    if mode == "bye":
                        self.send(b"* BYE going away now\r\n")
                        return
                    self.send(tag + b" OK logged in\r\n")
                elif verb in (b"SELECT", b"EXAMINE"):
                    self.send(b"* 1 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 2] ok\r\n" +
                              tag + b" OK [READ-ONLY] done\r\n")
                elif command == b"UID SEARCH":
                    self.send(b"* SEARCH 1\r\n" + tag + b" OK done\r\n")
                elif command == b"UID FETCH":
                    self.hostile_fetch(tag, mode)
                    return
                elif verb == b"LOGOUT":
                    self.send(b"* BYE bye\r\n" + tag + b" OK done\r\n")
                    return
                else:
                    self.send(tag + b" BAD unknown\r\n")
        except (BrokenPipeError, ConnectionResetError):
            return

    def hostile_fetch(self, tag, mode):
        if mode == "huge-literal":
            self.send(b"* 1 FETCH (UID 1 RFC822.SIZE 10 BODY[HEADER]<0> {99999999999}\r\n")
            self.trickle()
        elif mode == "broken-quote":
            self.send(b'* 1 FETCH (UID 1 RFC822.SIZE 10 BODY[HEADER]<0> "Subject: hi\r\n' +
                      tag + b" OK done\r\n")
            self.trickle(send=False)
        elif mode == "bad-escape":
            self.send(b'* 1 FETCH (UID 1 BODY[HEADER]<0> "Subject: \\x41")\r\n' + tag +
                      b" OK done\r\n")
            self.trickle(send=False)
        elif mode == "deep-nesting":
            self.send(b"* 1 FETCH (UID 1 BODYSTRUCTURE " + b"(" * 10000 + b")" * 10000 +
                      b")\r\n" + tag + b" OK done\r\n")
            self.trickle(send=False)
        elif mode == "endless-line":
            self.send(b"* 1 FETCH (UID 1 BODY[HEADER]<0> \"")
            chunk = b"A" * 65536
            for _ in range(200):  # 13 MB without a line end
                self.send(chunk)
            self.trickle(send=False)
        else:
            self.send(tag + b" OK nothing\r\n")

    def trickle(self, send=True):
        # Keeps the connection open (and, with send, slowly busy) until the client leaves.
        for _ in range(600):
            time.sleep(0.1)
            if send:
                self.send(b"x")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", required=True)
    args = parser.parse_args()
    server = Server(("127.0.0.1", 0), Handler)
    server.mode = args.mode
    print("PORT", server.server_address[1], flush=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        for line in sys.stdin:
            pass
    except KeyboardInterrupt:
        pass
    server.shutdown()


if __name__ == "__main__":
    main()
