/// IAM (query protocol, 2010-05-08; one global endpoint signed for us-east-1).
public enum IAM {}
