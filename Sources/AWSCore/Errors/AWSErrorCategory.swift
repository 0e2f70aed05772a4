/// What a failure means for the caller: whether to retry, re-sign, refresh credentials or give up.
public enum AWSErrorCategory: String, Sendable, Equatable, CaseIterable {
    /// The service throttled the call (a throttling code or HTTP 429); retried with backoff.
    case throttling
    /// A passing failure: HTTP 5xx, a broken connection, a timeout; retried with backoff.
    case transient
    /// The request's time was too far from the service's; re-signed with a corrected clock.
    case clockSkew
    /// Temporary credentials expired; refreshed once and the call retried.
    case expiredCredentials
    /// The key is unknown or the signature is wrong for it.
    case invalidCredentials
    /// The caller is not allowed to do this.
    case accessDenied
    /// The named resource does not exist.
    case notFound
    /// The request was malformed or its parameters invalid.
    case validation
    /// Anything else.
    case other
}

/// Sorts error codes and statuses into `AWSErrorCategory`.
public enum AWSErrorClassifier {
    /// Codes AWS services use for throttling (the SDKs' list, plus those seen in these services).
    public static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException"
    ]
    /// Codes of passing server-side failures.
    public static let transientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure", "InternalFailureException",
        "ServiceUnavailable", "ServiceUnavailableException", "InternalServerError", "InternalServiceException"
    ]
    /// Codes that always mean the request's time was off.
    public static let clockSkewCodes: Set<String> = ["RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture"]
    /// Codes that mean clock skew only when the message talks about time.
    public static let signatureCodes: Set<String> = [
        "SignatureDoesNotMatch", "InvalidSignatureException", "AuthFailure"
    ]
    /// Codes of expired temporary credentials.
    public static let expiredCredentialCodes: Set<String> = [
        "ExpiredToken", "ExpiredTokenException", "TokenRefreshRequired"
    ]
    /// Codes of unknown keys and wrong signatures.
    public static let invalidCredentialCodes: Set<String> = [
        "InvalidClientTokenId", "UnrecognizedClientException", "InvalidAccessKeyId", "IncompleteSignature",
        "MissingAuthenticationToken", "MissingAuthenticationTokenException", "InvalidToken"
    ]
    /// Codes of refused permissions.
    public static let accessDeniedCodes: Set<String> = [
        "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess", "OptInRequired"
    ]
    /// Codes of malformed or invalid requests.
    public static let validationCodes: Set<String> = [
        "ValidationError", "ValidationException", "InvalidParameterValue", "InvalidParameterCombination",
        "MissingParameter", "InvalidParameter", "InvalidParameterException", "InvalidInput", "InvalidArgument",
        "MalformedQueryString", "SerializationException", "InvalidAction", "InvalidQueryParameter",
        "InvalidNextToken", "InvalidPaginationToken", "InvalidParameterValueException", "MalformedInput"
    ]

    /// The category of an AWS error with `code`, `message` and HTTP `status`.
    public static func category(code: String, message: String, status: Int) -> AWSErrorCategory {
        if throttlingCodes.contains(code) || status == 429 { return .throttling }
        if clockSkewCodes.contains(code) { return .clockSkew }
        if signatureCodes.contains(code) {
            let text = message.lowercased()
            if text.contains("expired") || text.contains("not yet current") || text.contains("skew") {
                return .clockSkew
            }
            return .invalidCredentials
        }
        if expiredCredentialCodes.contains(code) { return .expiredCredentials }
        if invalidCredentialCodes.contains(code) { return .invalidCredentials }
        if accessDeniedCodes.contains(code) { return .accessDenied }
        if code.hasSuffix("NotFound") || code.hasSuffix("NotFoundException") || code.hasSuffix("NotFoundFault")
            || code.hasPrefix("NoSuch") || code.hasSuffix(".NotFound")
        {
            return .notFound
        }
        if validationCodes.contains(code) || code.hasSuffix(".Malformed") { return .validation }
        if transientCodes.contains(code) || (500...599).contains(status) { return .transient }
        switch status {
        case 401: return .invalidCredentials
        case 403: return .accessDenied
        case 404: return .notFound
        case 400, 413, 422: return .validation
        default: return .other
        }
    }

    /// The category of any error the client can throw: `AWSError`, `TransportError`, or other.
    public static func category(of error: any Error) -> AWSErrorCategory {
        switch error {
        case let error as AWSError: return error.category
        case let error as TransportError: return category(of: error)
        default: return .other
        }
    }

    /// Transport failures: timeouts, broken and refused connections are transient; TLS, DNS and a
    /// transport that is down are not (retrying them only delays the message the operator needs).
    public static func category(of error: TransportError) -> AWSErrorCategory {
        switch error {
        case .timeout, .broken, .connect: return .transient
        case .dns, .tls, .unavailable: return .other
        }
    }
}
