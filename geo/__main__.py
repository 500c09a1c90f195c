"""``python -m geo``: the command line in ``geo.cli``."""

import sys

from geo.cli import main

sys.exit(main())
