/// STS (query protocol, 2011-06-15; regional endpoints): identity and temporary credentials.
public enum STS {}
