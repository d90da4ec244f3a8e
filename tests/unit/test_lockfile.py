"""uv.lock must agree with pyproject.toml: Community Cloud installs from uv.lock (the first dependency file it finds),
so a dependency added to pyproject without `uv lock` would be missing on the hosted app."""

from __future__ import annotations

import tomllib

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.conftest import ROOT


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _lock() -> dict:
    return tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))


def _declared() -> dict[tuple[str, str | None], Requirement]:
    project = _pyproject()["project"]
    declared = {}
    for text in project.get("dependencies", []):
        req = Requirement(text)
        declared[(canonicalize_name(req.name), None)] = req
    for extra, items in project.get("optional-dependencies", {}).items():
        for text in items:
            req = Requirement(text)
            declared[(canonicalize_name(req.name), extra)] = req
    return declared


def _root_package() -> dict:
    name = canonicalize_name(_pyproject()["project"]["name"])
    [root] = [p for p in _lock()["package"] if canonicalize_name(p["name"]) == name]
    return root


def _locked_requirements() -> dict[tuple[str, str | None], dict]:
    locked = {}
    for item in _root_package()["metadata"]["requires-dist"]:
        marker = item.get("marker", "")
        extra = marker.split("extra == ")[1].strip("'\"") if "extra == " in marker else None
        locked[(canonicalize_name(item["name"]), extra)] = item
    return locked


def test_lock_records_exactly_the_declared_requirements():
    declared = _declared()
    locked = _locked_requirements()
    assert set(declared) == set(locked), "run `uv lock` after changing dependencies in pyproject.toml"
    for key, req in declared.items():
        item = locked[key]
        assert SpecifierSet(item.get("specifier", "")) == req.specifier, key
        assert set(item.get("extras", [])) == set(req.extras), key


def test_lock_was_made_for_the_declared_python():
    assert _lock()["requires-python"] == _pyproject()["project"]["requires-python"]


def test_every_locked_version_satisfies_the_declared_range():
    versions: dict[str, list[Version]] = {}
    for package in _lock()["package"]:
        if "version" in package:
            versions.setdefault(canonicalize_name(package["name"]), []).append(Version(package["version"]))
    for (name, _extra), req in _declared().items():
        assert versions.get(name), f"{name} is declared but not locked"
        assert all(req.specifier.contains(v, prereleases=True) for v in versions[name]), (name, versions[name])


def test_streamlit_auth_extra_is_locked_so_st_login_works_when_hosted():
    locked = {canonicalize_name(p["name"]) for p in _lock()["package"]}
    assert {"authlib", "httpx"} <= locked
    [streamlit] = [d for d in _root_package()["dependencies"] if d["name"] == "streamlit"]
    assert "auth" in streamlit.get("extra", [])


def test_duckdb_stays_in_the_range_motherduck_accepts():
    duckdb = _declared()[("duckdb", None)]
    assert Version("1.5.0") in duckdb.specifier and Version("2.0.0") not in duckdb.specifier
