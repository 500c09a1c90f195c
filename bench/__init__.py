"""Benchmarks that print numbers; they import geo, never the reverse."""
