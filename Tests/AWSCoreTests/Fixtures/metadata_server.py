#!/usr/bin/env python3
"""Loopback stand-in for EC2 instance metadata (IMDSv2), the ECS container credentials endpoint
the IAM Identity Center portal and SSO-OIDC's token endpoint, for the credential chain's tests.

Binds 127.0.0.1 on a free port and prints that port on the first line of stdout. Python 3 stdlib
only. Every GET under /latest/ needs a token from PUT /latest/api/token (else 401); the container
path needs the configured Authorization value (else 401); the portal needs the bearer token.
"""
import argparse
import json
import os
import secrets
import signal
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--role", default="launch-role")
    parser.add_argument("--region", default="eu-west-3")
    parser.add_argument("--access-key", default="ASIAFIXTURE")
    parser.add_argument("--secret-key", default="fixture-secret")
    parser.add_argument("--session-token", default="fixture-token")
    parser.add_argument("--expiration", default="2030-01-01T00:00:00Z")
    parser.add_argument("--container-path", default="/v2/credentials/task")
    parser.add_argument("--container-authorization", default="container-auth")
    parser.add_argument("--sso-bearer", default="sso-bearer")
    parser.add_argument("--sso-refresh-token", default="sso-refresh")
    return parser.parse_args()


ARGS = parse_args()
TOKENS = set()
COUNTS = {}
LOCK = threading.Lock()


def credentials(token_key="Token"):
    return {
        "Code": "Success",
        "Type": "AWS-HMAC",
        "AccessKeyId": ARGS.access_key,
        "SecretAccessKey": ARGS.secret_key,
        token_key: ARGS.session_token,
        "Expiration": ARGS.expiration,
        "LastUpdated": "2029-12-31T18:00:00Z",
    }


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def count(self):
        with LOCK:
            key = f"{self.command} {urllib.parse.urlsplit(self.path).path}"
            COUNTS[key] = COUNTS.get(key, 0) + 1

    def reply(self, status, body, content_type="text/plain"):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_PUT(self):
        self.count()
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.path != "/latest/api/token":
            return self.reply(404, "not found")
        ttl = self.headers.get("X-aws-ec2-metadata-token-ttl-seconds")
        if not ttl or not ttl.isdigit() or not 1 <= int(ttl) <= 21600:
            return self.reply(400, "missing or invalid X-aws-ec2-metadata-token-ttl-seconds")
        token = secrets.token_urlsafe(24)
        with LOCK:
            TOKENS.add(token)
        self.reply(200, token)

    def do_POST(self):
        self.count()
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path != "/token":
            return self.reply(404, "not found")
        if self.headers.get("Content-Type") != "application/json":
            return self.reply(400, json.dumps({"error": "invalid_request"}), "application/json")
        try:
            grant = json.loads(body)
        except ValueError:
            return self.reply(400, json.dumps({"error": "invalid_request"}), "application/json")
        if grant.get("grantType") != "refresh_token" or not grant.get("clientId") or not grant.get("clientSecret"):
            return self.reply(400, json.dumps({"error": "invalid_request"}), "application/json")
        if grant.get("refreshToken") != ARGS.sso_refresh_token:
            return self.reply(400, json.dumps({"error": "invalid_grant", "error_description": "Invalid refresh token provided"}),
                              "application/json")
        reply = {"accessToken": ARGS.sso_bearer, "expiresIn": 3600, "refreshToken": ARGS.sso_refresh_token + "-2", "tokenType": "Bearer"}
        self.reply(200, json.dumps(reply), "application/json")

    def do_GET(self):
        self.count()
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/_counts":
            with LOCK:
                return self.reply(200, json.dumps(COUNTS), "application/json")
        if url.path.startswith("/latest/"):
            return self.metadata(url.path)
        if url.path == ARGS.container_path:
            if self.headers.get("Authorization") != ARGS.container_authorization:
                return self.reply(401, json.dumps({"message": "unauthorized"}), "application/json")
            body = credentials()
            del body["Code"], body["Type"], body["LastUpdated"]
            body["RoleArn"] = "arn:aws:iam::123456789012:role/task"
            return self.reply(200, json.dumps(body), "application/json")
        if url.path == "/federation/credentials":
            return self.portal(urllib.parse.parse_qs(url.query))
        self.reply(404, "not found")

    def metadata(self, path):
        with LOCK:
            valid = self.headers.get("X-aws-ec2-metadata-token") in TOKENS
        if not valid:
            return self.reply(401, "")
        prefix = "/latest/meta-data/iam/security-credentials/"
        if path == prefix:
            return self.reply(200, ARGS.role + "\n")
        if path == prefix + ARGS.role:
            return self.reply(200, json.dumps(credentials(), indent=2), "text/plain")
        if path == "/latest/meta-data/placement/region":
            return self.reply(200, ARGS.region)
        self.reply(404, "not found")

    def portal(self, query):
        if self.headers.get("x-amz-sso_bearer_token") != ARGS.sso_bearer:
            return self.reply(401, json.dumps({"message": "Session token not found or invalid"}), "application/json")
        if not query.get("role_name") or not query.get("account_id"):
            return self.reply(400, json.dumps({"message": "missing role_name or account_id"}), "application/json")
        body = {"roleCredentials": {
            "accessKeyId": ARGS.access_key, "secretAccessKey": ARGS.secret_key,
            "sessionToken": ARGS.session_token, "expiration": 1893456000000,
        }}
        self.reply(200, json.dumps(body), "application/json")


def exit_when_stdin_closes():
    """The test holds our stdin open; when it closes it (or dies), stop."""
    sys.stdin.buffer.read()
    os._exit(0)


def main():
    # A parent may have started us with signals blocked; let SIGTERM and SIGINT end us.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
