"""Domain operations. Each takes a Project, runs in one transaction and returns a ChangeSet."""
