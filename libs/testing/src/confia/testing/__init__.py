"""Test infrastructure shared by the services' and the cross-service tests."""
