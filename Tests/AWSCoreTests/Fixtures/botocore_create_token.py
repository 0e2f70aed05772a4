#!/usr/bin/env python3
"""Prints how botocore serializes SSO-OIDC CreateToken for the parameters on stdin (a JSON object):
{"method", "path", "contentType", "body" (the JSON body, parsed), "auth" (the operation's auth type)}.
"""
import json
import sys

import botocore.serialize
import botocore.session

parameters = json.load(sys.stdin)
model = botocore.session.get_session().get_service_model("sso-oidc")
operation = model.operation_model("CreateToken")
request = botocore.serialize.create_serializer(model.metadata["protocol"]).serialize_to_request(parameters, operation)
print(json.dumps({
    "method": request["method"],
    "path": request["url_path"],
    "contentType": request["headers"].get("Content-Type"),
    "body": json.loads(request["body"]),
    "auth": operation.auth_type,
}))
