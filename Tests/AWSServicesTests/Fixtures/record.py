#!/usr/bin/env python3
"""Records raw AWS reply bodies from moto for the decoder tests.

Starts `moto_server -H 127.0.0.1 -p PORT` (or uses --endpoint), seeds it with what a launch-day
account has (an ASG from a launch template, an ALB with a target group and registered targets, a
Multi-AZ RDS instance, a CloudFront distribution, Cost Explorer results, metrics), makes every call
Flightdeck makes with boto3, and writes each reply body as it came off the wire, before botocore
parsed it. Empty and error replies are recorded too. `index.json` lists every file with its HTTP
status, so the tests know what each reply was.

Run from anywhere:  python3 Tests/AWSServicesTests/Fixtures/record.py
"""
import argparse
import datetime
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import boto3
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.exceptions import ClientError

HERE = os.path.dirname(os.path.abspath(__file__))
REGION = "us-east-1"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, seconds=20):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/moto-api/", timeout=1)
            return
        except Exception:
            time.sleep(0.2)
    sys.exit(f"moto_server did not answer at {url}")


# Files written by hand in the documented shape, for replies moto cannot give; kept in the index.
HANDWRITTEN = {
    "AutoScaling/DescribeScalingActivities-inprogress.xml": 200,
    "CloudFront/GetMonitoringSubscription.xml": 200,
    "Pricing/GetProducts.json": 200,
    "ServiceQuotas/GetServiceQuota.json": 200,
    "ServiceQuotas/GetAWSDefaultServiceQuota.json": 200,
}


def scrub(body):
    """Replaces the (fake) secret key and session token moto's STS hands out, so no file holds
    anything shaped like a credential."""
    for tag in (b"SecretAccessKey", b"SessionToken"):
        start = body.find(b"<" + tag + b">")
        end = body.find(b"</" + tag + b">")
        if start >= 0 and end > start:
            body = body[:start + len(tag) + 2] + b"REDACTED-" + tag.upper() + body[end:]
    return body


class Recorder:
    """Captures the raw body of every reply through botocore's before-parse event."""

    def __init__(self, endpoint):
        self.endpoint = endpoint
        self.index = {}
        self.pending = None
        self.last = None

    def client(self, service, region=REGION):
        client = boto3.client(service, region_name=region, endpoint_url=self.endpoint,
                              aws_access_key_id="AKIDFIXTURE", aws_secret_access_key="fixture-secret")
        client.meta.events.register("before-parse", self._capture)
        return client

    def _capture(self, response_dict=None, **kwargs):
        if response_dict is not None:
            self.last = (response_dict["status_code"], bytes(response_dict["body"]))

    def record(self, folder, name, call, expect_error=False):
        """Runs `call` and saves its reply body as `folder/name.(xml|json)`."""
        self.last = None
        try:
            call()
            if expect_error:
                sys.exit(f"{folder}/{name}: expected an error reply")
        except ClientError as error:
            if not expect_error:
                raise
            print(f"  {folder}/{name}: {error.response['Error'].get('Code')}")
        status, body = self.last
        self._save(folder, name, status, body)

    def record_query(self, folder, name, signing_name, params):
        """Sends a query-protocol form POST signed by botocore and saves the reply.

        For services whose current boto3 model prefers another protocol (CloudWatch now speaks
        JSON/CBOR by default) while Flightdeck speaks query.
        """
        body = urllib.parse.urlencode(params, quote_via=urllib.parse.quote)
        request = AWSRequest(method="POST", url=self.endpoint + "/", data=body,
                             headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
        SigV4Auth(Credentials("AKIDFIXTURE", "fixture-secret"), signing_name, REGION).add_auth(request)
        prepared = urllib.request.Request(request.url, data=body.encode(), method="POST", headers=dict(request.headers))
        try:
            with urllib.request.urlopen(prepared) as reply:
                status, data = reply.status, reply.read()
        except urllib.error.HTTPError as error:
            status, data = error.code, error.read()
        self._save(folder, name, status, data)

    def _save(self, folder, name, status, body):
        body = scrub(body)
        start = body.lstrip()[:15].lower()
        extension = "json" if start[:1] in (b"{", b"[") else "html" if start.startswith((b"<!doctype", b"<html")) else "xml"
        path = f"{folder}/{name}.{extension}"
        os.makedirs(os.path.join(HERE, folder), exist_ok=True)
        with open(os.path.join(HERE, path), "wb") as handle:
            handle.write(body)
        self.index[path] = {"status": status}
        print(f"recorded {path} ({status}, {len(body)} bytes)")


def seed_and_record(rec):
    ec2 = rec.client("ec2")
    asg = rec.client("autoscaling")
    elb = rec.client("elbv2")
    rds = rec.client("rds")
    cw = rec.client("cloudwatch")
    cf = rec.client("cloudfront")
    ce = rec.client("ce")
    pricing = rec.client("pricing")
    sts = rec.client("sts")
    iam = rec.client("iam")

    # Empty replies first, while nothing exists.
    rec.record("AutoScaling", "DescribeAutoScalingGroups-empty", lambda: asg.describe_auto_scaling_groups())
    rec.record("ELBv2", "DescribeLoadBalancers-empty", lambda: elb.describe_load_balancers())
    rec.record("RDS", "DescribeDBInstances-empty", lambda: rds.describe_db_instances())
    rec.record("RDS", "DescribeDBClusters-empty", lambda: rds.describe_db_clusters())
    rec.record("RDS", "DescribeEvents-empty", lambda: rds.describe_events(SourceType="db-instance", EventCategories=["failover"]))
    rec.record("CloudFront", "ListDistributions-empty", lambda: cf.list_distributions())
    rec.record("CostExplorer", "GetCostAndUsage-empty", lambda: ce.get_cost_and_usage(
        TimePeriod={"Start": "2025-11-01", "End": "2025-11-03"}, Granularity="DAILY", Metrics=["UnblendedCost"]))
    rec.record("IAM", "ListAccountAliases-empty", lambda: iam.list_account_aliases())

    # A launch-day account.
    vpc = ec2.describe_vpcs(Filters=[{"Name": "isDefault", "Values": ["true"]}])["Vpcs"][0]["VpcId"]
    subnets = ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc]}])["Subnets"]
    subnet_ids = [s["SubnetId"] for s in subnets[:2]]
    zones = [s["AvailabilityZone"] for s in subnets[:2]]
    template = ec2.create_launch_template(LaunchTemplateName="web", LaunchTemplateData={
        "ImageId": "ami-12c6146b", "InstanceType": "t3.micro"})["LaunchTemplate"]["LaunchTemplateId"]
    target_group = elb.create_target_group(Name="web-tg", Protocol="HTTP", Port=80, VpcId=vpc,
                                           HealthCheckPath="/health")["TargetGroups"][0]["TargetGroupArn"]
    balancer = elb.create_load_balancer(Name="web-alb", Subnets=subnet_ids, Scheme="internet-facing",
                                        Type="application")["LoadBalancers"][0]["LoadBalancerArn"]
    elb.create_listener(LoadBalancerArn=balancer, Protocol="HTTP", Port=80,
                        DefaultActions=[{"Type": "forward", "TargetGroupArn": target_group}])
    asg.create_auto_scaling_group(AutoScalingGroupName="web", MinSize=2, MaxSize=6, DesiredCapacity=3,
                                  LaunchTemplate={"LaunchTemplateId": template, "Version": "$Latest"},
                                  VPCZoneIdentifier=",".join(subnet_ids), TargetGroupARNs=[target_group],
                                  HealthCheckType="ELB", HealthCheckGracePeriod=120,
                                  Tags=[{"Key": "team", "Value": "launch", "PropagateAtLaunch": True}])
    asg.put_scaling_policy(AutoScalingGroupName="web", PolicyName="cpu50", PolicyType="TargetTrackingScaling",
                           TargetTrackingConfiguration={"PredefinedMetricSpecification": {
                               "PredefinedMetricType": "ASGAverageCPUUtilization"}, "TargetValue": 50.0})
    instances = [i["InstanceId"] for i in asg.describe_auto_scaling_groups(AutoScalingGroupNames=["web"])
                 ["AutoScalingGroups"][0]["Instances"]]
    elb.register_targets(TargetGroupArn=target_group, Targets=[{"Id": i, "Port": 80} for i in instances])
    rds.create_db_instance(DBInstanceIdentifier="orders-db", DBInstanceClass="db.r6g.large", Engine="postgres",
                           MasterUsername="admin", MasterUserPassword="not-a-secret-1", AllocatedStorage=100,
                           MultiAZ=True, AvailabilityZone=zones[0])
    rds.create_db_cluster(DBClusterIdentifier="orders-aurora", Engine="aurora-postgresql",
                          MasterUsername="admin", MasterUserPassword="not-a-secret-1",
                          Tags=[{"Key": "app", "Value": "orders"}])
    rds.create_db_instance(DBInstanceIdentifier="orders-aurora-1", DBInstanceClass="db.r6g.large",
                           Engine="aurora-postgresql", DBClusterIdentifier="orders-aurora")
    distribution = cf.create_distribution(DistributionConfig={
        "CallerReference": "flightdeck-fixture", "Comment": "launch", "Enabled": True,
        "Aliases": {"Quantity": 1, "Items": ["www.example.com"]},
        "Origins": {"Quantity": 1, "Items": [{"Id": "alb", "DomainName": "web-alb.example.com",
                                              "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443,
                                                                     "OriginProtocolPolicy": "http-only"}}]},
        "DefaultCacheBehavior": {"TargetOriginId": "alb", "ViewerProtocolPolicy": "allow-all",
                                 "MinTTL": 0, "ForwardedValues": {"QueryString": False, "Cookies": {"Forward": "none"}}},
    })["Distribution"]["Id"]
    iam.create_account_alias(AccountAlias="launch-day")
    now = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)
    for minutes, value in [(3, 100.0), (2, 120.0), (1, 90.0)]:
        cw.put_metric_data(Namespace="AWS/CloudFront", MetricData=[{
            "MetricName": "Requests", "Dimensions": [{"Name": "DistributionId", "Value": distribution},
                                                     {"Name": "Region", "Value": "Global"}],
            "Timestamp": now - datetime.timedelta(minutes=minutes), "Value": value, "Unit": "None"}])
    ce_result = {"ResultsByTime": [
        {"TimePeriod": {"Start": "2025-11-01", "End": "2025-11-02"},
         "Total": {"UnblendedCost": {"Amount": "123.4567", "Unit": "USD"}}, "Groups": [], "Estimated": False},
        {"TimePeriod": {"Start": "2025-11-02", "End": "2025-11-03"}, "Total": {},
         "Groups": [{"Keys": ["Amazon Elastic Compute Cloud - Compute"],
                     "Metrics": {"UnblendedCost": {"Amount": "80.10", "Unit": "USD"}}}], "Estimated": True}],
        "DimensionValueAttributes": []}
    request = urllib.request.Request(rec.endpoint + "/moto-api/static/ce/cost-and-usage-results",
                                     data=json.dumps({"results": [ce_result]}).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request).read()

    # Replies with content.
    rec.record("AutoScaling", "DescribeAutoScalingGroups", lambda: asg.describe_auto_scaling_groups(AutoScalingGroupNames=["web"]))
    rec.record("AutoScaling", "DescribeScalingActivities", lambda: asg.describe_scaling_activities(AutoScalingGroupName="web"))
    rec.record("AutoScaling", "DescribePolicies", lambda: asg.describe_policies(AutoScalingGroupName="web"))
    rec.record("AutoScaling", "SetDesiredCapacity", lambda: asg.set_desired_capacity(AutoScalingGroupName="web", DesiredCapacity=4))
    rec.record("AutoScaling", "UpdateAutoScalingGroup", lambda: asg.update_auto_scaling_group(AutoScalingGroupName="web", MinSize=2, MaxSize=8))
    rec.record("AutoScaling", "UpdateAutoScalingGroup-notfound",
               lambda: asg.update_auto_scaling_group(AutoScalingGroupName="missing", MinSize=1), expect_error=True)
    rec.record("ELBv2", "DescribeLoadBalancers", lambda: elb.describe_load_balancers())
    rec.record("ELBv2", "DescribeTargetGroups", lambda: elb.describe_target_groups(LoadBalancerArn=balancer))
    rec.record("ELBv2", "DescribeTargetHealth", lambda: elb.describe_target_health(TargetGroupArn=target_group))
    rec.record("ELBv2", "DescribeTargetHealth-notfound", lambda: elb.describe_target_health(
        TargetGroupArn=target_group.replace("web-tg", "gone-tg")[:-4] + "0000"), expect_error=True)
    rec.record("EC2", "DescribeInstances", lambda: ec2.describe_instances(InstanceIds=instances))
    rec.record("EC2", "DescribeInstances-empty", lambda: ec2.describe_instances(
        Filters=[{"Name": "tag:none", "Values": ["none"]}]))
    rec.record("EC2", "DescribeInstances-notfound", lambda: ec2.describe_instances(InstanceIds=["i-0123456789abcdef0"]),
               expect_error=True)
    rec.record("EC2", "DescribeAvailabilityZones", lambda: ec2.describe_availability_zones())
    record_vcpu_quota(rec)
    def metric_query(index, query_id, metric, stat):
        prefix = f"MetricDataQueries.member.{index}"
        return {f"{prefix}.Id": query_id, f"{prefix}.MetricStat.Metric.Namespace": "AWS/CloudFront",
                f"{prefix}.MetricStat.Metric.MetricName": metric,
                f"{prefix}.MetricStat.Metric.Dimensions.member.1.Name": "DistributionId",
                f"{prefix}.MetricStat.Metric.Dimensions.member.1.Value": distribution,
                f"{prefix}.MetricStat.Metric.Dimensions.member.2.Name": "Region",
                f"{prefix}.MetricStat.Metric.Dimensions.member.2.Value": "Global",
                f"{prefix}.MetricStat.Period": "60", f"{prefix}.MetricStat.Stat": stat}
    iso = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
    rec.record_query("CloudWatch", "GetMetricData", "monitoring", {
        "Action": "GetMetricData", "Version": "2010-08-01",
        **metric_query(1, "requests", "Requests", "Sum"), **metric_query(2, "hits", "CacheHitRate", "Average"),
        "StartTime": iso(now - datetime.timedelta(minutes=10)), "EndTime": iso(now), "ScanBy": "TimestampAscending"})
    rec.record_query("CloudWatch", "GetMetricData-validation", "monitoring", {
        "Action": "GetMetricData", "Version": "2010-08-01", "StartTime": iso(now), "EndTime": iso(now)})
    rec.record("CloudFront", "ListDistributions", lambda: cf.list_distributions())
    # moto does not implement monitoring subscriptions: its answer is an HTML 404 page, which is
    # exactly the "not an AWS error document" case. GetMonitoringSubscription.xml is handwritten.
    rec.record("CloudFront", "GetMonitoringSubscription-unsupported",
               lambda: cf.get_monitoring_subscription(DistributionId=distribution), expect_error=True)
    rec.record("RDS", "DescribeDBInstances", lambda: rds.describe_db_instances(DBInstanceIdentifier="orders-db"))
    rec.record("RDS", "DescribeDBInstances-notfound", lambda: rds.describe_db_instances(DBInstanceIdentifier="missing-db"),
               expect_error=True)
    rec.record("RDS", "DescribeDBClusters", lambda: rds.describe_db_clusters(DBClusterIdentifier="orders-aurora"))
    rec.record("RDS", "DescribeEvents", lambda: rds.describe_events(Duration=1440))
    rec.record("CostExplorer", "GetCostAndUsage", lambda: ce.get_cost_and_usage(
        TimePeriod={"Start": "2025-11-01", "End": "2025-11-03"}, Granularity="DAILY", Metrics=["UnblendedCost"]))
    # moto does not implement the Price List API (it answers 404 "Not yet implemented");
    # GetProducts.json is handwritten in the documented shape.
    rec.record("Pricing", "GetProducts-unsupported", lambda: pricing.get_products(ServiceCode="AmazonEC2", MaxResults=2),
               expect_error=True)
    rec.record("STS", "GetCallerIdentity", lambda: sts.get_caller_identity())
    rec.record("STS", "AssumeRole", lambda: sts.assume_role(RoleArn="arn:aws:iam::123456789012:role/launch",
                                                            RoleSessionName="flightdeck"))
    rec.record("STS", "AssumeRoleWithWebIdentity", lambda: sts.assume_role_with_web_identity(
        RoleArn="arn:aws:iam::123456789012:role/launch", RoleSessionName="flightdeck", WebIdentityToken="x" * 40))
    rec.record("IAM", "ListAccountAliases", lambda: iam.list_account_aliases())


def record_vcpu_quota(rec):
    """The vCPU headroom's replies: instance types' vCPUs, and Service Quotas. moto serves only VPC
    quotas (its answer for EC2's is NoSuchResourceException), so GetServiceQuota.json and
    GetAWSDefaultServiceQuota.json are handwritten in the documented shape; the VPC quota shows
    the decoder reading a reply it did not write."""
    ec2 = rec.client("ec2")
    quotas = rec.client("service-quotas")
    rec.record("EC2", "DescribeInstanceTypes", lambda: ec2.describe_instance_types(InstanceTypes=["m5.large", "t3.micro", "g4dn.xlarge"]))
    rec.record("EC2", "DescribeInstanceTypes-invalid", lambda: ec2.describe_instance_types(InstanceTypes=["m5.huge"]),
               expect_error=True)
    rec.record("ServiceQuotas", "GetServiceQuota-vpc", lambda: quotas.get_service_quota(ServiceCode="vpc", QuotaCode="L-F678F1CE"))
    rec.record("ServiceQuotas", "GetServiceQuota-nosuchresource",
               lambda: quotas.get_service_quota(ServiceCode="ec2", QuotaCode="L-1216C47A"), expect_error=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint", help="use a running moto_server instead of starting one")
    args = parser.parse_args()
    server = None
    endpoint = args.endpoint
    if endpoint is None:
        port = free_port()
        endpoint = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(["moto_server", "-H", "127.0.0.1", "-p", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(endpoint)
        recorder = Recorder(endpoint)
        for folder in ("AutoScaling", "CloudFront", "CloudWatch", "CostExplorer", "EC2", "ELBv2", "IAM", "Pricing", "RDS", "ServiceQuotas", "STS"):
            for name in os.listdir(os.path.join(HERE, folder)) if os.path.isdir(os.path.join(HERE, folder)) else []:
                if f"{folder}/{name}" not in HANDWRITTEN:
                    os.remove(os.path.join(HERE, folder, name))
        seed_and_record(recorder)
        index = dict(recorder.index)
        index.update({path: {"status": status, "source": "handwritten"} for path, status in HANDWRITTEN.items()})
        with open(os.path.join(HERE, "index.json"), "w") as handle:
            json.dump(index, handle, indent=1, sort_keys=True)
            handle.write("\n")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
