#!/usr/bin/env python3
"""Seeds a running moto_server with a launch-day account for the refresh benchmark.

An ASG of six instances from a launch template, registered in an ALB target group; a CloudFront
distribution; a Multi-AZ RDS instance; CloudWatch datapoints for every metric Flightdeck queries
(the group's CPU, the target group's requests, 5xx and response time, the distribution's requests,
bytes and error rates); Cost Explorer results queued through moto's static API. The seeding idea is
Tests/AWSServicesTests/Fixtures/record.py's. Prints the ids the benchmark needs as one JSON line.

    python3 Benchmarks/Scripts/seed_moto.py --endpoint http://127.0.0.1:PORT
"""
import argparse
import datetime
import json
import urllib.request

import boto3

REGION = "us-east-1"


def client(endpoint, service):
    return boto3.client(service, region_name=REGION, endpoint_url=endpoint,
                        aws_access_key_id="AKIDBENCHMARK", aws_secret_access_key="benchmark-secret")


def suffix(arn, marker, keep):
    """The CloudWatch dimension value of an ELBv2 ARN, as Collector.arnSuffix builds it."""
    return keep + arn.split(marker, 1)[1]


def put_metrics(cw, namespace, dimensions, metrics, now):
    for name, unit, values in metrics:
        cw.put_metric_data(Namespace=namespace, MetricData=[
            {"MetricName": name, "Dimensions": dimensions, "Timestamp": now - datetime.timedelta(minutes=minutes),
             "Value": value, "Unit": unit}
            for minutes, value in zip(range(len(values), 0, -1), values)])


def queue_costs(endpoint, now, copies):
    """Queues `copies` Cost Explorer results: moto hands the next one to each distinct request body."""
    first = now.replace(day=1)
    days = [(first + datetime.timedelta(days=d)).date() for d in range((now.date() - first.date()).days + 1)]
    result = {"ResultsByTime": [
        {"TimePeriod": {"Start": day.isoformat(), "End": (day + datetime.timedelta(days=1)).isoformat()},
         "Total": {"UnblendedCost": {"Amount": f"{310.25 + index:.4f}", "Unit": "USD"}}, "Groups": [],
         "Estimated": day == now.date()}
        for index, day in enumerate(days)], "DimensionValueAttributes": []}
    request = urllib.request.Request(endpoint + "/moto-api/static/ce/cost-and-usage-results",
                                     data=json.dumps({"results": [result] * copies}).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request).read()


def seed(endpoint):
    ec2, asg, elb, rds, cw, cf = (client(endpoint, s) for s in ("ec2", "autoscaling", "elbv2", "rds", "cloudwatch", "cloudfront"))
    vpc = ec2.describe_vpcs(Filters=[{"Name": "isDefault", "Values": ["true"]}])["Vpcs"][0]["VpcId"]
    subnets = ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc]}])["Subnets"]
    subnet_ids = [s["SubnetId"] for s in subnets[:3]]
    zones = [s["AvailabilityZone"] for s in subnets[:3]]
    template = ec2.create_launch_template(LaunchTemplateName="web", LaunchTemplateData={
        "ImageId": "ami-12c6146b", "InstanceType": "m5.large"})["LaunchTemplate"]["LaunchTemplateId"]
    target_group = elb.create_target_group(Name="web-tg", Protocol="HTTP", Port=80, VpcId=vpc,
                                           HealthCheckPath="/health")["TargetGroups"][0]["TargetGroupArn"]
    balancer = elb.create_load_balancer(Name="web-alb", Subnets=subnet_ids, Scheme="internet-facing",
                                        Type="application")["LoadBalancers"][0]["LoadBalancerArn"]
    elb.create_listener(LoadBalancerArn=balancer, Protocol="HTTP", Port=80,
                        DefaultActions=[{"Type": "forward", "TargetGroupArn": target_group}])
    asg.create_auto_scaling_group(AutoScalingGroupName="web", MinSize=2, MaxSize=12, DesiredCapacity=6,
                                  LaunchTemplate={"LaunchTemplateId": template, "Version": "$Latest"},
                                  VPCZoneIdentifier=",".join(subnet_ids), TargetGroupARNs=[target_group],
                                  HealthCheckType="ELB", HealthCheckGracePeriod=90)
    asg.put_scaling_policy(AutoScalingGroupName="web", PolicyName="cpu70", PolicyType="TargetTrackingScaling",
                           TargetTrackingConfiguration={"PredefinedMetricSpecification": {
                               "PredefinedMetricType": "ASGAverageCPUUtilization"}, "TargetValue": 70.0})
    instances = [i["InstanceId"] for i in asg.describe_auto_scaling_groups(AutoScalingGroupNames=["web"])
                 ["AutoScalingGroups"][0]["Instances"]]
    elb.register_targets(TargetGroupArn=target_group, Targets=[{"Id": i, "Port": 80} for i in instances])
    rds.create_db_instance(DBInstanceIdentifier="orders-db", DBInstanceClass="db.r6g.large", Engine="postgres",
                           MasterUsername="admin", MasterUserPassword="not-a-secret-1", AllocatedStorage=100,
                           MultiAZ=True, AvailabilityZone=zones[0])
    distribution = cf.create_distribution(DistributionConfig={
        "CallerReference": "flightdeck-bench", "Comment": "launch", "Enabled": True,
        "Aliases": {"Quantity": 1, "Items": ["www.example.com"]},
        "Origins": {"Quantity": 1, "Items": [{"Id": "alb", "DomainName": "web-alb.example.com",
                                              "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443,
                                                                     "OriginProtocolPolicy": "http-only"}}]},
        "DefaultCacheBehavior": {"TargetOriginId": "alb", "ViewerProtocolPolicy": "allow-all",
                                 "MinTTL": 0, "ForwardedValues": {"QueryString": False, "Cookies": {"Forward": "none"}}},
    })["Distribution"]["Id"]

    now = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)
    put_metrics(cw, "AWS/EC2", [{"Name": "AutoScalingGroupName", "Value": "web"}],
                [("CPUUtilization", "Percent", [41.0, 55.5, 63.2, 71.8, 68.4])], now)
    alb_dimensions = [{"Name": "TargetGroup", "Value": suffix(target_group, ":targetgroup/", "targetgroup/")},
                      {"Name": "LoadBalancer", "Value": suffix(balancer, ":loadbalancer/", "")}]
    put_metrics(cw, "AWS/ApplicationELB", alb_dimensions, [
        ("RequestCount", "Count", [12000.0, 15500.0, 18200.0, 21000.0, 20400.0]),
        ("HTTPCode_Target_5XX_Count", "Count", [3.0, 0.0, 7.0, 12.0, 4.0]),
        ("TargetResponseTime", "Seconds", [0.081, 0.094, 0.120, 0.143, 0.118])], now)
    cf_dimensions = [{"Name": "DistributionId", "Value": distribution}, {"Name": "Region", "Value": "Global"}]
    put_metrics(cw, "AWS/CloudFront", cf_dimensions, [
        ("Requests", "None", [52000.0, 61000.0, 70500.0, 81000.0, 79000.0]),
        ("BytesDownloaded", "None", [9.1e8, 1.02e9, 1.2e9, 1.4e9, 1.35e9]),
        ("5xxErrorRate", "Percent", [0.01, 0.0, 0.02, 0.05, 0.01]),
        ("4xxErrorRate", "Percent", [0.4, 0.5, 0.45, 0.6, 0.5])], now)
    queue_costs(endpoint, now, copies=8)
    return {"region": REGION, "group": "web", "instances": instances, "targetGroupARN": target_group,
            "loadBalancerARN": balancer, "distributionID": distribution, "database": "orders-db"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint", required=True, help="the moto_server base URL")
    print(json.dumps(seed(parser.parse_args().endpoint)))


if __name__ == "__main__":
    main()
