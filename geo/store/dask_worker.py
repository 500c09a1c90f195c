"""Preload of the LocalCluster workers an ingest starts: each dies with the ingest process.

Dask imports this module in every worker process it starts (``preload``) and calls ``dask_setup``.
The worker's parent is the ingest (a LocalCluster's nannies live in it), so ``die_with_parent``
makes the kernel end the worker when the ingest ends, even by SIGKILL.
"""

from __future__ import annotations

import os

from geo.core.workers import die_with_parent


def dask_setup(worker) -> None:
    """Ask the kernel to kill this worker when its parent (the ingest) dies."""
    die_with_parent(os.getppid())
