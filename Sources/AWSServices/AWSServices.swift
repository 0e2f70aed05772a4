/// Requests and decoded replies of the AWS services Flightdeck calls.
public enum AWSServices {}
