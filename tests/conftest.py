"""Cross-service tests share the fixtures of the confia-testing pytest plugin."""
