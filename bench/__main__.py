"""``python -m bench``: the command line in ``bench.cli``."""

import sys

from bench.cli import main

# Guarded: worker processes started with "spawn" (Dask's) import the main module again.
if __name__ == "__main__":
    sys.exit(main())
