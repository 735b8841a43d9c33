#!/usr/bin/python3
"""Parses a message with Python's own `email` package and prints what a mail reader would see,
as JSON, so the C++ tests check our MIME output against an independent implementation.

usage: parse_eml.py FILE     (or "-" to read standard input)
"""
import email
import email.policy
import email.utils
import json
import re
import sys

ENCODED_WORD = re.compile(rb"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


def addresses(header):
    if header is None:
        return []
    return [{"display_name": a.display_name, "username": a.username, "domain": a.domain,
             "addr_spec": a.addr_spec} for a in header.addresses]


def main():
    raw = sys.stdin.buffer.read() if sys.argv[1] == "-" else open(sys.argv[1], "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    head = raw.split(b"\r\n\r\n", 1)[0]
    lines = raw.split(b"\r\n")
    out = {
        "headers": [[k, str(v)] for k, v in msg.items()],
        "raw_header_lines": [l.decode("latin-1") for l in head.split(b"\r\n")],
        "encoded_words": [w.decode("latin-1") for w in ENCODED_WORD.findall(head)],
        "defects": [type(d).__name__ for d in msg.defects],
        "max_line_length": max(len(l) for l in lines),
        "bare_lf": b"\n" in raw.replace(b"\r\n", b""),
        "bare_cr": b"\r" in raw.replace(b"\r\n", b""),
        "seven_bit": all(b < 128 for b in raw),
        "content_type": msg.get_content_type(),
        "from": addresses(msg["From"]),
        "to": addresses(msg["To"]),
        "parts": [],
        "text": None,
        "html": None,
    }
    if msg["Date"] is not None:
        out["date_epoch"] = msg["Date"].datetime.timestamp()
    for part in msg.walk():
        if part.is_multipart():
            continue
        content = part.get_content()
        if isinstance(content, str):  # as a reader shows it: line ends are just line ends
            content = content.replace("\r\n", "\n")
        for d in part.defects:
            out["defects"].append(type(d).__name__)
        out["parts"].append({"content_type": part.get_content_type(),
                             "charset": part.get_content_charset(),
                             "cte": part.get("Content-Transfer-Encoding"),
                             "content": content})
        if part.get_content_type() == "text/plain" and out["text"] is None:
            out["text"] = content
        if part.get_content_type() == "text/html" and out["html"] is None:
            out["html"] = content
    for k, v in msg.items():
        for d in getattr(v, "defects", []):
            out["defects"].append("%s: %s" % (k, type(d).__name__))
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
