import Foundation
import SimulatorModel

/// CloudFront (rest-xml, 2020-05-31): `ListDistributions` and `GetMonitoringSubscription`.
public enum CloudFrontReplies {
    /// The API version prefix of every path.
    static let version = "/2020-05-31"
    /// The XML namespace of every reply.
    static let namespace = "http://cloudfront.amazonaws.com/doc/2020-05-31/"

    /// Answers `request` from `model`, routed by method and path.
    public static func handle(_ request: WireRequest, requestID: String, model: LaunchDayModel) throws(QueryError)
        -> WireResponse
    {
        let path = request.rawPath.removingPercentEncoding ?? request.rawPath
        let parts = path.split(separator: "/").map(String.init)
        guard request.method == "GET" else {
            throw QueryError(
                code: "MethodNotAllowed", message: "The simulator serves only GET requests to CloudFront.", status: 405)
        }
        if path == version + "/distribution" {
            return listDistributions(requestID: requestID, model: model)
        }
        if parts.count == 4, parts[0] == "2020-05-31", parts[1] == "distributions",
            parts[3] == "monitoring-subscription"
        {
            guard parts[2] == model.config.distributionID else {
                throw QueryError(
                    code: "NoSuchDistribution", message: "The specified distribution does not exist.", status: 404)
            }
            var xml = XMLWriter()
            xml.element("MonitoringSubscription", attributes: [("xmlns", namespace)]) { root in
                root.element("RealtimeMetricsSubscriptionConfig") {
                    $0.leaf("RealtimeMetricsSubscriptionStatus", "Enabled")
                }
            }
            return .xml(200, xml.text, requestID: requestID)
        }
        if path == version + "/tagging" {
            let resource = Self.queryValue("Resource", in: request.rawQuery)
            guard resource == model.config.distributionARN else {
                throw QueryError(code: "NoSuchResource", message: "The specified resource does not exist.", status: 404)
            }
            var xml = XMLWriter()
            xml.element("Tags", attributes: [("xmlns", namespace)]) { root in
                root.element("Items") { items in
                    for (key, value) in ShopTags.all {
                        items.element("Tag") { tag in
                            tag.leaf("Key", key)
                            tag.leaf("Value", value)
                        }
                    }
                }
            }
            return .xml(200, xml.text, requestID: requestID)
        }
        throw QueryError(
            code: "InvalidRequest", message: "No CloudFront operation at \(request.method) \(path) in the simulator.",
            status: 404)
    }

    /// The decoded value of `name` in a raw query string.
    static func queryValue(_ name: String, in query: String) -> String? {
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.first == name { return parts.count > 1 ? (parts[1].removingPercentEncoding ?? parts[1]) : "" }
        }
        return nil
    }

    /// Writes `<name><Quantity>n</Quantity><Items>…</Items></name>`, CloudFront's list shape.
    static func quantified<Item>(
        _ xml: inout XMLWriter, _ name: String, _ items: [Item], tag: String, _ body: (inout XMLWriter, Item) -> Void
    ) {
        xml.element(name) { list in
            list.leaf("Quantity", items.count)
            if !items.isEmpty {
                list.element("Items") { listItems in
                    for item in items { listItems.element(tag) { body(&$0, item) } }
                }
            }
        }
    }

    /// Writes a list of plain strings in CloudFront's list shape.
    static func quantifiedStrings(_ xml: inout XMLWriter, _ name: String, _ items: [String], tag: String) {
        xml.element(name) { list in
            list.leaf("Quantity", items.count)
            if !items.isEmpty {
                list.element("Items") { listItems in
                    for item in items { listItems.leaf(tag, item) }
                }
            }
        }
    }

    /// `ListDistributions`: the one distribution, with the ALB as its origin.
    static func listDistributions(requestID: String, model: LaunchDayModel) -> WireResponse {
        let config = model.config
        var xml = XMLWriter()
        xml.element("DistributionList", attributes: [("xmlns", namespace)]) { root in
            root.leaf("Marker", "")
            root.leaf("MaxItems", 100)
            root.leaf("IsTruncated", false)
            root.leaf("Quantity", 1)
            root.element("Items") { items in
                items.element("DistributionSummary") { summary in
                    summary.leaf("Id", config.distributionID)
                    summary.leaf("ARN", config.distributionARN)
                    summary.leaf("Status", "Deployed")
                    summary.leaf("LastModifiedTime", WireDate.iso(model, -86_400 * 7))
                    summary.leaf("DomainName", config.distributionDomain)
                    quantifiedStrings(&summary, "Aliases", [config.shopDomain], tag: "CNAME")
                    quantified(&summary, "Origins", [config], tag: "Origin") { origin, config in
                        origin.leaf("Id", config.loadBalancerName)
                        origin.leaf("DomainName", config.loadBalancerDNSName)
                        origin.leaf("OriginPath", "")
                        quantified(&origin, "CustomHeaders", [String](), tag: "OriginCustomHeader") { _, _ in }
                        origin.element("CustomOriginConfig") { custom in
                            custom.leaf("HTTPPort", 80)
                            custom.leaf("HTTPSPort", 443)
                            custom.leaf("OriginProtocolPolicy", "https-only")
                            quantifiedStrings(&custom, "OriginSslProtocols", ["TLSv1.2"], tag: "SslProtocol")
                            custom.leaf("OriginReadTimeout", 30)
                            custom.leaf("OriginKeepaliveTimeout", 5)
                        }
                        origin.leaf("ConnectionAttempts", 3)
                        origin.leaf("ConnectionTimeout", 10)
                    }
                    summary.element("OriginGroups") { $0.leaf("Quantity", 0) }
                    summary.element("DefaultCacheBehavior") { behavior in
                        behavior.leaf("TargetOriginId", config.loadBalancerName)
                        behavior.element("TrustedSigners") {
                            $0.leaf("Enabled", false); $0.leaf("Quantity", 0)
                        }
                        behavior.element("TrustedKeyGroups") {
                            $0.leaf("Enabled", false); $0.leaf("Quantity", 0)
                        }
                        behavior.leaf("ViewerProtocolPolicy", "redirect-to-https")
                        behavior.element("AllowedMethods") { methods in
                            methods.leaf("Quantity", 2)
                            methods.element("Items") {
                                $0.leaf("Method", "HEAD"); $0.leaf("Method", "GET")
                            }
                            methods.element("CachedMethods") { cached in
                                cached.leaf("Quantity", 2)
                                cached.element("Items") {
                                    $0.leaf("Method", "HEAD"); $0.leaf("Method", "GET")
                                }
                            }
                        }
                        behavior.leaf("SmoothStreaming", false)
                        behavior.leaf("Compress", true)
                        behavior.element("LambdaFunctionAssociations") { $0.leaf("Quantity", 0) }
                        behavior.element("FunctionAssociations") { $0.leaf("Quantity", 0) }
                        behavior.leaf("FieldLevelEncryptionId", "")
                        behavior.leaf("CachePolicyId", "658327ea-f89d-4fab-a63d-7e88639e58f6")
                    }
                    summary.element("CacheBehaviors") { $0.leaf("Quantity", 0) }
                    summary.element("CustomErrorResponses") { $0.leaf("Quantity", 0) }
                    summary.leaf("Comment", "Launch-day shop")
                    summary.leaf("PriceClass", "PriceClass_100")
                    summary.leaf("Enabled", true)
                    summary.element("ViewerCertificate") { certificate in
                        certificate.leaf("CloudFrontDefaultCertificate", false)
                        certificate.leaf(
                            "ACMCertificateArn",
                            "arn:aws:acm:us-east-1:\(config.accountID):certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
                        )
                        certificate.leaf("SSLSupportMethod", "sni-only")
                        certificate.leaf("MinimumProtocolVersion", "TLSv1.2_2021")
                        certificate.leaf("CertificateSource", "acm")
                    }
                    summary.element("Restrictions") { restrictions in
                        restrictions.element("GeoRestriction") {
                            $0.leaf("RestrictionType", "none"); $0.leaf("Quantity", 0)
                        }
                    }
                    summary.leaf("WebACLId", "")
                    summary.leaf("HttpVersion", "http2and3")
                    summary.leaf("IsIPV6Enabled", true)
                    summary.leaf("Staging", false)
                }
            }
        }
        return .xml(200, xml.text, requestID: requestID)
    }
}
