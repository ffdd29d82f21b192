"""Start-up plumbing every Confia service shares."""
