"""``python -m bench``: the command line in ``bench.cli``."""

import sys

from bench.cli import main

sys.exit(main())
