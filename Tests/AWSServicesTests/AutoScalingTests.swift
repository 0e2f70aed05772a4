import AWSCore
import AWSServices
import Foundation
import Testing

@Suite struct AutoScalingTests {
    @Test func describeGroupsEncodesNames() throws {
        let params = try formParameters(AutoScaling.DescribeAutoScalingGroups(names: ["web", "api"], maxRecords: 50))
        #expect(
            params == [
                "Action": "DescribeAutoScalingGroups", "Version": "2011-01-01",
                "AutoScalingGroupNames.member.1": "web", "AutoScalingGroupNames.member.2": "api",
                "MaxRecords": "50"
            ])
    }

    @Test func decodesRecordedGroups() throws {
        let page = try Fixture.decode(
            AutoScaling.DescribeAutoScalingGroups(), "AutoScaling/DescribeAutoScalingGroups.xml")
        let group = try #require(page.groups.first)
        #expect(page.groups.count == 1)
        #expect(page.nextToken == nil)
        #expect(group.name == "web")
        #expect((group.minSize, group.maxSize, group.desiredCapacity) == (2, 6, 3))
        #expect(group.availabilityZones == ["us-east-1a", "us-east-1b"])
        #expect(group.targetGroupARNs.count == 1)
        #expect(group.targetGroupARNs.first?.contains(":targetgroup/web-tg/") == true)
        #expect(group.healthCheckType == "ELB")
        #expect(group.healthCheckGracePeriod == 120)
        #expect(group.launchTemplate?.name == "web")
        #expect(group.tags["team"] == "launch")
        #expect(group.instances.count == 3)
        for instance in group.instances {
            #expect(instance.instanceID.hasPrefix("i-"))
            #expect(instance.lifecycleState == "InService")
            #expect(instance.healthStatus == "Healthy")
            #expect(instance.availabilityZone.hasPrefix("us-east-1"))
            #expect(instance.protectedFromScaleIn == false)
        }
    }

    @Test func decodesTheEmptyReply() throws {
        let page = try Fixture.decode(
            AutoScaling.DescribeAutoScalingGroups(), "AutoScaling/DescribeAutoScalingGroups-empty.xml")
        #expect(page.groups.isEmpty)
    }

    @Test func decodesActivities() throws {
        let operation = AutoScaling.DescribeScalingActivities(groupName: "web")
        #expect(try Fixture.decode(operation, "AutoScaling/DescribeScalingActivities.xml").activities.isEmpty)
        let page = try Fixture.decode(operation, "AutoScaling/DescribeScalingActivities-inprogress.xml")
        #expect(page.activities.count == 2)
        #expect(page.nextToken == "b5a3b43e-10c6-4b61-8e41-2756db1fb8f5")
        let running = page.activities[0]
        #expect(running.statusCode == "InProgress")
        #expect(running.progress == 30)
        #expect(running.endTime == nil)
        #expect(running.startTime == Timestamps.parseISO8601("2026-11-25T18:20:22.551Z"))
        #expect(page.activities[1].statusMessage?.contains("sufficient t3.micro capacity") == true)
    }

    @Test func decodesTargetTrackingPolicies() throws {
        let page = try Fixture.decode(
            AutoScaling.DescribePolicies(groupName: "web"), "AutoScaling/DescribePolicies.xml")
        let policy = try #require(page.policies.first)
        #expect(policy.name == "cpu50")
        #expect(policy.policyType == "TargetTrackingScaling")
        #expect(policy.targetTracking?.predefinedMetricType == "ASGAverageCPUUtilization")
        #expect(policy.targetTracking?.targetValue == 50)
        #expect(policy.targetTracking?.disableScaleIn == false)
    }

    @Test func decodesScheduledActionsAndSendsTheirChangesOnce() throws {
        let page = try Fixture.decode(
            AutoScaling.DescribeScheduledActions(groupName: "web"), "AutoScaling/DescribeScheduledActions.xml")
        let action = try #require(page.actions.first)
        #expect(action.groupName == "web" && action.name == "prewarm")
        #expect(action.startTime == Date(timeIntervalSince1970: 1_894_698_000), "2030-01-15T09:00:00Z")
        #expect(action.minSize == 4 && action.maxSize == 8 && action.desiredCapacity == nil && action.recurrence == nil)
        #expect(page.nextToken == nil)
        let put = AutoScaling.PutScheduledUpdateGroupAction(
            groupName: "web", actionName: "prewarm", startTime: action.startTime ?? Date(),
            minSize: 4, maxSize: 8)
        #expect(!put.isIdempotent)
        #expect(
            try formParameters(put) == [
                "Action": "PutScheduledUpdateGroupAction", "Version": "2011-01-01", "AutoScalingGroupName": "web",
                "ScheduledActionName": "prewarm", "StartTime": "2030-01-15T09:00:00Z", "MinSize": "4", "MaxSize": "8"
            ])
        #expect(try Fixture.decode(put, "AutoScaling/PutScheduledUpdateGroupAction.xml").requestID?.isEmpty == false)
        let delete = AutoScaling.DeleteScheduledAction(groupName: "web", actionName: "prewarm")
        _ = try Fixture.decode(delete, "AutoScaling/DeleteScheduledAction.xml")
        let error = try Fixture.error(delete, "AutoScaling/DeleteScheduledAction-notfound.xml")
        #expect(error.code == "ValidationError" && error.message == "Scheduled action name not found")
    }

    @Test func capacityChangesAreMutations() throws {
        let set = AutoScaling.SetDesiredCapacity(groupName: "web", desiredCapacity: 4, honorCooldown: false)
        #expect(!set.isIdempotent)
        #expect(
            try formParameters(set) == [
                "Action": "SetDesiredCapacity", "Version": "2011-01-01",
                "AutoScalingGroupName": "web", "DesiredCapacity": "4", "HonorCooldown": "false"
            ])
        #expect(try Fixture.decode(set, "AutoScaling/SetDesiredCapacity.xml").requestID?.isEmpty == false)
        let update = AutoScaling.UpdateAutoScalingGroup(groupName: "web", minSize: 2, maxSize: 8)
        #expect(!update.isIdempotent)
        #expect(try formParameters(update)["DesiredCapacity"] == nil)
        _ = try Fixture.decode(update, "AutoScaling/UpdateAutoScalingGroup.xml")
        let error = try Fixture.error(update, "AutoScaling/UpdateAutoScalingGroup-notfound.xml")
        #expect(error.code == "ValidationError")
        #expect(error.category == .validation)
        #expect(error.message.contains("not found"))
    }
}
