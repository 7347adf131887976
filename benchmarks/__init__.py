"""touchtimer's performance suite: start-up, memory, a quiet session, timing and a big history.

Run it with ``python -m benchmarks`` from the repository root; see ``docs/performance.md``.
Every measurement that needs Qt runs in its own subprocess (:mod:`benchmarks.driver`), so one
process never carries another's imports, memory or timers.
"""
