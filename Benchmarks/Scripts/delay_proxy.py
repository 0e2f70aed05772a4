#!/usr/bin/env python3
"""A loopback HTTP proxy that holds every reply DELAY seconds, as a round trip to an AWS region would.

Each connection gets its own thread, so requests sent at once wait side by side (a reply is held
after the upstream answered, and holds no lock). Loopback only: it listens on 127.0.0.1 and
forwards only to a 127.0.0.1 upstream. Bounded: at most --max-connections at once, and it exits
after --seconds. Headers (Host included, so signatures still match) and bodies pass unchanged.
Prints one JSON line with its port, then serves.

    python3 Benchmarks/Scripts/delay_proxy.py --upstream http://127.0.0.1:4566 --delay 0.04
"""
import argparse
import http.client
import http.server
import json
import socket
import sys
import threading
import time
import urllib.parse

class NoDelayConnection(http.client.HTTPConnection):
    """An upstream connection that sends each write at once (no Nagle delay), reconnects included."""

    def connect(self):
        super().connect()
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upstream", required=True)
    parser.add_argument("--delay", type=float, default=0.04)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--max-connections", type=int, default=64)
    args = parser.parse_args()
    upstream = urllib.parse.urlsplit(args.upstream)
    if upstream.hostname not in ("127.0.0.1", "localhost"):
        raise SystemExit("delay_proxy.py: the upstream must be on loopback")
    slots = threading.BoundedSemaphore(args.max_connections)
    local = threading.local()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self):
            super().setup()
            # Without TCP_NODELAY, the reply's second write on a reused connection waits for the
            # client's delayed ACK (about 40 ms on Linux): every reply after the first on a
            # connection would be held ~80 ms, not the 40 asked for.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, *_):
            pass

        def forward(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            if getattr(local, "connection", None) is None:
                local.connection = NoDelayConnection(upstream.hostname, upstream.port, timeout=30)
            connection = local.connection
            try:
                connection.putrequest(self.command, self.path, skip_host=True, skip_accept_encoding=True)
                for name, value in self.headers.items():
                    if name.lower() not in HOP_BY_HOP:
                        connection.putheader(name, value)
                connection.endheaders(body)
                reply = connection.getresponse()
                data = reply.read()
            except (OSError, http.client.HTTPException):
                connection.close()
                local.connection = None
                raise
            time.sleep(args.delay)
            # send_response_only: the upstream's Date and Server pass as they are, not the proxy's
            # own (a simulator's clock may run ahead of the wall clock).
            self.log_request(reply.status)
            self.send_response_only(reply.status, reply.reason)
            for name, value in reply.getheaders():
                if name.lower() not in HOP_BY_HOP and name.lower() != "content-length":
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = forward

    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 128  # the default 5 drops SYNs when a dozen calls open at once (a 1 s retry)

        def process_request(self, request, client_address):
            if not slots.acquire(timeout=5):
                self.shutdown_request(request)
                return
            super().process_request(request, client_address)

        def process_request_thread(self, request, client_address):
            try:
                super().process_request_thread(request, client_address)
            finally:
                slots.release()

    server = Server(("127.0.0.1", 0), Handler)
    print(json.dumps({"port": server.server_address[1]}), flush=True)
    threading.Timer(args.seconds, server.shutdown).start()
    server.serve_forever()
    sys.exit(0)


if __name__ == "__main__":
    main()
