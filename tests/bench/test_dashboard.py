"""The dashboard benchmark measures a filter change on a generated corpus."""

from bench.dashboard import measure_dashboard


def test_measure_dashboard_reports_numbers():
    result = measure_dashboard(n_places=200, repeats=1)
    assert result["places"] > 0 and result["total"] > 0
