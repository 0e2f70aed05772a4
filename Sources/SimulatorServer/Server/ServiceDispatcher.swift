import Foundation
import SimulatorModel

/// Routes a verified request to its service by SigV4 signing name and answers it from the model.
public enum ServiceDispatcher {
    /// The answer to `request` for `service` in `region` (the signature's), errors included, in that
    /// service's protocol. Regional services answer from the shop only in the shop's region.
    public static func dispatch(
        service: String, region: String, request: WireRequest, requestID: String,
        model: inout LaunchDayModel
    ) -> WireResponse {
        guard let wire = WireProtocol.bySigningName[service] else {
            return WireProtocol.query(namespace: "https://\(service).amazonaws.com/").error(
                status: 400, code: "UnknownService", message: "The simulator does not serve '\(service)'.",
                requestID: requestID)
        }
        do throws(QueryError) {
            switch wire {
            case let .query(namespace), let .ec2(namespace):
                let parameters = FormParameters(request: request)
                guard let action = parameters.action, !action.isEmpty else {
                    throw QueryError(code: "MissingAction", message: "Could not find operation for request")
                }
                let call = QueryCall(action: action, parameters: parameters, requestID: requestID, namespace: namespace)
                if region != model.config.region, EmptyRegionReplies.regionalServices.contains(service) {
                    return try EmptyRegionReplies.handle(service: service, region: region, call, model: model)
                }
                switch service {
                case "autoscaling": return try AutoScalingReplies.handle(call, model: &model)
                case "elasticloadbalancing": return try ELBv2Replies.handle(call, model: &model)
                case "monitoring": return try CloudWatchReplies.handle(call, model: &model)
                case "rds": return try RDSReplies.handle(call, model: &model)
                case "sts": return try IdentityReplies.handleSTS(call, model: &model)
                case "iam": return try IdentityReplies.handleIAM(call, model: &model)
                case "ec2": return try EC2Replies.handle(call, model: &model)
                default: throw call.unsupported
                }
            case .restXML:
                return try CloudFrontReplies.handle(request, requestID: requestID, model: model)
            case let .json(prefix):
                guard let target = request.header("X-Amz-Target"), target.hasPrefix(prefix + ".") else {
                    throw QueryError(code: "UnknownOperationException", message: "")
                }
                let operation = String(target.dropFirst(prefix.count + 1))
                let body = try JSONBody(request.body)
                switch service {
                case "ce":
                    return try CostExplorerReplies.handle(operation, body: body, requestID: requestID, model: model)
                case "pricing":
                    return try PricingReplies.handle(operation, body: body, requestID: requestID, model: model)
                case "servicequotas":
                    return try ServiceQuotasReplies.handle(
                        operation, body: body, region: region, requestID: requestID, model: model)
                default: throw QueryError(code: "UnknownOperationException", message: "")
                }
            }
        } catch {
            return wire.error(status: error.status, code: error.code, message: error.message, requestID: requestID)
        }
    }
}

/// A JSON request body, read with Foundation into plain values.
public struct JSONBody: @unchecked Sendable {
    /// The top-level object.
    public var object: [String: Any]

    /// Parses `bytes`; an empty body is an empty object.
    public init(_ bytes: [UInt8]) throws(QueryError) {
        if bytes.isEmpty {
            object = [:]
            return
        }
        guard let value = try? JSONSerialization.jsonObject(with: Data(bytes)), let object = value as? [String: Any]
        else {
            throw QueryError(
                code: "SerializationException", message: "Start of structure or map found where not expected.")
        }
        self.object = object
    }

    /// A string member.
    public func string(_ key: String) -> String? { object[key] as? String }

    /// An object member.
    public func object(_ key: String) -> [String: Any]? { object[key] as? [String: Any] }

    /// An array member.
    public func array(_ key: String) -> [Any]? { object[key] as? [Any] }
}
