/// Auto Scaling (query protocol, 2011-01-01): groups, activities, policies and capacity changes.
public enum AutoScaling {}
