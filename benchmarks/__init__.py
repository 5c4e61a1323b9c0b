"""Benchmarks: each prints ShopManager's time next to the bare library doing the same
work in the same run, as a ratio. Run them all with `make bench`."""
