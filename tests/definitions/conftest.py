"""The project's config and register codes, shared by the definition tests."""

import pytest

from monitor.config import load_config
from monitor.register import load_register


@pytest.fixture(scope="module")
def config():
    return load_config()


@pytest.fixture(scope="module")
def codes(config):
    return set(load_register(config)["code"])
