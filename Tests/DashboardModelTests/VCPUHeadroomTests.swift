import DashboardModel
import DashboardRender
import Foundation
import Testing

/// The Standard On-Demand vCPU quota against what runs and what the watched groups need at max.
@Suite struct VCPUHeadroomTests {
    /// A metrics poll carrying `readings`.
    static func metrics(_ readings: [VCPUQuotaReading]?) -> PollResult {
        var snapshot = MetricsSnapshot(values: [:])
        snapshot.vcpuQuotas = readings
        return .metrics(snapshot)
    }

    /// The shop: web-asg (max 20, 4 m5.large running) and a region reading of `quota`, `inUse` (web-asg's 8
    /// vCPUs included when `groupShare` says so).
    static func state(
        quota: Int? = 64, source: VCPUQuotaReading.Source? = .applied, inUse: Int? = 38, groupShare: Int = 8,
        groups: [AutoScalingGroupStatus]? = nil
    ) -> DashboardState {
        var state = DashboardState(start: Fixtures.start)
        let four: [(String, InstanceLifecycle, Bool)] = [
            ("a", .inService, true), ("b", .inService, true), ("c", .inService, true), ("a", .pending, true)
        ]
        _ = state.apply(
            .polled(
                .autoScaling, .autoScaling(groups ?? [Fixtures.group(max: 20, desired: 4, instances: four)]),
                Fixtures.at(1)))
        let reading = VCPUQuotaReading(
            region: "us-east-1", quota: quota, source: source, inUse: inUse,
            inUseByGroup: ["web-asg": groupShare], vcpusByType: ["m5.large": 2, "c5.xlarge": 4, "p3.2xlarge": 8])
        _ = state.apply(.polled(.metrics, metrics([reading]), Fixtures.at(2)))
        return state
    }

    @Test func theGroupsAtMaxNeedTheirMaxTimesTheirVCPUsLessWhatTheyRun() throws {
        let headroom = try #require(Self.state().vcpuHeadroom(in: "us-east-1"))
        #expect(headroom.quota == 64 && headroom.source == .applied)
        #expect(headroom.inUse == 38, "30 outside the group and the group's 4 m5.large (8 vCPUs)")
        #expect(headroom.neededAtMax == 20 * 2 - 8)
        #expect(headroom.free == 26 && headroom.overAtMax == 6)
        #expect(headroom.instancesThatFit(vcpus: 2) == 13 && headroom.instancesThatFit(vcpus: 4) == 6)
        #expect(headroom.groupsLeftOut.isEmpty)
    }

    @Test func theGroupsCountAsTheyRunNowNotAsTheReadingSawThem() throws {
        // The reading saw the group with 2 instances (4 vCPUs); the Auto Scaling poll since shows 4.
        let headroom = try #require(Self.state(inUse: 34, groupShare: 4).vcpuHeadroom(in: "us-east-1"))
        #expect(headroom.inUse == 38)
        #expect(headroom.neededAtMax == 32)
    }

    @Test func aQuotaThatHoldsTheGroupsAtMaxRaisesNoAlert() throws {
        let state = Self.state(quota: 128)
        #expect(state.vcpuHeadroom(in: "us-east-1")?.overAtMax == 0)
        #expect(!state.alerts.contains { $0.code == "vcpu-quota-short" })
    }

    @Test func aQuotaTheGroupsAtMaxCannotReachIsAWarningSayingTheFigures() throws {
        let alert = try #require(Self.state().alerts.first { $0.code == "vcpu-quota-short" })
        #expect(alert.severity == .warning && alert.resource == "us-east-1")
        #expect(alert.condition == .vcpuQuotaShort(quota: 64, source: .applied, inUse: 38, neededAtMax: 32, over: 6))
        let fallback = try #require(
            Self.state(quota: 5, source: .awsDefault).alerts.first { $0.code == "vcpu-quota-short" })
        #expect(
            fallback.condition == .vcpuQuotaShort(quota: 5, source: .awsDefault, inUse: 38, neededAtMax: 32, over: 65))
    }

    @Test func exactlyAtTheQuotaFits() throws {
        // 30 others + 40 at max = 70.
        let state = Self.state(quota: 70)
        #expect(state.vcpuHeadroom(in: "us-east-1")?.overAtMax == 0)
        #expect(!state.alerts.contains { $0.code == "vcpu-quota-short" })
    }

    @Test func anUnknownQuotaOrUseGivesNoAlertAndNoOverage() throws {
        let noQuota = Self.state(quota: nil, source: nil)
        #expect(noQuota.vcpuHeadroom(in: "us-east-1")?.overAtMax == nil)
        #expect(noQuota.vcpuHeadroom(in: "us-east-1")?.inUse == 38)
        #expect(!noQuota.alerts.contains { $0.code == "vcpu-quota-short" })
        let noUse = Self.state(inUse: nil)
        #expect(noUse.vcpuHeadroom(in: "us-east-1")?.free == nil)
        #expect(noUse.vcpuHeadroom(in: "us-east-1")?.quota == 64)
        #expect(!noUse.alerts.contains { $0.code == "vcpu-quota-short" })
    }

    @Test func groupsOfOtherBucketsAreNotCountedAndUnknownTypesAreLeftOutByName() throws {
        var gpu = Fixtures.group(name: "gpu-asg", max: 10, desired: 1, instances: [("a", .inService, true)])
        gpu.instances = gpu.instances.map {
            var instance = $0; instance.instanceType = "p3.2xlarge"; return instance
        }
        let empty = Fixtures.group(name: "new-asg", max: 5, desired: 0, instances: [])
        let web = Fixtures.group(max: 20, desired: 2)
        let state = Self.state(inUse: 34, groupShare: 4, groups: [web, gpu, empty])
        let headroom = try #require(state.vcpuHeadroom(in: "us-east-1"))
        #expect(headroom.neededAtMax == 40 - 4, "the p3 group counts against another quota")
        #expect(headroom.inUse == 34)
        #expect(headroom.groupsLeftOut == ["new-asg"], "a group that never ran an instance has no known type")
    }

    @Test func aFailedCallKeepsTheLastValueOfWhatItFed() throws {
        var state = Self.state()
        _ = state.apply(
            .polled(
                .metrics,
                Self.metrics([
                    VCPUQuotaReading(
                        region: "us-east-1", quota: nil, source: nil, inUse: 40,
                        inUseByGroup: ["web-asg": 8])
                ]), Fixtures.at(70)))
        let headroom = try #require(state.vcpuHeadroom(in: "us-east-1"))
        #expect(headroom.quota == 64 && headroom.source == .applied, "the quota stays as last read")
        #expect(headroom.inUse == 40, "the use is this poll's")
        #expect(state.vcpus(of: "m5.large", in: "us-east-1") == 2, "types' vCPUs are kept")
        _ = state.apply(.polled(.metrics, Self.metrics(nil), Fixtures.at(130)))
        #expect(state.vcpuHeadroom(in: "us-east-1")?.inUse == 40, "a poll that read nothing leaves the last reading")
    }

    @Test(arguments: [
        ("m5.large", true), ("c7gn.xlarge", true), ("r7iz.large", true), ("t4g.micro", true), ("z1d.large", true),
        ("a1.medium", true),
        ("d3en.xlarge", true), ("h1.2xlarge", true), ("i4i.large", true), ("im4gn.large", true), ("is4gen.large", true),
        ("m7i-flex.large", true), ("p3.2xlarge", false), ("g4dn.xlarge", false), ("x2iedn.xlarge", false),
        ("inf2.xlarge", false),
        ("trn1.2xlarge", false), ("dl1.24xlarge", false), ("f1.2xlarge", false), ("vt1.3xlarge", false),
        ("u-6tb1.metal", false),
        ("hpc7g.4xlarge", false), ("mac2.metal", false)
    ])
    func theStandardBucketIsTheseSeriesLetters(_ type: String, _ standard: Bool) {
        #expect(InstanceBucket.isStandard(type) == standard, "\(type)")
    }

    @Test func theTightestRegionIsTheOneMostOverAtMax() throws {
        var state = Self.state()
        var snapshot = MetricsSnapshot(values: [:])
        snapshot.vcpuQuotas = [
            VCPUQuotaReading(region: "eu-west-1", quota: 5, source: .awsDefault, inUse: 0),
            VCPUQuotaReading(
                region: "us-east-1", quota: 64, source: .applied, inUse: 38, inUseByGroup: ["web-asg": 8],
                vcpusByType: ["m5.large": 2])
        ]
        _ = state.apply(.polled(.metrics, .metrics(snapshot), Fixtures.at(70)))
        #expect(state.vcpuHeadrooms.map(\.region) == ["eu-west-1", "us-east-1"])
        #expect(state.tightestVCPUHeadroom?.region == "us-east-1", "eu-west-1 has room and no group")
    }

    @Test func theSnapshotCarriesTheTightestQuotaOrNull() throws {
        let document = SnapshotDocument(state: Self.state(), account: nil, regions: ["us-east-1"], now: Fixtures.at(3))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(document.json().utf8)) as? [String: Any])
        let quota = try #require(object["vcpuQuota"] as? [String: Any])
        #expect(quota["quota"] as? Int == 64 && quota["inUse"] as? Int == 38 && quota["neededAtMax"] as? Int == 32)
        #expect(quota["source"] as? String == "service-quotas" && quota["region"] as? String == "us-east-1")
        let unknown = SnapshotDocument(
            state: Self.state(quota: nil, source: nil, inUse: nil), account: nil, regions: ["us-east-1"],
            now: Fixtures.at(3))
        let unknownObject = try #require(
            try JSONSerialization.jsonObject(with: Data(unknown.json().utf8)) as? [String: Any])
        #expect(unknownObject["vcpuQuota"] is NSNull)
        let partial = SnapshotDocument(
            state: Self.state(quota: nil, source: nil), account: nil, regions: ["us-east-1"], now: Fixtures.at(3))
        let partialQuota = try #require(
            (try JSONSerialization.jsonObject(with: Data(partial.json().utf8)) as? [String: Any])?["vcpuQuota"]
                as? [String: Any])
        #expect(
            partialQuota["quota"] is NSNull && partialQuota["source"] is NSNull && partialQuota["inUse"] as? Int == 38)
    }
}

/// The scaling confirmation's room in the vCPU quota.
@Suite struct ScalingQuotaRoomTests {
    @Test func theDialogSaysHowManyOfTheTypeFitAndWarnsPastThem() throws {
        let state = VCPUHeadroomTests.state()
        let group = try #require(state.groups.value?.first)
        let room = try #require(state.quotaRoom(for: group))
        #expect(room.fit == 13 && room.instanceType == "m5.large")
        let plan = ScalingPlanner.plan(
            ScalingRequest(group: group.name, desired: 18), group: group, prices: .bundled, quotaRoom: room)
        #expect(plan.quotaRoom == room && room.quota == 64 && room.inUse == 38)
        #expect(plan.warnings.contains(.vcpuQuotaRoom(fit: 13, instanceType: "m5.large", launches: 14)))
        let small = ScalingPlanner.plan(
            ScalingRequest(group: group.name, desired: 6), group: group, prices: .bundled, quotaRoom: room)
        #expect(!small.warnings.contains { if case .vcpuQuotaRoom = $0 { return true } else { return false } })
    }

    @Test func noRoomIsShownWithoutAQuotaOrForAnotherBucket() throws {
        let state = VCPUHeadroomTests.state(quota: nil, source: nil)
        let group = try #require(state.groups.value?.first)
        #expect(state.quotaRoom(for: group) == nil)
        let plan = ScalingPlanner.plan(
            ScalingRequest(group: group.name, desired: 6), group: group, prices: .bundled, quotaRoom: nil)
        #expect(plan.quotaRoom == nil)
    }
}
