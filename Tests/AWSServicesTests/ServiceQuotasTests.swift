import AWSCore
import AWSServices
import Foundation
import Testing

/// Service Quotas' GetServiceQuota and GetAWSDefaultServiceQuota, and EC2's DescribeInstanceTypes: what
/// the vCPU headroom reads.
@Suite struct ServiceQuotasTests {
    @Test func theQuotaRequestIsJSONWithTheTargetAndTheEC2VCPUCodes() throws {
        let request = try ServiceQuotas.GetServiceQuota().request()
        #expect(request.header("X-Amz-Target") == "ServiceQuotasV20190624.GetServiceQuota")
        #expect(request.header("Content-Type") == "application/x-amz-json-1.1")
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"QuotaCode":"L-1216C47A","ServiceCode":"ec2"}"#)
        let fallback = try ServiceQuotas.GetAWSDefaultServiceQuota().request()
        #expect(fallback.header("X-Amz-Target") == "ServiceQuotasV20190624.GetAWSDefaultServiceQuota")
        #expect(
            AWSService.serviceQuotas.signingName == "servicequotas"
                && AWSService.serviceQuotas.iamPrefix == "servicequotas")
    }

    @Test func decodesTheAppliedQuotaAndAWSsDefault() throws {
        let applied = try #require(
            try Fixture.decode(ServiceQuotas.GetServiceQuota(), "ServiceQuotas/GetServiceQuota.json").quota)
        #expect(applied.value == 64)
        #expect(applied.quotaCode == "L-1216C47A" && applied.serviceCode == "ec2")
        #expect(applied.quotaName == "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances")
        #expect(applied.adjustable == true && applied.errorReason == nil)
        let standard = try #require(
            try Fixture.decode(
                ServiceQuotas.GetAWSDefaultServiceQuota(), "ServiceQuotas/GetAWSDefaultServiceQuota.json"
            ).quota)
        #expect(standard.value == 5)
    }

    @Test func decodesAQuotaMotoWrote() throws {
        let operation = ServiceQuotas.GetServiceQuota(serviceCode: "vpc", quotaCode: "L-F678F1CE")
        let quota = try #require(try Fixture.decode(operation, "ServiceQuotas/GetServiceQuota-vpc.json").quota)
        #expect(quota.value == 5 && quota.quotaName == "VPCs per Region" && quota.unit == "None")
    }

    @Test func aQuotaWithoutAValueSaysWhy() throws {
        let body =
            #"{"Quota":{"ServiceCode":"ec2","QuotaCode":"L-1216C47A","ErrorReason":{"ErrorCode":"DEPENDENCY_SERVICE_ERROR","ErrorMessage":"EC2 did not answer"}}}"#
        let reply = AWSReply(
            response: HTTPResponse(status: 200, headers: [], body: Array(body.utf8)), operation: "GetServiceQuota")
        let quota = try #require(try ServiceQuotas.GetServiceQuota().decode(reply).quota)
        #expect(quota.value == nil && quota.errorReason == "EC2 did not answer")
    }

    @Test func noSuchResourceIsANotFoundError() throws {
        let error = try Fixture.error(
            ServiceQuotas.GetServiceQuota(), "ServiceQuotas/GetServiceQuota-nosuchresource.json")
        #expect(error.code == "NoSuchResourceException")
        #expect(error.category == .notFound)
        #expect(error.message.contains("not available in the current Region"))
    }

    @Test func instanceTypesAskByNameAndDecodeTheirVCPUs() throws {
        let operation = EC2.DescribeInstanceTypes(instanceTypes: ["m5.large", "t3.micro"])
        #expect(
            try formParameters(operation) == [
                "Action": "DescribeInstanceTypes", "Version": "2016-11-15", "InstanceType.1": "m5.large",
                "InstanceType.2": "t3.micro"
            ])
        let page = try Fixture.decode(operation, "EC2/DescribeInstanceTypes.xml")
        let vcpus = Dictionary(uniqueKeysWithValues: page.instanceTypes.map { ($0.instanceType, $0.defaultVCPUs) })
        #expect(vcpus == ["m5.large": 2, "t3.micro": 2, "g4dn.xlarge": 4])
        #expect(page.nextToken == nil)
        let error = try Fixture.error(operation, "EC2/DescribeInstanceTypes-invalid.xml")
        #expect(error.code == "InvalidInstanceType" && error.message.contains("m5.huge"))
    }
}
