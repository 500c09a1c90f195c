"""``python -m geo``: the command line in ``geo.cli``."""

import sys

from geo.cli import main

# Guarded: worker processes started with "spawn" (Dask's) import the main module again.
if __name__ == "__main__":
    sys.exit(main())
