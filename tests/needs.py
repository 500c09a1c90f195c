"""What a test needs from the machine (a browser, a binary): without it, a skip on a developer's
machine and a failure under ``CI=true``, where a missing need must not pass as green."""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def missing(reason: str) -> None:
    """Stop the test for want of something: fail in CI, skip elsewhere."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: this test must run)")
    pytest.skip(reason)
