"""Fixtures of the service tests that more than one module shares."""

from __future__ import annotations

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.services.setup import SetupRequest


@pytest.fixture
def office(services: Services) -> Services:
    """Services of a data folder bound to the Hà Nội office that aggregates its communes."""
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator", officer="Lê Văn Cường"))
    return services
