"""The Qt-free heart of touchtimer: routines, the session engine and the store.

Nothing in this package may import Qt or anything under ``touchtimer.ui``; a test and an
import-linter contract enforce it.
"""
