import Foundation
import SimulatorModel

/// Pricing (JSON 1.1, `AWSPriceListService`) `GetProducts` from a small built-in catalogue of the
/// shop's on-demand prices.
public enum PricingReplies {
    /// One product of the catalogue.
    struct Product {
        /// The service code, e.g. `AmazonEC2`.
        var serviceCode: String
        /// The SKU.
        var sku: String
        /// The product family.
        var family: String
        /// The attributes filters match against.
        var attributes: [(String, String)]
        /// The price unit, e.g. `Hrs`.
        var unit: String
        /// USD per unit.
        var price: Double
        /// The price dimension's description.
        var description: String
    }

    /// The catalogue, at the model's prices; the Pricing API lists every region, so EU (Ireland)'s
    /// list prices of the shop's instance type and load balancer are there too, for multi-region runs.
    static func catalogue(_ prices: PriceList) -> [Product] {
        let location = [
            ("location", "US East (N. Virginia)"), ("locationType", "AWS Region"), ("regionCode", "us-east-1")
        ]
        let ireland = [("location", "EU (Ireland)"), ("locationType", "AWS Region"), ("regionCode", "eu-west-1")]
        return [
            Product(
                serviceCode: "AmazonEC2", sku: "8KTQAHWA58GUHDGC", family: "Compute Instance",
                attributes: ireland + [
                    ("instanceType", "m5.large"), ("operatingSystem", "Linux"), ("tenancy", "Shared"),
                    ("preInstalledSw", "NA"), ("capacitystatus", "Used"), ("licenseModel", "No License required"),
                    ("usagetype", "EU-BoxUsage:m5.large"), ("vcpu", "2"), ("memory", "8 GiB"),
                    ("servicecode", "AmazonEC2")
                ],
                unit: "Hrs", price: 0.107, description: "$0.107 per On Demand Linux m5.large Instance Hour"),
            Product(
                serviceCode: "AWSELB", sku: "ZQ9B6QHVR4TPS5FB", family: "Load Balancer-Application",
                attributes: ireland + [
                    ("usagetype", "EU-LoadBalancerUsage"), ("operation", "LoadBalancing:Application"),
                    ("servicecode", "AWSELB")
                ],
                unit: "Hrs", price: 0.0252, description: "$0.0252 per Application LoadBalancer-hour (or partial hour)"),
            Product(
                serviceCode: "AmazonEC2", sku: "JRTCKXETXF6YS6EN", family: "Compute Instance",
                attributes: location + [
                    ("instanceType", "m5.large"), ("operatingSystem", "Linux"), ("tenancy", "Shared"),
                    ("preInstalledSw", "NA"), ("capacitystatus", "Used"), ("licenseModel", "No License required"),
                    ("usagetype", "BoxUsage:m5.large"), ("vcpu", "2"), ("memory", "8 GiB"), ("servicecode", "AmazonEC2")
                ],
                unit: "Hrs", price: prices.instanceHour,
                description: "$0.096 per On Demand Linux m5.large Instance Hour"),
            Product(
                serviceCode: "AWSELB", sku: "4V475Q49DRAZM6F2", family: "Load Balancer-Application",
                attributes: location + [
                    ("usagetype", "LoadBalancerUsage"), ("operation", "LoadBalancing:Application"),
                    ("servicecode", "AWSELB")
                ],
                unit: "Hrs", price: prices.loadBalancerHour,
                description: "$0.0225 per Application LoadBalancer-hour (or partial hour)"),
            Product(
                serviceCode: "AWSELB", sku: "J7CSU7VWTHSBSB7N", family: "Load Balancer-Application",
                attributes: location + [
                    ("usagetype", "LCUUsage"), ("operation", "LoadBalancing:Application"), ("servicecode", "AWSELB")
                ],
                unit: "LCU-Hrs", price: prices.lcuHour,
                description: "$0.008 per used Application load balancer capacity unit-hour (or partial hour)"),
            Product(
                serviceCode: "AmazonRDS", sku: "QNJTQPWKKJ5QQ7ZR", family: "Database Instance",
                attributes: location + [
                    ("instanceType", "db.r5.large"), ("databaseEngine", "MySQL"), ("deploymentOption", "Multi-AZ"),
                    ("usagetype", "Multi-AZUsage:db.r5.large"), ("servicecode", "AmazonRDS")
                ],
                unit: "Hrs", price: prices.databaseHour,
                description: "$0.50 per RDS db.r5.large Multi-AZ instance hour (or partial hour) running MySQL"),
            Product(
                serviceCode: "AmazonCloudFront", sku: "N9H5XMGTJ4B6Q5R2", family: "Data Transfer",
                attributes: [
                    ("fromLocation", "United States"), ("transferType", "CloudFront Outbound"),
                    ("usagetype", "US-DataTransfer-Out-Bytes"), ("servicecode", "AmazonCloudFront")
                ],
                unit: "GB", price: prices.cloudFrontGB,
                description: "$0.085 per GB - first 10 TB / month data transfer out (United States)"),
            Product(
                serviceCode: "AmazonCloudFront", sku: "T6Z4XPQ5R8M3K2N7", family: "Request",
                attributes: [
                    ("location", "United States"), ("requestType", "CloudFront-Request-HTTPS-Proxy"),
                    ("usagetype", "US-Requests-Tier2-HTTPS"), ("servicecode", "AmazonCloudFront")
                ],
                unit: "Requests", price: prices.cloudFrontPer10kRequests / 10_000,
                description: "$0.0100 per 10,000 HTTPS Requests")
        ]
    }

    /// Answers `operation` from `model`'s prices.
    public static func handle(_ operation: String, body: JSONBody, requestID: String, model: LaunchDayModel)
        throws(QueryError) -> WireResponse
    {
        guard operation == "GetProducts" else {
            throw QueryError(code: "UnknownOperationException", message: "")
        }
        guard let serviceCode = body.string("ServiceCode") else {
            throw QueryError(code: "InvalidParameterException", message: "Input ServiceCode is required")
        }
        let filters = ((body.array("Filters") as? [[String: Any]]) ?? []).compactMap { filter -> (String, String)? in
            guard let field = filter["Field"] as? String, let value = filter["Value"] as? String else { return nil }
            return (field.lowercased(), value.lowercased())
        }
        let matching = catalogue(model.config.prices).filter { product in
            product.serviceCode == serviceCode
                && filters.allSatisfy { field, value in
                    product.attributes.contains { $0.0.lowercased() == field && $0.1.lowercased() == value }
                        || (field == "productfamily" && product.family.lowercased() == value)
                }
        }
        let priceList = matching.map {
            JSONText.string(document($0, publication: WireDate.iso(model.date(at: -86_400))))
        }
        let reply = JSONText.object([("FormatVersion", .string("aws_v1")), ("PriceList", .array(priceList))])
        return .json(200, reply.text, requestID: requestID)
    }

    /// The price-list document of one product, as the JSON text Pricing embeds in `PriceList`.
    static func document(_ product: Product, publication: String) -> String {
        let offer = "JRTCKXETXF"
        let rate = "6YS6EN2CT7"
        let dimension = JSONText.object([
            ("unit", .string(product.unit)), ("endRange", .string("Inf")),
            ("description", .string(product.description)),
            ("appliesTo", .array([])), ("rateCode", .string("\(product.sku).\(offer).\(rate)")),
            ("beginRange", .string("0")),
            ("pricePerUnit", .object([("USD", .string(String(format: "%.10f", product.price)))]))
        ])
        let term = JSONText.object([
            ("priceDimensions", .object([("\(product.sku).\(offer).\(rate)", dimension)])),
            ("sku", .string(product.sku)), ("effectiveDate", .string("2026-11-01T00:00:00Z")),
            ("offerTermCode", .string(offer)), ("termAttributes", .object([]))
        ])
        return JSONText.render([
            (
                "product",
                .object([
                    ("productFamily", .string(product.family)),
                    ("attributes", .object(product.attributes.map { ($0.0, JSONText.string($0.1)) })),
                    ("sku", .string(product.sku))
                ])
            ),
            ("serviceCode", .string(product.serviceCode)),
            ("terms", .object([("OnDemand", .object([("\(product.sku).\(offer)", term)]))])),
            ("version", .string("20261101000000")),
            ("publicationDate", .string(publication))
        ])
    }
}
