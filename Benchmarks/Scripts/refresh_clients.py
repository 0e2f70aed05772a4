#!/usr/bin/env python3
"""Times the calls of one Flightdeck refresh made by boto3 (warm, in one process) or the aws CLI.

The calls are named as the benchmark names them (`service:Action`, the signing name; CloudWatch's
GetMetricData with the namespaces it queries, e.g. `monitoring:GetMetricData[AWS/CloudFront]`) and
mapped here to boto3 methods with the same parameters Flightdeck sends, filled from the ids
seed_moto.py printed (or, with `--ids discover`, found by listing what the endpoint holds, as
against `flightdeck simulate`). Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
when set (the simulator checks signatures), else moto's benchmark keys. Prints one JSON line: the median of the passes in milliseconds, every pass,
the commands (for the CLI) and the calls that got an error reply (they still count: Flightdeck
makes them too).

    python3 Benchmarks/Scripts/refresh_clients.py boto3 --endpoint URL --ids IDS.json --calls C1,C2 --runs 20
    python3 Benchmarks/Scripts/refresh_clients.py cli --endpoint URL --ids IDS.json --calls C1,C2 --runs 3
"""
import argparse
import datetime
import json
import os
import statistics
import subprocess
import time

# Signing name -> boto3 / aws CLI service name.
SERVICES = {"autoscaling": "autoscaling", "elasticloadbalancing": "elbv2", "monitoring": "cloudwatch", "rds": "rds",
            "ec2": "ec2", "cloudfront": "cloudfront", "ce": "ce", "sts": "sts", "iam": "iam", "pricing": "pricing",
            "servicequotas": "service-quotas"}


def metric_queries(namespaces, ids):
    """The GetMetricData queries Flightdeck's Collector makes for these namespaces (Collector+Metrics.swift)."""
    tg = "targetgroup/" + ids["targetGroupARN"].split(":targetgroup/", 1)[1]
    lb = ids["loadBalancerARN"].split(":loadbalancer/", 1)[1]
    specs = {
        "AWS/EC2": [("CPUUtilization", [("AutoScalingGroupName", ids["group"])], "Average")],
        "AWS/ApplicationELB": [(name, [("TargetGroup", tg), ("LoadBalancer", lb)], stat) for name, stat in
                               [("RequestCount", "Sum"), ("HTTPCode_Target_5XX_Count", "Sum"), ("TargetResponseTime", "Average")]],
        "AWS/CloudFront": [(name, [("DistributionId", ids["distributionID"]), ("Region", "Global")], stat) for name, stat in
                           [("Requests", "Sum"), ("BytesDownloaded", "Sum"), ("5xxErrorRate", "Average"), ("4xxErrorRate", "Average")]],
    }
    queries = []
    for namespace in namespaces:
        for metric, dimensions, stat in specs[namespace]:
            queries.append({"Id": f"q{len(queries) + 1}", "MetricStat": {
                "Metric": {"Namespace": namespace, "MetricName": metric,
                           "Dimensions": [{"Name": n, "Value": v} for n, v in dimensions]},
                "Period": 60, "Stat": stat}})
    return queries


def plan(call, ids, now):
    """(service, boto3 method, parameters) for one call name."""
    signing, _, action = call.partition(":")
    iso = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if action.startswith("GetMetricData["):
        namespaces = action[len("GetMetricData["):-1].split(",")
        return SERVICES[signing], "get_metric_data", {
            "MetricDataQueries": metric_queries(namespaces, ids), "StartTime": iso(now - datetime.timedelta(minutes=10)),
            "EndTime": iso(now), "ScanBy": "TimestampAscending"}
    today = now.date()
    parameters = {
        "DescribeAutoScalingGroups": {}, "DescribeScalingActivities": {"MaxRecords": 50}, "DescribePolicies": {},
        "DescribeDBInstances": {}, "DescribeDBClusters": {}, "DescribeEvents": {"StartTime": iso(now - datetime.timedelta(hours=1))},
        "ListDistributions": {}, "GetMonitoringSubscription": {"DistributionId": ids["distributionID"]},
        "GetCostAndUsage": {"TimePeriod": {"Start": today.replace(day=1).isoformat(),
                                           "End": (today + datetime.timedelta(days=1)).isoformat()},
                            "Granularity": "DAILY", "Metrics": ["UnblendedCost"]},
        "DescribeLoadBalancers": {}, "DescribeTargetGroups": {},
        "DescribeTargetHealth": {"TargetGroupArn": ids["targetGroupARN"]},
        # The vCPU headroom's read (Collector+VCPUQuota.swift); target health asks by id only for zones it lacks.
        "DescribeInstances": {"Filters": [{"Name": "instance-state-name", "Values": ["pending", "running"]}], "MaxResults": 1000},
        "DescribeInstanceTypes": {"InstanceTypes": ["m5.large"]},
        "GetServiceQuota": {"ServiceCode": "ec2", "QuotaCode": "L-1216C47A"},
        "GetAWSDefaultServiceQuota": {"ServiceCode": "ec2", "QuotaCode": "L-1216C47A"},
        "DescribeAlarms": {},
        "GetCallerIdentity": {}, "ListAccountAliases": {},
        "GetProducts": {"ServiceCode": "AmazonEC2", "MaxResults": 100, "Filters": [
            {"Type": "TERM_MATCH", "Field": "instanceType", "Value": "m5.large"},
            {"Type": "TERM_MATCH", "Field": "regionCode", "Value": "us-east-1"}]},
    }
    if action not in parameters:
        raise SystemExit(f"refresh_clients.py: no mapping for {call}; add it to plan()")
    method = "".join("_" + c.lower() if c.isupper() else c for c in action).lstrip("_")
    method = method.replace("d_b_", "db_")
    method = method.replace("a_w_s_", "aws_")
    return SERVICES[signing], method, parameters[action]


def environment():
    key, secret = keys()
    env = dict(os.environ, AWS_ACCESS_KEY_ID=key, AWS_SECRET_ACCESS_KEY=secret,
               AWS_DEFAULT_REGION="us-east-1", AWS_CONFIG_FILE="/dev/null", AWS_SHARED_CREDENTIALS_FILE="/dev/null",
               AWS_MAX_ATTEMPTS="1")
    env.pop("AWS_PROFILE", None)
    return env


def keys():
    """The access key pair to sign with: the environment's, else the one moto is seeded with."""
    return (os.environ.get("AWS_ACCESS_KEY_ID") or "AKIDBENCHMARK",
            os.environ.get("AWS_SECRET_ACCESS_KEY") or "benchmark-secret")


_SESSION = []


def session():
    """One boto3 session whose CloudWatch speaks the query protocol, as Flightdeck does: recent
    botocore prefers smithy-rpc-v2-cbor, which the simulator does not serve (moto serves both)."""
    if not _SESSION:
        import boto3
        import botocore.session
        core = botocore.session.get_session()
        loader = core.get_component("data_loader")
        load_model = loader.load_service_model

        def query_cloudwatch(service_name, type_name, api_version=None):
            model = load_model(service_name, type_name, api_version)
            if (service_name, type_name) == ("cloudwatch", "service-2"):
                model = dict(model, metadata=dict(model["metadata"], protocol="query", protocols=["query"]))
            return model

        loader.load_service_model = query_cloudwatch
        _SESSION.append(boto3.session.Session(botocore_session=core))
    return _SESSION[0]


def boto3_client(endpoint, service, config=None):
    key, secret = keys()
    return session().client(service, region_name="us-east-1", endpoint_url=endpoint, config=config,
                            aws_access_key_id=key, aws_secret_access_key=secret)


def discover_ids(endpoint):
    """The ids seed_moto.py would print, found by listing what `endpoint` holds (first of each)."""
    group = boto3_client(endpoint, "autoscaling").describe_auto_scaling_groups()["AutoScalingGroups"][0]
    elb = boto3_client(endpoint, "elbv2")
    target_group = elb.describe_target_groups()["TargetGroups"][0]
    distributions = boto3_client(endpoint, "cloudfront").list_distributions()["DistributionList"].get("Items", [])
    return {"region": "us-east-1", "group": group["AutoScalingGroupName"],
            "instances": [i["InstanceId"] for i in group.get("Instances", [])],
            "targetGroupARN": target_group["TargetGroupArn"], "loadBalancerARN": target_group["LoadBalancerArns"][0],
            "distributionID": distributions[0]["Id"] if distributions else "none"}


def time_boto3(endpoint, plans, runs, cold=False):
    from botocore.config import Config
    from botocore.exceptions import ClientError
    config = Config(retries={"max_attempts": 1, "mode": "standard"})
    clients = {service: boto3_client(endpoint, service, config) for service in {p[1][0] for p in plans}}
    errors = set()

    def one_pass():
        for call, (service, method, parameters) in plans:
            try:
                getattr(clients[service], method)(**parameters)
            except ClientError as error:
                errors.add(f"{call}: {error.response.get('Error', {}).get('Code')}")

    if cold:  # one pass as a first run makes it: models loaded and connections opened on the way
        start = time.perf_counter()
        one_pass()
        passes = [(time.perf_counter() - start) * 1000]
        return {"median_ms": passes[0], "passes_ms": passes, "errors": sorted(errors)}
    one_pass()  # warm-up: loads every service model and opens the pools
    passes = []
    for _ in range(runs):
        start = time.perf_counter()
        one_pass()
        passes.append((time.perf_counter() - start) * 1000)
    return {"median_ms": statistics.median(passes), "passes_ms": passes, "errors": sorted(errors)}


def time_cli(endpoint, plans, runs):
    commands = [["aws", "--endpoint-url", endpoint, "--region", "us-east-1", "--output", "json", service,
                 method.replace("_", "-"), "--cli-input-json", json.dumps(parameters)]
                for _, (service, method, parameters) in plans]
    env = environment()
    errors = set()
    passes = []
    for _ in range(runs):
        start = time.perf_counter()
        for (call, _), command in zip(plans, commands):
            result = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if result.returncode != 0:
                errors.add(f"{call}: exit {result.returncode}: {result.stderr.strip().splitlines()[-1:]}")
        passes.append((time.perf_counter() - start) * 1000)
    shown = [" ".join(c[:-1]) + " '" + c[-1] + "'" for c in commands]
    return {"median_ms": statistics.median(passes), "passes_ms": passes, "errors": sorted(errors), "commands": shown}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("client", choices=["boto3", "cli"])
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--ids", required=True, help="the JSON file seed_moto.py printed, or `discover`")
    parser.add_argument("--calls", required=True, help="comma-separated call names; ';' separates GetMetricData namespaces")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--ids-endpoint", help="where `--ids discover` lists (default: --endpoint)")
    parser.add_argument("--cold", action="store_true", help="boto3: one pass, no warm-up (time the whole process from outside)")
    args = parser.parse_args()
    if args.ids == "discover":
        ids = discover_ids(args.ids_endpoint or args.endpoint)
    else:
        with open(args.ids) as handle:
            ids = json.load(handle)
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    calls = [c.replace(";", ",") for c in args.calls.split(",")]
    plans = [(call, plan(call, ids, now)) for call in calls]
    if args.client == "boto3":
        print(json.dumps(time_boto3(args.endpoint, plans, args.runs, cold=args.cold)))
    else:
        print(json.dumps(time_cli(args.endpoint, plans, args.runs)))


if __name__ == "__main__":
    main()
