import Foundation
import SimulatorModel

/// One decoded query-protocol call, with what a service handler needs to answer it.
public struct QueryCall: Sendable {
    /// The `Action` parameter.
    public var action: String
    /// Every parameter.
    public var parameters: FormParameters
    /// The id of this request, echoed in the reply.
    public var requestID: String
    /// The service's XML namespace.
    public var namespace: String

    /// A success reply whose `…Result` element `result` fills (nil: no result element).
    public func reply(_ result: ((inout XMLWriter) -> Void)?) -> WireResponse {
        QueryEnvelope.reply(action: action, namespace: namespace, requestID: requestID, result: result)
    }

    /// An EC2-dialect success reply.
    public func ec2Reply(_ body: (inout XMLWriter) -> Void) -> WireResponse {
        QueryEnvelope.ec2Reply(action: action, namespace: namespace, requestID: requestID, body: body)
    }

    /// The error for an action this simulator does not serve.
    public var unsupported: QueryError {
        QueryError(code: "InvalidAction", message: "The action \(action) is not valid for this web service.")
    }
}

/// Timestamps as the XML protocols write them, e.g. `2026-11-27T14:05:00.000Z`.
public enum WireDate {
    /// ISO 8601 with milliseconds, UTC.
    public static func iso(_ date: Date) -> String {
        let seconds = date.formatted(.iso8601)
        return seconds.hasSuffix("Z") ? String(seconds.dropLast()) + ".000Z" : seconds
    }

    /// ISO 8601 of the model's simulated second `time`.
    public static func iso(_ model: LaunchDayModel, _ time: Double) -> String {
        iso(model.date(at: time))
    }

    /// Parses ISO 8601 (with or without fractional seconds) or epoch seconds.
    public static func parse(_ text: String) -> Date? {
        if let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) {
            return date
        }
        return nil
    }
}
