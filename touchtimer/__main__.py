"""Allow ``python -m touchtimer``."""

import sys

from touchtimer.cli import main

sys.exit(main())
