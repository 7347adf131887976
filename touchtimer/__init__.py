"""touchtimer: a calm, hands-free guide for skin-to-skin and infant-massage routines."""

__version__ = "0.1.0"
