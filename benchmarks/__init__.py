"""The project's benchmark: `python -m benchmarks` (or `--quick`). See README, "Benchmark"."""
