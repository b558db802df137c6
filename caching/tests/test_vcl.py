"""deploy/varnish/site.vcl agrees with the app: it compiles, and keys on the parameters pages read."""

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from caching.keys import KEY_PARAMS, PERSONAL_PARAMS

VCL_DIR = Path(__file__).resolve().parents[2] / "deploy" / "varnish"
VCL = (VCL_DIR / "site.vcl").read_text()


def test_the_vcl_keeps_the_same_query_parameters_as_the_app():
    kept = re.search(r"\(\?!\(\?:([a-z_|]+)\)=\)", VCL).group(1).split("|")
    assert sorted(kept) == sorted(KEY_PARAMS)
    personal = re.search(r"\[\?&\]\(([a-z_|]+)\)=\[\^&\]", VCL).group(1).split("|")
    assert sorted(personal) == sorted(PERSONAL_PARAMS)


@pytest.mark.varnish
def test_the_vcl_compiles_with_the_example_backends():
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(varnishd).exists():
        pytest.fail("Varnish is not installed: run `apt-get install varnish` (make test does).")
    # Varnish compiles as its own unprivileged user: a folder it can read (pytest's tmp_path is not).
    tmp_path = Path(tempfile.mkdtemp(prefix="swp-vcl-"))
    tmp_path.chmod(0o755)
    shutil.copy(VCL_DIR / "backends.example.vcl", tmp_path / "backends.vcl")
    (tmp_path / "backends.vcl").chmod(0o644)
    result = subprocess.run(  # noqa: S603
        [varnishd, "-C", "-f", str(VCL_DIR / "site.vcl"), "-p", f"vcl_path={tmp_path}:{VCL_DIR}"],
        capture_output=True,
        text=True,
    )
    shutil.rmtree(tmp_path, ignore_errors=True)
    assert result.returncode == 0, result.stderr[-2000:]
