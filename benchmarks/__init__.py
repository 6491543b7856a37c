"""Speed, memory and NLU-quality measurements, run by `make bench` (never as timed tests)."""
