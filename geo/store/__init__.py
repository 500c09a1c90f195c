"""The persistent corpus: a DuckDB file holding every article once with all the parser found.

``connect`` opens it (short-lived connections, retried while another process holds the file),
``schema`` creates and migrates it, ``rows`` turns parsed articles into one Arrow batch (the same code
for a local ingest and a Dask shard), ``write`` takes a batch in as one transaction, ``ingest`` and
``cluster`` drive local and Dask ingests (``dask_worker`` ties a LocalCluster's workers to the ingest), ``query`` answers a ``Filters`` and ``export`` writes files.
"""
