import AWSCore
import AWSSigV4
import Foundation
import Testing

@Suite struct QueryEncodingTests {
    @Test func actionAndVersionComeFirst() {
        var params = QueryParameters()
        params.add("AutoScalingGroupName", "web")
        let request = OperationRequest.query(action: "SetDesiredCapacity", version: "2011-01-01", parameters: params)
        #expect(request.method == "POST")
        #expect(request.path == "/")
        #expect(
            String(decoding: request.body, as: UTF8.self)
                == "Action=SetDesiredCapacity&Version=2011-01-01&AutoScalingGroupName=web")
        #expect(request.headers.first?.value == "application/x-www-form-urlencoded; charset=utf-8")
    }

    @Test func listsAreNumberedFromOneUnderMember() {
        var params = QueryParameters()
        params.addList("AutoScalingGroupNames", ["a", "b"])
        params.addList("InstanceId", ["i-1", "i-2"], member: nil)
        #expect(
            params.formEncoded
                == "AutoScalingGroupNames.member.1=a&AutoScalingGroupNames.member.2=b&InstanceId.1=i-1&InstanceId.2=i-2"
        )
    }

    @Test func structuresInsideListsNestTheirFields() {
        struct Filter { var name: String; var values: [String] }
        var params = QueryParameters()
        params.addList("Filters", [Filter(name: "db-instance-id", values: ["x", "y"])]) { params, prefix, filter in
            params.add("\(prefix).Name", filter.name)
            params.addList("\(prefix).Values", filter.values)
        }
        #expect(
            params.pairs.map(\.name) == [
                "Filters.member.1.Name", "Filters.member.1.Values.member.1",
                "Filters.member.1.Values.member.2"
            ])
    }

    @Test func absentOptionalsAddNothing() {
        var params = QueryParameters()
        params.add("A", nil as String?)
        params.add("B", nil as Int?)
        params.addList("C", nil as [String]?)
        params.add("D", true)
        params.add("E", 3)
        #expect(params.formEncoded == "D=true&E=3")
    }

    @Test func encodesWithTheUnreservedSetOnly() {
        var params = QueryParameters()
        params.add("Expr", "SUM(m1) * 2/a+b~c_d.e-f é")
        #expect(params.formEncoded == "Expr=SUM%28m1%29%20%2A%202%2Fa%2Bb~c_d.e-f%20%C3%A9")
    }

    @Test func timestampsAreISO8601UTC() throws {
        var params = QueryParameters()
        let start: Date = try #require(Timestamps.parseISO8601("2025-11-25T18:14:05.250+01:00"))
        params.add("StartTime", start)
        #expect(params.value("StartTime") == "2025-11-25T17:14:05Z")
    }

    @Test func restPathSegmentsAreEscaped() {
        let request = OperationRequest.rest(pathSegments: [
            "2020-05-31", "distributions", "E1/../x?y", "monitoring-subscription"
        ])
        #expect(request.path == "/2020-05-31/distributions/E1%2F..%2Fx%3Fy/monitoring-subscription")
        #expect(request.method == "GET")
        #expect(request.body.isEmpty)
    }

    @Test func jsonRequestsCarryTheTarget() throws {
        struct Input: Encodable { var ServiceCode: String; var MaxResults: Int? }
        let request = try OperationRequest.json(
            targetPrefix: "AWSPriceListService", operation: "GetProducts",
            input: Input(ServiceCode: "AmazonEC2", MaxResults: nil))
        #expect(request.headers.contains(HTTPHeader("X-Amz-Target", "AWSPriceListService.GetProducts")))
        #expect(request.headers.contains(HTTPHeader("Content-Type", "application/x-amz-json-1.1")))
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"ServiceCode":"AmazonEC2"}"#)
    }
}
