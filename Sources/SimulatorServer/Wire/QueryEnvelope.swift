/// The success envelope of a query-protocol reply: `<ActionResponse><ActionResult>…` and `ResponseMetadata`.
public enum QueryEnvelope {
    /// The reply to `action` in `namespace`; `result` writes the `…Result` element's children,
    /// nil for actions whose reply has no result element (e.g. `SetDesiredCapacity`).
    public static func reply(action: String, namespace: String, requestID: String, result: ((inout XMLWriter) -> Void)?)
        -> WireResponse
    {
        var xml = XMLWriter()
        xml.element("\(action)Response", attributes: [("xmlns", namespace)]) { root in
            if let result { root.element("\(action)Result", result) }
            root.element("ResponseMetadata") { $0.leaf("RequestId", requestID) }
        }
        return .xml(200, xml.text, requestID: requestID)
    }

    /// The reply of an EC2 action: `<ActionResponse><requestId>…</requestId>…`.
    public static func ec2Reply(action: String, namespace: String, requestID: String, body: (inout XMLWriter) -> Void)
        -> WireResponse
    {
        var xml = XMLWriter()
        xml.element("\(action)Response", attributes: [("xmlns", namespace)]) { root in
            root.leaf("requestId", requestID)
            body(&root)
        }
        return .xml(200, xml.text, requestID: requestID)
    }
}
