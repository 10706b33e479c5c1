"""Benchmarks behind ``wirewatch bench NAME``.

Each module here exposes ``add_arguments(parser)`` and ``run(args) -> int`` and prints its figures
side by side with a baseline measured in the same run.
"""
