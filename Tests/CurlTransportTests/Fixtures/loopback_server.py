#!/usr/bin/env python3
"""A loopback HTTP/1.1 server for CurlTransport's tests (stdlib only).

Binds 127.0.0.1 on a free port, prints the port on stdout, then serves until killed or until its
stdin closes (so it never outlives the test process).
Every reply carries `X-Connection-Id`, the serial number of the TCP connection it was sent on.
With `--tls CERT KEY` it serves HTTPS with that certificate instead.

Routes:
  /echo               method, path, headers (in order) and base64 body as JSON
  /status/N           status N
  /delay/SECONDS      replies after SECONDS
  /hang               never replies (counted in /stats)
  /count-connections  the number of TCP connections accepted so far
  /concurrency        waits until TARGET requests are in flight (query `target`, default 20) or
                      one second passed, then replies; records the largest number in flight
  /stats              {"max_in_flight": N, "connections": N, "hanging": N}
  /big                8 MiB of bytes i % 251
  /truncated          declares 1000 bytes, sends 10, closes
  /headers            repeated response headers (after a 100 Continue with its own header when
                      the request says `Expect: 100-continue`)
"""
import base64
import json
import os
import signal
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

BIG_SIZE = 8 * 1024 * 1024

lock = threading.Condition()
connections = 0
in_flight = 0
max_in_flight = 0
hanging = 0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without TCP_NODELAY the second waits ~40 ms
    # for the client's delayed ACK.
    disable_nagle_algorithm = True

    def setup(self):
        global connections
        super().setup()
        with lock:
            connections += 1
            self.connection_id = connections

    def log_message(self, format, *args):
        pass

    def handle_expect_100(self):
        # An interim reply with its own header, which the client must not report.
        self.wfile.write(b"HTTP/1.1 100 Continue\r\nX-Interim: yes\r\n\r\n")
        self.wfile.flush()
        return True

    def do_GET(self):
        self.route()

    def do_HEAD(self):
        self.route()

    def do_POST(self):
        self.route()

    def do_PUT(self):
        self.route()

    def do_DELETE(self):
        self.route()

    def do_PATCH(self):
        self.route()

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def reply(self, status, body=b"", headers=(), content_type="application/json"):
        self.send_response(status)
        self.send_header("X-Connection-Id", str(self.connection_id))
        self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def route(self):
        global in_flight, max_in_flight, hanging
        body = self.read_body()
        parts = urlsplit(self.path)
        path = parts.path
        query = parse_qs(parts.query)
        if path == "/echo":
            reply = {
                "method": self.command,
                "path": self.path,
                "headers": [[name, value] for name, value in self.headers.items()],
                "body": base64.b64encode(body).decode(),
            }
            self.reply(200, json.dumps(reply).encode())
        elif path.startswith("/status/"):
            status = int(path.rsplit("/", 1)[1])
            self.reply(status, b"" if status in (204, 304) else f"status {status}".encode())
        elif path.startswith("/delay/"):
            time.sleep(float(path.rsplit("/", 1)[1]))
            self.reply(200, b"delayed")
        elif path == "/hang":
            with lock:
                hanging += 1
            time.sleep(3600)
        elif path == "/count-connections":
            with lock:
                count = connections
            self.reply(200, str(count).encode(), content_type="text/plain")
        elif path == "/concurrency":
            target = int(query.get("target", ["20"])[0])
            with lock:
                in_flight += 1
                max_in_flight = max(max_in_flight, in_flight)
                lock.notify_all()
                lock.wait_for(lambda: max_in_flight >= target, timeout=1.0)
                in_flight -= 1
            self.reply(200, b"ok", content_type="text/plain")
        elif path == "/stats":
            with lock:
                stats = {"max_in_flight": max_in_flight, "connections": connections, "hanging": hanging}
            self.reply(200, json.dumps(stats).encode())
        elif path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(BIG_SIZE))
            self.end_headers()
            pattern = bytes(i % 251 for i in range(251 * 1024))
            sent = 0
            while sent < BIG_SIZE:
                chunk = pattern[: min(len(pattern), BIG_SIZE - sent)]
                self.wfile.write(chunk)
                sent += len(chunk)
        elif path == "/truncated":
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b"0123456789")
            self.wfile.flush()
            self.close_connection = True
        elif path == "/headers":
            self.reply(200, b"{}", headers=[("Set-Cookie", "a=1"), ("X-Multi", "first"),
                                             ("Set-Cookie", "b=2"), ("X-Multi", "second")])
        else:
            self.reply(404, b"no such route", content_type="text/plain")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


def exit_when_parent_goes():
    """Exits once stdin reaches end of file: the test closed it or died."""
    sys.stdin.buffer.read()
    os._exit(0)


def main():
    # The parent may have blocked signals (libdispatch threads do); the child inherits the mask.
    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    threading.Thread(target=exit_when_parent_goes, daemon=True).start()
    server = Server(("127.0.0.1", 0), Handler)
    if len(sys.argv) == 4 and sys.argv[1] == "--tls":
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(sys.argv[2], sys.argv[3])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
