"""Signs requests with botocore's SigV4Auth: the second oracle for Flightdeck's signer.

Reads a JSON list of requests on stdin, each {method, path, query, headers: [[name, value]...],
body (base64), service, region, date (yyyymmddThhmmssZ), accessKey, secretKey, token (or null)}
and prints a JSON list of Authorization values in the same order.
"""
import base64
import datetime
import json
import sys

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def sign(case):
    stamp = datetime.datetime.strptime(case["date"], "%Y%m%dT%H%M%SZ")
    botocore.auth.get_current_datetime = lambda *args, **kwargs: stamp
    url = "http://example.amazonaws.com" + case["path"]
    if case["query"]:
        url += "?" + case["query"]
    request = AWSRequest(method=case["method"], url=url, data=base64.b64decode(case["body"]))
    for name, value in case["headers"]:
        request.headers[name] = value  # HTTPMessage appends: repeated names are kept in order
    credentials = Credentials(case["accessKey"], case["secretKey"], case.get("token"))
    botocore.auth.SigV4Auth(credentials, case["service"], case["region"]).add_auth(request)
    return request.headers["Authorization"]


print(json.dumps([sign(case) for case in json.load(sys.stdin)]))
