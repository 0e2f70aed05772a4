"""Points boto3 at a running `flightdeck simulate` and checks every call Flightdeck makes.

Usage: python3 boto3_client_check.py ENDPOINT
Reads the demo credentials from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY).
Prints one line per check and, last, 'N passed, M failed'. Exits 1 when any check failed.
"""
import datetime
import json
import os
import sys
import urllib.request

import copy

import boto3
import botocore.config
import botocore.exceptions
import botocore.session

ENDPOINT = sys.argv[1]
REGION = "us-east-1"
CONFIG = botocore.config.Config(retries={"total_max_attempts": 1, "mode": "standard"}, read_timeout=10, connect_timeout=5)
passed = 0
failed = 0


def query_protocol_session():
    """A boto3 session whose CloudWatch model speaks the query protocol, as Flightdeck does.

    Recent botocore talks to CloudWatch in smithy-rpc-v2-cbor first; the simulator serves the
    query protocol (and so does AWS), so the model's protocol list is narrowed to it.
    """
    core = botocore.session.get_session()
    loader = core.get_component("data_loader")
    original = loader.load_service_model

    def load(service_name, type_name, api_version=None):
        model = original(service_name, type_name, api_version)
        if service_name == "cloudwatch" and type_name == "service-2":
            model = copy.deepcopy(model)
            model["metadata"]["protocol"] = "query"
            model["metadata"]["protocols"] = ["query"]
        return model

    loader.load_service_model = load
    return boto3.session.Session(botocore_session=core)


SESSION = query_protocol_session()


def client(service, secret=None, region=None):
    return SESSION.client(
        service,
        endpoint_url=ENDPOINT,
        region_name=region or REGION,
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=secret or os.environ["AWS_SECRET_ACCESS_KEY"],
        config=CONFIG,
    )


def control(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(ENDPOINT + path, data=data, method=method)
    with urllib.request.urlopen(request, timeout=10) as reply:
        return json.loads(reply.read())


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def expect_error(name, code, call):
    try:
        call()
    except botocore.exceptions.ClientError as error:
        actual = error.response["Error"]["Code"]
        status = error.response["ResponseMetadata"]["HTTPStatusCode"]
        check(name, actual == code, f"got {actual} ({status}): {error.response['Error'].get('Message')}")
        return error
    check(name, False, "no error raised")
    return None


def run():
    control("POST", "/_sim/advance", {"seconds": 1200})
    state = control("GET", "/_sim/state")["simulation"]

    autoscaling = client("autoscaling")
    groups = autoscaling.describe_auto_scaling_groups(AutoScalingGroupNames=["web-asg"])["AutoScalingGroups"]
    check("autoscaling DescribeAutoScalingGroups parses", len(groups) == 1)
    group = groups[0]
    check("  desired capacity agrees with the state", group["DesiredCapacity"] == state["group"]["desiredCapacity"],
          f'{group["DesiredCapacity"]} vs {state["group"]["desiredCapacity"]}')
    check("  instances agree with the state",
          sorted((i["InstanceId"], i["AvailabilityZone"], i["LifecycleState"]) for i in group["Instances"])
          == sorted((m["id"], m["zone"], m["lifecycle"]) for m in state["group"]["instances"]))
    check("  the ramp scaled the group out", group["DesiredCapacity"] > 2, str(group["DesiredCapacity"]))
    activities = autoscaling.describe_scaling_activities(AutoScalingGroupName="web-asg", MaxRecords=5)
    check("autoscaling DescribeScalingActivities parses", len(activities["Activities"]) == 5 and "NextToken" in activities)
    check("  activities carry start times", isinstance(activities["Activities"][0]["StartTime"], datetime.datetime))
    policies = autoscaling.describe_policies(AutoScalingGroupName="web-asg")["ScalingPolicies"]
    check("autoscaling DescribePolicies parses",
          policies and policies[0]["TargetTrackingConfiguration"]["TargetValue"] == 70.0
          and policies[0]["TargetTrackingConfiguration"]["PredefinedMetricSpecification"]["PredefinedMetricType"] == "ASGAverageCPUUtilization")
    expect_error("autoscaling UpdateAutoScalingGroup desired above max is a ValidationError", "ValidationError",
                 lambda: autoscaling.update_auto_scaling_group(AutoScalingGroupName="web-asg", DesiredCapacity=25))
    error = expect_error("autoscaling UpdateAutoScalingGroup min above max is a ValidationError", "ValidationError",
                         lambda: autoscaling.update_auto_scaling_group(AutoScalingGroupName="web-asg", MinSize=5, MaxSize=1))
    check("  with AWS's message", error is not None and error.response["Error"]["Message"] == "Max bound, 1, must be greater than or equal to min bound, 5")
    control("POST", "/_sim/fault", {"kind": "capacity", "zone": "us-east-1c", "seconds": 600})
    autoscaling.update_auto_scaling_group(AutoScalingGroupName="web-asg", MinSize=3, MaxSize=18)
    autoscaling.set_desired_capacity(AutoScalingGroupName="web-asg", DesiredCapacity=18)
    after = control("GET", "/_sim/state")["simulation"]["group"]
    check("autoscaling UpdateAutoScalingGroup and SetDesiredCapacity change the group",
          (after["minSize"], after["maxSize"], after["desiredCapacity"]) == (3, 18, 18), str(after["desiredCapacity"]))
    recent = autoscaling.describe_scaling_activities(AutoScalingGroupName="web-asg", MaxRecords=100)["Activities"]
    refused = [a for a in recent if a["StatusCode"] == "Failed"]
    check("autoscaling DescribeScalingActivities carries a failed launch's StatusMessage",
          any(a.get("StatusMessage", "").startswith(
              "We currently do not have sufficient m5.large capacity in the Availability Zone you requested (us-east-1c).")
              and a["StatusMessage"].endswith("Launching EC2 instance failed.") for a in refused),
          str([(a["StatusCode"], a.get("StatusMessage")) for a in recent[:5]]))

    elb = client("elbv2")
    balancers = elb.describe_load_balancers()["LoadBalancers"]
    check("elbv2 DescribeLoadBalancers parses", balancers[0]["Type"] == "application" and balancers[0]["State"]["Code"] == "active")
    groups = elb.describe_target_groups(LoadBalancerArn=balancers[0]["LoadBalancerArn"])["TargetGroups"]
    check("elbv2 DescribeTargetGroups parses", groups[0]["HealthCheckIntervalSeconds"] == 30)
    health = elb.describe_target_health(TargetGroupArn=groups[0]["TargetGroupArn"])["TargetHealthDescriptions"]
    state = control("GET", "/_sim/state")["simulation"]
    expected = sorted((m["id"], m["targetState"]) for m in state["group"]["instances"] if m.get("targetState"))
    check("elbv2 DescribeTargetHealth agrees with the state",
          sorted((d["Target"]["Id"], d["TargetHealth"]["State"]) for d in health) == expected)
    expect_error("elbv2 unknown target group is TargetGroupNotFound", "TargetGroupNotFound",
                 lambda: elb.describe_target_health(TargetGroupArn=groups[0]["TargetGroupArn"] + "x"))

    ec2 = client("ec2")
    reservations = ec2.describe_instances(Filters=[{"Name": "tag:aws:autoscaling:groupName", "Values": ["web-asg"]}])["Reservations"]
    ids = {i["InstanceId"] for r in reservations for i in r["Instances"]}
    check("ec2 DescribeInstances parses and lists the group's instances",
          {m["id"] for m in state["group"]["instances"]} <= ids)
    running_filter = [{"Name": "instance-state-name", "Values": ["pending", "running"]}]
    pages = list(ec2.get_paginator("describe_instances").paginate(Filters=running_filter, PaginationConfig={"PageSize": 5}))
    paged = [i for page in pages for r in page["Reservations"] for i in r["Instances"]]
    check("ec2 DescribeInstances pages by MaxResults and NextToken",
          len(pages) > 1 and all(len(page["Reservations"]) <= 5 for page in pages) and len({i["InstanceId"] for i in paged}) == len(paged),
          f"{len(pages)} pages, {len(paged)} instances")
    check("  running instances carry their type and group tag",
          all(i["InstanceType"] == "m5.large" and {"Key": "aws:autoscaling:groupName", "Value": "web-asg"} in i["Tags"] for i in paged))
    expect_error("ec2 MaxResults with instance ids is InvalidParameterCombination", "InvalidParameterCombination",
                 lambda: ec2.describe_instances(InstanceIds=[paged[0]["InstanceId"]], MaxResults=5))
    types = ec2.describe_instance_types(InstanceTypes=["m5.large", "m5.2xlarge", "t3.medium"])["InstanceTypes"]
    check("ec2 DescribeInstanceTypes parses each type's vCPUs",
          {t["InstanceType"]: t["VCpuInfo"]["DefaultVCpus"] for t in types} == {"m5.large": 2, "m5.2xlarge": 8, "t3.medium": 2}, str(types))
    expect_error("ec2 unknown instance type is InvalidInstanceType", "InvalidInstanceType",
                 lambda: ec2.describe_instance_types(InstanceTypes=["m5.huge"]))
    quotas = client("service-quotas")
    quota = quotas.get_service_quota(ServiceCode="ec2", QuotaCode="L-1216C47A")["Quota"]
    check("service-quotas GetServiceQuota parses the vCPU quota the state holds",
          quota["Value"] == state["vcpuQuota"] == 64 and quota["QuotaName"].startswith("Running On-Demand Standard")
          and quota["UsageMetric"]["MetricDimensions"]["Class"] == "Standard/OnDemand", str(quota))
    control("POST", "/_sim/fault", {"kind": "vcpu-quota", "vcpus": 96})
    check("  the vcpu-quota fault is the quota it answers",
          quotas.get_service_quota(ServiceCode="ec2", QuotaCode="L-1216C47A")["Quota"]["Value"] == 96)
    check("service-quotas GetAWSDefaultServiceQuota parses AWS's default",
          quotas.get_aws_default_service_quota(ServiceCode="ec2", QuotaCode="L-1216C47A")["Quota"]["Value"] == 5)
    expect_error("service-quotas unknown quota is NoSuchResourceException", "NoSuchResourceException",
                 lambda: quotas.get_service_quota(ServiceCode="ec2", QuotaCode="L-00000000"))
    expect_error("service-quotas eu-west-1 has no applied quota: NoSuchResourceException", "NoSuchResourceException",
                 lambda: client("service-quotas", region="eu-west-1").get_service_quota(ServiceCode="ec2", QuotaCode="L-1216C47A"))
    zones = ec2.describe_availability_zones()["AvailabilityZones"]
    check("ec2 DescribeAvailabilityZones parses", [z["ZoneName"] for z in zones] == ["us-east-1a", "us-east-1b", "us-east-1c"])
    expect_error("ec2 unknown instance is InvalidInstanceID.NotFound", "InvalidInstanceID.NotFound",
                 lambda: ec2.describe_instances(InstanceIds=["i-0000000000000000f"]))

    cloudwatch = client("cloudwatch")
    now = datetime.datetime.fromisoformat(state["date"].replace("Z", "+00:00"))
    lb_dim = [{"Name": "LoadBalancer", "Value": "app/shop-alb/50dc6c495c0c9188"}]
    cf_dim = [{"Name": "DistributionId", "Value": "E2QWRUHAPOMQZL"}, {"Name": "Region", "Value": "Global"}]
    queries = [
        {"Id": "requests", "MetricStat": {"Metric": {"Namespace": "AWS/ApplicationELB", "MetricName": "RequestCount", "Dimensions": lb_dim}, "Period": 60, "Stat": "Sum"}},
        {"Id": "hit", "MetricStat": {"Metric": {"Namespace": "AWS/CloudFront", "MetricName": "CacheHitRate", "Dimensions": cf_dim}, "Period": 60, "Stat": "Average"}},
        {"Id": "cpu", "MetricStat": {"Metric": {"Namespace": "AWS/EC2", "MetricName": "CPUUtilization", "Dimensions": [{"Name": "AutoScalingGroupName", "Value": "web-asg"}]}, "Period": 300, "Stat": "Average"}},
    ]
    data = cloudwatch.get_metric_data(MetricDataQueries=queries, StartTime=now - datetime.timedelta(minutes=20), EndTime=now)
    results = {r["Id"]: r for r in data["MetricDataResults"]}
    check("cloudwatch GetMetricData parses", set(results) == {"requests", "hit", "cpu"})
    check("  one-minute RequestCount points", len(results["requests"]["Values"]) >= 19, str(len(results["requests"]["Values"])))
    check("  newest first with datetime stamps", results["requests"]["Timestamps"][0] > results["requests"]["Timestamps"][-1])
    check("  CacheHitRate near 95", 90 <= results["hit"]["Values"][0] <= 96, str(results["hit"]["Values"][:1]))

    rds = client("rds")
    db = rds.describe_db_instances()["DBInstances"][0]
    check("rds DescribeDBInstances agrees with the state",
          (db["DBInstanceIdentifier"], db["MultiAZ"], db["AvailabilityZone"], db["SecondaryAvailabilityZone"], db["DBInstanceStatus"])
          == ("shop-db", True, state["database"]["primaryZone"], state["database"]["standbyZone"], state["database"]["status"]))
    check("rds DescribeDBClusters parses", rds.describe_db_clusters()["DBClusters"] == [])
    expect_error("rds unknown instance is DBInstanceNotFound", "DBInstanceNotFound",
                 lambda: rds.describe_db_instances(DBInstanceIdentifier="nope"))
    control("POST", "/_sim/fault", {"kind": "rds-failover"})
    during = rds.describe_db_instances(DBInstanceIdentifier="shop-db")["DBInstances"][0]
    check("rds failover shows as rebooting", during["DBInstanceStatus"] == "rebooting")
    control("POST", "/_sim/advance", {"seconds": 130})
    done = rds.describe_db_instances(DBInstanceIdentifier="shop-db")["DBInstances"][0]
    check("rds failover swapped the zones", (done["AvailabilityZone"], done["SecondaryAvailabilityZone"]) == (db["SecondaryAvailabilityZone"], db["AvailabilityZone"]))
    events = rds.describe_events(SourceType="db-instance", SourceIdentifier="shop-db", EventCategories=["failover"], Duration=60)["Events"]
    check("rds DescribeEvents gives started then completed",
          [e["Message"] for e in events][:2] == ["Multi-AZ instance failover started.", "Multi-AZ instance failover completed."],
          str([e["Message"] for e in events]))

    # CloudWatch publishes a minute late, the newest minute partial, and a 5xx count only in minutes
    # that had one: the failover's 5xx minutes have datapoints, the quiet minutes none.
    later = control("GET", "/_sim/state")["simulation"]
    later_now = datetime.datetime.fromisoformat(later["date"].replace("Z", "+00:00"))
    errors_query = {"Id": "errors", "MetricStat": {"Metric": {"Namespace": "AWS/ApplicationELB", "MetricName": "HTTPCode_Target_5XX_Count", "Dimensions": lb_dim}, "Period": 60, "Stat": "Sum"}}
    sparse = cloudwatch.get_metric_data(MetricDataQueries=[queries[0], errors_query],
                                        StartTime=later_now - datetime.timedelta(minutes=30), EndTime=later_now)
    sparse_results = {r["Id"]: r for r in sparse["MetricDataResults"]}
    request_stamps = sparse_results["requests"]["Timestamps"]
    error_stamps = sparse_results["errors"]["Timestamps"]
    check("cloudwatch GetMetricData with a sparse count parses", bool(error_stamps) and len(error_stamps) == len(sparse_results["errors"]["Values"]),
          str(len(error_stamps)))
    check("  5xx datapoints only in minutes that had one", 0 < len(error_stamps) < len(request_stamps)
          and all(value >= 1 for value in sparse_results["errors"]["Values"]), f"{len(error_stamps)} of {len(request_stamps)}")
    check("  the newest minute is at least a minute old", request_stamps[0] <= later_now - datetime.timedelta(seconds=60), str(request_stamps[0]))
    check("  and partial", sparse_results["requests"]["Values"][0] < sparse_results["requests"]["Values"][1],
          str(sparse_results["requests"]["Values"][:2]))

    alarms = cloudwatch.describe_alarms(AlarmTypes=["MetricAlarm"])["MetricAlarms"]
    names = sorted(alarm["AlarmName"] for alarm in alarms)
    check("cloudwatch DescribeAlarms parses", names == ["shop-web-tg-5xx-high", "web-asg-cpu-high"], str(names))
    check("  each with its state, reason, time and dimensions",
          all(a["StateValue"] in ("OK", "ALARM") and a["StateReason"] and a["StateUpdatedTimestamp"] and a["Dimensions"] for a in alarms))

    # The shop runs in us-east-1 only: the account's other regions are empty.
    away = "eu-west-1"
    check("eu-west-1: no Auto Scaling group", client("autoscaling", region=away).describe_auto_scaling_groups()["AutoScalingGroups"] == [])
    check("eu-west-1: no target group", client("elbv2", region=away).describe_target_groups()["TargetGroups"] == [])
    check("eu-west-1: no database", client("rds", region=away).describe_db_instances()["DBInstances"] == [])
    check("eu-west-1: its own zones", [z["ZoneName"] for z in client("ec2", region=away).describe_availability_zones()["AvailabilityZones"]]
          == ["eu-west-1a", "eu-west-1b", "eu-west-1c"])
    expect_error("eu-west-1: shop-db is not found", "DBInstanceNotFound",
                 lambda: client("rds", region=away).describe_db_instances(DBInstanceIdentifier="shop-db"))

    sts = client("sts")
    check("sts GetCallerIdentity parses", sts.get_caller_identity()["Account"] == "123456789012")
    iam = client("iam")
    check("iam ListAccountAliases parses", iam.list_account_aliases()["AccountAliases"] == ["launch-day-shop"])

    cloudfront = client("cloudfront")
    distributions = cloudfront.list_distributions()["DistributionList"]
    check("cloudfront ListDistributions parses", distributions["Quantity"] == 1 and distributions["Items"][0]["Id"] == "E2QWRUHAPOMQZL")
    subscription = cloudfront.get_monitoring_subscription(DistributionId="E2QWRUHAPOMQZL")
    check("cloudfront GetMonitoringSubscription parses",
          subscription["MonitoringSubscription"]["RealtimeMetricsSubscriptionConfig"]["RealtimeMetricsSubscriptionStatus"] == "Enabled")
    expect_error("cloudfront unknown distribution is NoSuchDistribution", "NoSuchDistribution",
                 lambda: cloudfront.get_monitoring_subscription(DistributionId="E000000000000"))

    ce = client("ce")
    day = state["date"][:10]
    next_day = (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()
    # From the day before: near midnight UTC the simulated clock may already be on the next day while
    # the costs before the launch were booked on the day it started.
    day_before = (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()
    costs = ce.get_cost_and_usage(TimePeriod={"Start": day_before, "End": next_day}, Granularity="DAILY",
                                  Metrics=["UnblendedCost"], GroupBy=[{"Type": "DIMENSION", "Key": "SERVICE"}])
    groups = {}
    for result in costs["ResultsByTime"]:
        for group in result["Groups"]:
            name = group["Keys"][0]
            groups[name] = groups.get(name, 0) + float(group["Metrics"]["UnblendedCost"]["Amount"])
    state = control("GET", "/_sim/state")["simulation"]
    check("ce GetCostAndUsage parses with four services", len(groups) == 4, str(groups))
    check("  EC2 cost agrees with the state",
          abs(groups.get("Amazon Elastic Compute Cloud - Compute", 0) - state["costs"]["Amazon Elastic Compute Cloud - Compute"]) < 0.05)
    expect_error("ce end before start is a ValidationException", "ValidationException",
                 lambda: ce.get_cost_and_usage(TimePeriod={"Start": next_day, "End": day}, Granularity="DAILY", Metrics=["UnblendedCost"]))

    pricing = client("pricing")
    def m5_large(region):
        products = pricing.get_products(ServiceCode="AmazonEC2", Filters=[
            {"Type": "TERM_MATCH", "Field": "instanceType", "Value": "m5.large"},
            {"Type": "TERM_MATCH", "Field": "regionCode", "Value": region}])
        price_doc = json.loads(products["PriceList"][0])
        dimension = next(iter(next(iter(price_doc["terms"]["OnDemand"].values()))["priceDimensions"].values()))
        return len(products["PriceList"]), float(dimension["pricePerUnit"]["USD"])
    check("pricing GetProducts parses with m5.large at 0.096 in us-east-1", m5_large("us-east-1") == (1, 0.096))
    check("  and at 0.107 in eu-west-1", m5_large("eu-west-1") == (1, 0.107))

    for service in ["autoscaling", "ec2", "cloudfront", "ce"]:
        wrong = client(service, secret="not-the-demo-secret")
        calls = {
            "autoscaling": lambda: wrong.describe_auto_scaling_groups(),
            "ec2": lambda: wrong.describe_availability_zones(),
            "cloudfront": lambda: wrong.list_distributions(),
            "ce": lambda: wrong.get_cost_and_usage(TimePeriod={"Start": day, "End": next_day}, Granularity="DAILY", Metrics=["UnblendedCost"]),
        }
        code = "InvalidSignatureException" if service == "ce" else "SignatureDoesNotMatch"
        error = expect_error(f"{service} with a wrong secret is {code}", code, calls[service])
        check("  status 403", error is not None and error.response["ResponseMetadata"]["HTTPStatusCode"] == 403)

    control("POST", "/_sim/fault", {"kind": "throttle", "service": "autoscaling", "count": 1})
    expect_error("throttle fault gives Throttling", "Throttling", lambda: autoscaling.describe_policies())
    check("  and only once", len(autoscaling.describe_policies()["ScalingPolicies"]) == 1)
    control("POST", "/_sim/fault", {"kind": "error5xx", "service": "ec2", "count": 1})
    expect_error("error5xx fault gives ec2 InternalError", "InternalError", lambda: ec2.describe_availability_zones())
    for kind in ["truncate", "drop", "malformed"]:
        control("POST", "/_sim/fault", {"kind": kind, "service": "sts", "count": 1})
        try:
            sts.get_caller_identity()
            check(f"{kind} fault breaks the reply", False, "call succeeded")
        except Exception as error:  # noqa: BLE001 - any client-side failure is the point here
            check(f"{kind} fault breaks the reply", True)
            print(f"     ({type(error).__name__})")
    control("POST", "/_sim/fault", {"kind": "az-outage", "zone": "us-east-1c", "seconds": 600})
    zones = {z["ZoneName"]: z["State"] for z in ec2.describe_availability_zones()["AvailabilityZones"]}
    check("az-outage shows as an impaired zone", zones["us-east-1c"] == "impaired")
    control("POST", "/_sim/advance", {"seconds": 300})
    group = autoscaling.describe_auto_scaling_groups()["AutoScalingGroups"][0]
    check("az-outage: the group has no active instance left in us-east-1c",
          not [i for i in group["Instances"] if i["AvailabilityZone"] == "us-east-1c" and i["LifecycleState"] in ("Pending", "InService")])


run()
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
