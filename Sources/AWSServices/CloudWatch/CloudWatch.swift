/// CloudWatch (query protocol, 2010-08-01): metric data, batched.
public enum CloudWatch {}
