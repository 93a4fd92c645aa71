"""PostgreSQL for the benchmarks: the server the tests use when one is given
(``CREATORPULSE_TEST_POSTGRES``), else a throwaway one started here for the run."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from tests.support.pgserver import ENV, running_postgres


@contextlib.contextmanager
def postgres_server(wanted: bool) -> Iterator[None]:
    """With ``wanted``, make sure a PostgreSQL server is there (and its address in ``ENV``)
    for as long as the block runs; without, do nothing."""
    if not wanted or os.environ.get(ENV):
        yield
        return
    with running_postgres() as url:
        os.environ[ENV] = url
        try:
            yield
        finally:
            del os.environ[ENV]
