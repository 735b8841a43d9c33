#!/usr/bin/python3
"""A real SMTP server (aiosmtpd) for the mail tests, with scripted failures.

Prints "PORT <n>" once listening on 127.0.0.1, then one line per event:
  CONNECT <n>            a client connected (n counts connections, 1-based)
  AUTH <user> ok|fail    an AUTH attempt
  MESSAGE <path>         a message was accepted and written to <path> (.eml, plus .json envelope)
  DROP <where>           the connection was dropped on purpose
  RSET / QUIT            the client sent RSET / QUIT
Every line is flushed at once so the test can follow along.

Scripted replies match a recipient address by substring ("*" matches all):
  --rcpt-reply 'bad@=550 5.1.1 No such user'   answer RCPT TO with this reply
  --data-reply '*=451 4.3.0 Try again later'   answer the end of the data with this reply
  --mail-reply '421 4.3.2 Shutting down'        answer every MAIL FROM with this reply
  --drop-mid-data PATTERN    after 354, read one line of the message and close the connection
  --drop-after-data PATTERN  read the whole message, then close without replying
  --stall rcpt|data|dataend  never answer that step (the client must time out)
  --starttls-inject          send a forged plaintext reply right behind "220" to STARTTLS, as a
                             man in the middle would; a client must discard it (RFC 3207 6)
"""
import argparse
import asyncio
import json
import os
import ssl
import sys

from asyncio import sslproto

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def emit(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def parse_rules(values):
    rules = []
    for value in values or []:
        pattern, _, reply = value.partition("=")
        rules.append((pattern, reply))
    return rules


def matches(pattern, addresses):
    return any(pattern == "*" or pattern in a for a in addresses)


class State:
    connections = 0
    messages = 0


class Handler:
    def __init__(self, args):
        self.args = args
        self.rcpt_rules = parse_rules(args.rcpt_reply)
        self.data_rules = parse_rules(args.data_reply)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if not self.args.no_pipelining:
            responses.insert(len(responses) - 1, "250-PIPELINING")
        return responses

    async def handle_RSET(self, server, session, envelope):
        emit("RSET")
        return "250 OK"

    async def handle_QUIT(self, server, session, envelope):
        emit("QUIT")
        return "221 Bye"

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.args.mail_reply:
            return self.args.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.args.stall == "rcpt":
            await asyncio.sleep(3600)
        for pattern, reply in self.rcpt_rules:
            if matches(pattern, [address]):
                return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.args.stall == "dataend":
            await asyncio.sleep(3600)
        if self.args.drop_after_data and matches(self.args.drop_after_data, envelope.rcpt_tos):
            emit("DROP after-data")
            server.transport.abort()
            return "250 never sent"
        for pattern, reply in self.data_rules:
            if matches(pattern, envelope.rcpt_tos):
                return reply
        State.messages += 1
        base = os.path.join(self.args.out, "%06d" % State.messages)
        with open(base + ".json.tmp", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                       "mail_options": envelope.mail_options,
                       "connection": server.connection_number,
                       "tls": session.ssl is not None,
                       "auth": session.auth_data.login.decode() if session.auth_data else None},
                      f)
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content)
        os.rename(base + ".json.tmp", base + ".json")
        os.rename(base + ".eml.tmp", base + ".eml")
        emit("MESSAGE " + base + ".eml")
        return "250 2.0.0 Ok: queued as %06d" % State.messages


class ScriptedSMTP(SMTP):
    def __init__(self, handler, args, **kwargs):
        super().__init__(handler, **kwargs)
        self.args = args
        self.connection_number = 0

    def connection_made(self, transport):
        first = self.transport is None  # STARTTLS calls this again for the same connection
        super().connection_made(transport)
        if first:
            State.connections += 1
            self.connection_number = State.connections
            emit("CONNECT %d" % State.connections)

    async def smtp_STARTTLS(self, arg):
        if not self.args.starttls_inject or arg or not self.tls_context:
            return await super().smtp_STARTTLS(arg)
        # aiosmtpd's own STARTTLS, with the forged line in the same write as the 220.
        await self.push("220 Ready to start TLS\r\n250 forged reply without extensions")
        waiter = self.loop.create_future()
        self._tls_protocol = sslproto.SSLProtocol(self.loop, self, self.tls_context, waiter,
                                                  server_side=True)
        self._original_transport = self.transport
        self._original_transport.set_protocol(self._tls_protocol)
        self.transport = self._tls_protocol._app_transport
        self._tls_protocol.connection_made(self._original_transport)
        await waiter

    async def smtp_DATA(self, arg):
        if self.args.stall == "data":
            await asyncio.sleep(3600)
        if (self.args.drop_mid_data and self.envelope.rcpt_tos
                and matches(self.args.drop_mid_data, self.envelope.rcpt_tos)):
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            await self._reader.readline()
            emit("DROP mid-data")
            self.transport.abort()
            return
        await super().smtp_DATA(arg)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--tls-cert")
    p.add_argument("--tls-key")
    p.add_argument("--implicit-tls", action="store_true")
    p.add_argument("--auth", help="user:password")
    p.add_argument("--auth-mechanisms", default="LOGIN,PLAIN")
    p.add_argument("--auth-plaintext", action="store_true", help="offer AUTH without TLS")
    p.add_argument("--no-pipelining", action="store_true")
    p.add_argument("--size", type=int, default=33554432)
    p.add_argument("--rcpt-reply", action="append")
    p.add_argument("--data-reply", action="append")
    p.add_argument("--mail-reply")
    p.add_argument("--drop-mid-data")
    p.add_argument("--drop-after-data")
    p.add_argument("--stall", choices=["rcpt", "data", "dataend"])
    p.add_argument("--starttls-inject", action="store_true")
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)

    context = None
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)

    user, password = (args.auth.split(":", 1) + [""])[:2] if args.auth else (None, None)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user
              and auth_data.password.decode() == password)
        emit("AUTH %s %s" % (auth_data.login.decode(errors="replace"), "ok" if ok else "fail"))
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    all_mechanisms = {"LOGIN", "PLAIN"}
    wanted = set(m.strip().upper() for m in args.auth_mechanisms.split(",") if m.strip())
    handler = Handler(args)

    def factory():
        kwargs = dict(hostname="mx.test.example", data_size_limit=args.size,
                      tls_context=None if args.implicit_tls else context,
                      auth_require_tls=not args.auth_plaintext,
                      auth_exclude_mechanism=list(all_mechanisms - wanted))
        if args.auth:
            kwargs.update(authenticator=authenticator, auth_required=True)
        return ScriptedSMTP(handler, args, **kwargs)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(loop.create_server(
        factory, host="127.0.0.1", port=args.port,
        ssl=context if args.implicit_tls else None))
    emit("PORT %d" % server.sockets[0].getsockname()[1])
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
