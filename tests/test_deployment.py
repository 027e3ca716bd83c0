"""Issue 14 item 7: the shipped Streamlit settings let in no more than the intake accepts and show
users no tracebacks; the secrets file is never committed."""

import math
import subprocess
import tomllib

from streamlit.config import ShowErrorDetailsConfigOptions

from monitor.config import PROJECT_ROOT, load_config

STREAMLIT = tomllib.loads((PROJECT_ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


def test_upload_limit_matches_the_intake_cap():
    """Streamlit refuses a larger upload before it is held in memory; the page's own cap is
    intake.max_file_mb. The server limit must let through what the intake accepts, and not much
    more (it was 200 MB)."""
    server_mb = STREAMLIT["server"]["maxUploadSize"]
    intake_mb = load_config()["intake.max_file_mb"]
    assert math.ceil(intake_mb) <= server_mb <= math.ceil(intake_mb) + 1, (server_mb, intake_mb)


def test_users_see_no_error_details():
    value = STREAMLIT["client"]["showErrorDetails"]
    assert value == ShowErrorDetailsConfigOptions.NONE.value == "none"


def test_secrets_are_ignored_by_git():
    done = subprocess.run(["git", "check-ignore", "-q", ".streamlit/secrets.toml"],
                          cwd=PROJECT_ROOT, check=False)
    assert done.returncode == 0, ".streamlit/secrets.toml must be in .gitignore"
