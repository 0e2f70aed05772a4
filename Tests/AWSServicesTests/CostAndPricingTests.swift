import AWSCore
import AWSServices
import Foundation
import Testing

@Suite struct CostAndPricingTests {
    @Test func costRequestIsJSONWithTheTarget() throws {
        let operation = CostExplorer.GetCostAndUsage(
            period: .init(start: "2026-11-01", end: "2026-11-03"),
            groupBy: [.init(type: "DIMENSION", key: "SERVICE")],
            filter: .and([.dimension(key: "REGION", values: ["us-east-1"]), .not(.tag(key: "env", values: ["dev"]))]))
        let request = try operation.withPageToken("next").request()
        #expect(request.header("X-Amz-Target") == "AWSInsightsIndexService.GetCostAndUsage")
        #expect(request.header("Content-Type") == "application/x-amz-json-1.1")
        #expect(
            String(decoding: request.body, as: UTF8.self)
                == #"{"Filter":{"And":[{"Dimensions":{"Key":"REGION","Values":["us-east-1"]}},{"Not":{"Tags":{"Key":"env","Values":["dev"]}}}]},"Granularity":"DAILY","GroupBy":[{"Key":"SERVICE","Type":"DIMENSION"}],"Metrics":["UnblendedCost"],"NextPageToken":"next","TimePeriod":{"End":"2026-11-03","Start":"2026-11-01"}}"#
        )
    }

    @Test func decodesRecordedCosts() throws {
        let operation = CostExplorer.GetCostAndUsage(period: .init(start: "2025-11-01", end: "2025-11-03"))
        let page = try Fixture.decode(operation, "CostExplorer/GetCostAndUsage.json")
        #expect(page.resultsByTime.count == 2)
        #expect(page.resultsByTime[0].total["UnblendedCost"] == .init(amount: "123.4567", unit: "USD"))
        #expect(page.resultsByTime[0].total["UnblendedCost"]?.value == 123.4567)
        #expect(!page.resultsByTime[0].estimated)
        #expect(page.resultsByTime[1].groups.first?.keys == ["Amazon Elastic Compute Cloud - Compute"])
        #expect(page.resultsByTime[1].estimated)
        #expect(page.nextPageToken == nil)
        #expect(try Fixture.decode(operation, "CostExplorer/GetCostAndUsage-empty.json").resultsByTime.isEmpty)
    }

    @Test func decodesProductsAndTheirOnDemandPrice() throws {
        let operation = Pricing.GetProducts(
            serviceCode: "AmazonEC2", filters: [.init(field: "instanceType", value: "t3.micro")])
        let body = String(decoding: try operation.request().body, as: UTF8.self)
        #expect(
            body
                == #"{"Filters":[{"Field":"instanceType","Type":"TERM_MATCH","Value":"t3.micro"}],"FormatVersion":"aws_v1","ServiceCode":"AmazonEC2"}"#
        )
        let page = try Fixture.decode(operation, "Pricing/GetProducts.json")
        #expect(page.nextToken == "bmV4dC1wYWdl")
        let price = try CostAndPricingTests.onlyPrice(page.priceList)
        #expect(price.sku == "VQSZMTCVJ5U2VWZW")
        #expect(price.usdPerUnit == 0.0104)
        #expect(price.unit == "Hrs")
        #expect(price.attributes["instanceType"] == "t3.micro")
        #expect(throws: AWSDecodingError.self) { try Pricing.OnDemandPrice.parse("not json") }
        #expect(throws: AWSDecodingError.self) {
            try Pricing.OnDemandPrice.parse(#"{"product":{"sku":"X"},"terms":{}}"#)
        }
    }

    /// A tiered price (CloudFront's data transfer) gives its first tier, whatever order the JSON lists them in.
    @Test(arguments: [["10240", "0", "51200"], ["0", "51200", "10240"], ["51200", "10240", "0"]])
    func aTieredPriceGivesItsFirstTier(_ order: [String]) throws {
        let usd = ["0": "0.0850000000", "10240": "0.0800000000", "51200": "0.0600000000"]
        let dimensions = order.map { begin in
            #""SKU.TERM.\#(begin)":{"beginRange":"\#(begin)","endRange":"Inf","unit":"GB","pricePerUnit":{"USD":"\#(usd[begin] ?? "")"}}"#
        }.joined(separator: ",")
        let entry =
            #"{"product":{"sku":"SKU","attributes":{"transferType":"CloudFront Outbound"}},"terms":{"OnDemand":{"SKU.TERM":{"priceDimensions":{\#(dimensions)}}}}}"#
        let price = try Pricing.OnDemandPrice.parse(entry)
        #expect(price.usdPerUnit == 0.085 && price.unit == "GB")
    }

    @Test func aServer500PageIsATransientError() throws {
        let error = try Fixture.error(
            Pricing.GetProducts(serviceCode: "AmazonEC2"), "Pricing/GetProducts-unsupported.html")
        #expect(error.code == "HTTP 500")
        #expect(error.category == .transient)
        #expect(error.message.contains("500 Internal Server Error"))
    }

    static func onlyPrice(_ list: [String]) throws -> Pricing.OnDemandPrice {
        let entry = try #require(list.first)
        return try Pricing.OnDemandPrice.parse(entry)
    }
}
